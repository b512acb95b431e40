import { describe, expect, it } from 'vitest';
import { LinearRegex, NotLinearError, withoutLookbehinds } from '../../src/engine/linear-regex.js';

/** Every match of a global regex, as [index, [secret group span], groups] tuples. */
function allMatches(re: { lastIndex: number; exec(t: string): RegExpExecArray | null }, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0], m.indices?.[1], m.indices?.groups, m.groups]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('LinearRegex', () => {
  const cases: [string, string, boolean?][] = [
    ['(?<![A-Za-z0-9])(ghp_[A-Za-z0-9]{8})(?![A-Za-z0-9])', 'x ghp_abcdefgh y aghp_abcdefgh ghp_12345678'],
    ['(?<secret>[a-f0-9]{6})\\b', 'id=abc123 deadbeef00 ffffff'],
    ['\\bkey\\s*[:=]\\s*([A-Z0-9]{4,})', 'KEY = AB12 monkey=ZZZZ key:9999', true],
    ['(?<=token=)([^\\s;]+)', 'token=abc; token=def xtoken=ghi'],
    ['^([a-z]+)$', 'only'],
    ['(a|ab)(c|bcd)(d*)', 'abcd abcd'],
    ['([\\u0041-\\u0043]+)', 'xxABCAxx'],
    ['([^]{3})', 'a\nb c'],
    ['(tok_[a-z]{3})(?!\\w)', 'tok_abc tok_abcd tok_xyz-tok_def'],
    ['([a-z]{2,4})(?![^-])', 'abc-defgh-ij'],
  ];
  for (const [source, text, ignoreCase] of cases) {
    it(`finds what RegExp finds: /${source}/`, () => {
      const native = new RegExp(source, `gd${ignoreCase ? 'i' : ''}`);
      expect(allMatches(new LinearRegex(source, ignoreCase), text)).toEqual(allMatches(native, text));
    });
  }

  it('keeps \\b and lookbehinds right where a search resumes mid-text', () => {
    const re = new LinearRegex('(?<![a-z])([a-z]{3})\\b');
    expect(allMatches(re, 'abcdef ghi jklmnop qrs')).toEqual(
      allMatches(/(?<![a-z])([a-z]{3})\b/dg, 'abcdef ghi jklmnop qrs'),
    );
  });

  it('maps the lookarounds the gitleaks translator writes for (?m) anchors back to RE2 anchors', () => {
    const re = new LinearRegex('(?<![^\\n])key=([a-z]+)(?![^\\n])');
    expect(allMatches(re, 'key=abc\nxkey=def\nkey=ghi')).toEqual(
      allMatches(/(?<![^\n])key=([a-z]+)(?![^\n])/dg, 'key=abc\nxkey=def\nkey=ghi'),
    );
  });

  it('rejects lookaheads (other than one class at the end) and backreferences with one line saying why', () => {
    expect(() => LinearRegex.check('a(?=b)')).toThrow(NotLinearError);
    expect(() => LinearRegex.check('(a(?![b]))')).toThrow(NotLinearError);
    expect(() => LinearRegex.check('a(?!bc)')).toThrow(NotLinearError);
    expect(() => LinearRegex.check('a(?!b)')).toThrow(/lookahead \(\?!…\) cannot run in linear time/);
    expect(() => LinearRegex.check('(a)\\1')).toThrow(/backreferences cannot run in linear time/);
  });

  it('runs ((a+)+)$ to the end of inputs RegExp would never finish', () => {
    const re = new LinearRegex('((a+)+)$');
    for (const n of [1 << 16, 1 << 18]) expect(re.exec(`${'a'.repeat(n)}!`)).toBeNull();
    expect(re.test(`${'a'.repeat(1 << 18)}`)).toBe(true);
  });

  it('strips lookbehinds (and only them) for the DFA probe', () => {
    expect(withoutLookbehinds('(?<![a-z(])x(?<=[)]x)y(?:z)\\(w[(?<=]')).toBe('xy(?:z)\\(w[(?<=]');
  });
});
