import { describe, expect, it } from 'vitest';
import { casePath, casesOf, categoryOf, goString, TABLES } from '../../scripts/realworld/extract-earlybird.mjs';

const table = (dir: string) => TABLES.find((t) => t.dir === dir)!;

// earlybird's Test_findFalsePositive in its shape: a hit's line in `LineValue` or `MatchValue`,
// raw or interpreted, the file it came from, the rule code and the verdict.
const FALSE_POSITIVES_TEST = `
func Test_findFalsePositive(t *testing.T) {
	tests := []struct {
		name     string
		hit      Hit
		wantIsFP bool
	}{
		{
			name: "Don't skip positive finding",
			hit: Hit{
				Code:       3001,
				Filename:   "source.java",
				MatchValue: \`password = "StrongFinding5813!"\`,
			},
			wantIsFP: false,
		},
		{
			name: "Skip JSON same key same value",
			hit: Hit{
				Code:     3026,
				Filename: "test.json",
				LineValue: \`		"secret" : "secret"\`,
			},
			wantIsFP: true,
		},
		{
			name: "Don't Skip real private Key",
			hit: Hit{
				Code:     3023,
				Filename: "source.java",
				LineValue: "password: \\u0049\\"x\\"",
			},
			wantIsFP: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {})
	}
}
`;

// A table with no file name, whose verdict means "reported" when true, and TestScanFiles' one
// unnamed case.
const SCAN_TEST = `
func TestScanFiles(t *testing.T) {
	files := []File{
		{
			Name: "file.py",
			Path: "buffer",
			Lines: []Line{
				{
					LineValue: \`password = "SecretValue1673"\`,
					LineNum:   1,
				},
			},
		},
	}
	tests := []struct {
		name string
		args args
	}{
		{
			args: args{
				cfg:      &cfg,
				files:    files,
				wantCode: 3001,
			},
		},
	}
	for _, tt := range tests {
	}
}

func Test_scanLine(t *testing.T) {
	tests := []struct {
		name      string
		wantIsHit bool
	}{
		{
			name: "Find twitter API key as a password",
			args: args{
				line: Line{
					LineValue: \`twitterApiSecret:"111aAa222bBb333cCc444dDd555eEe666fFf777"\`,
				},
			},
			wantIsHit: true,
		},
		{
			name: "Ignore fall in a sentence",
			args: args{
				line: Line{
					LineValue: "using fall in a general sentence should not error",
				},
			},
			wantIsHit: false,
		},
	}
	for _, tt := range tests {
	}
}
`;

describe('extract-earlybird', () => {
  it('reads Go string literals, raw and interpreted', () => {
    expect(goString('`\t"secret" : "secret"`')).toBe('\t"secret" : "secret"');
    expect(goString('"pass\\u0049 \\"x\\""')).toBe('passI "x"');
  });

  it("takes each case's line, file name, rule code and verdict from Test_findFalsePositive", () => {
    const cases = casesOf(FALSE_POSITIVES_TEST, table('findFalsePositive'));
    expect(cases.map((c) => [c.n, c.line, c.fileName, c.code, c.reported])).toEqual([
      [1, 'password = "StrongFinding5813!"', 'source.java', 3001, true],
      // wantIsFP: true, a line earlybird must stay quiet on.
      [2, '\t\t"secret" : "secret"', 'test.json', 3026, false],
      [3, 'password: I"x"', 'source.java', 3023, true],
    ]);
    expect(cases.map((c) => casePath('findFalsePositive', c))).toEqual([
      'findFalsePositive/01/source.java',
      'findFalsePositive/02/test.json',
      'findFalsePositive/03/source.java',
    ]);
    // Rule 3023 is earlybird's private-key rule; its password and secret rules are generic.
    expect(categoryOf(cases[2]!)).toEqual({ category: 'private-key' });
    expect(categoryOf(cases[0]!)).toEqual({ category: 'generic' });
  });

  it('reads a table whose verdict is true for reported, and the one unnamed case of TestScanFiles', () => {
    const lines = casesOf(SCAN_TEST, table('scanLine'));
    expect(lines.map((c) => [c.line, c.reported, casePath('scanLine', c)])).toEqual([
      ['twitterApiSecret:"111aAa222bBb333cCc444dDd555eEe666fFf777"', true, 'scanLine/01.txt'],
      ['using fall in a general sentence should not error', false, 'scanLine/02.txt'],
    ]);
    expect(categoryOf(lines[0]!)).toEqual({ category: 'provider', provider: 'twitter' });
    const files = casesOf(SCAN_TEST, table('SearchFiles'));
    expect(files.map((c) => [c.line, c.fileName, c.code, c.reported])).toEqual([
      ['password = "SecretValue1673"', 'file.py', 3001, true],
    ]);
  });

  it('fails on a case without its line, and on a table that is not there', () => {
    const noLine = FALSE_POSITIVES_TEST.replace('MatchValue:', 'Other:');
    expect(() => casesOf(noLine, table('findFalsePositive'))).toThrow(/case 1: no LineValue or MatchValue/);
    expect(() => casesOf('package scan\n', table('scanLine'))).toThrow(/no func Test_scanLine/);
  });
});
