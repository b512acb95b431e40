/**
 * Issue 10, item 12: a long run of one character (base64 of zeroed data is a run of `A`) reaches
 * an anchored keyword such as Twitter's `AAAAAAAAAAAAAAAAAAAAA` at every byte. Recording each
 * start took ~70 bytes per input byte (709 MB for a 9.9 MB file); the starts kept are now
 * bounded per input, and the rules whose keyword was cut search the text instead.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { KeywordFinder, KeywordPrefilter, MAX_STARTS, type KeywordStarts } from '../../src/engine/prefilter.js';
import type { RuleSpec } from '../../src/engine/types.js';

const RUN_KEYWORD = 'AAAAAAAAAAAAAAAAAAAAA';

/** The starts the prefilter hands the engine for `text`, counted over all keywords. */
function startsRecorded(find: (starts: KeywordStarts) => void): { total: number; cut: number[] } {
  const starts: KeywordStarts = [];
  find(starts);
  return { total: starts.reduce((n, l) => n + (l?.length ?? 0), 0), cut: [...(starts.cut ?? [])] };
}

describe('anchored keyword starts on a run of one character', () => {
  const keywords = [RUN_KEYWORD.toLowerCase(), 'ghp_'];
  const walks: [string, (text: string) => (starts: KeywordStarts) => void][] = [
    ['WebAssembly walk', (t) => (s) => new KeywordPrefilter(keywords, 2, new Set([0])).find(Buffer.from(t), [], s)],
    [
      'JavaScript byte walk',
      (t) => (s) => new KeywordPrefilter(keywords, 2, new Set([0]), false).find(Buffer.from(t), [], s),
    ],
    ['string walk', (t) => (s) => new KeywordPrefilter(keywords, 2, new Set([0])).find(t, [], s)],
    ['finder', (t) => (s) => new KeywordFinder(keywords, 2, new Set([0])).find(Buffer.from(t), [], s)],
  ];

  for (const [name, walk] of walks) {
    it(`keeps at most MAX_STARTS starts whatever the run's length (${name})`, () => {
      const small = startsRecorded(walk('A'.repeat(1 << 20)));
      const large = startsRecorded(walk('A'.repeat(4 << 20)));
      // Before the bound both were every byte of the run: 1 M and 4 M starts.
      expect(small.total).toBe(MAX_STARTS);
      expect(large.total).toBe(small.total);
      expect(large.cut).toEqual([0]);
    });
  }

  it('lists every start (and cuts nothing) below the bound', () => {
    const r = startsRecorded(walks[0]![1](`x${'A'.repeat(1000)}x`));
    expect(r.total).toBe(1000 - RUN_KEYWORD.length + 1);
    expect(r.cut).toEqual([]);
  });
});

describe('an anchored rule whose keyword starts were cut', () => {
  const twitterLike: RuleSpec = {
    id: 'bearer-after-run',
    name: 'test rule anchored on a run of A',
    severity: 'high',
    keywords: [RUN_KEYWORD],
    startsWithKeyword: true,
    pattern: '(?<![A-Za-z0-9%+/])(A{21,24}[A-Za-z0-9%]{60,140})(?![A-Za-z0-9%])',
    examples: [],
    counterExamples: [],
  };
  const token = `${'A'.repeat(21)}ZW4tXaAHUO3vAAAAAAlekkTYudQLJrPz%2BmV4D7MVCBJ%3DCLtuqC0AP0KCCT7JqbnJ71ABgaKP6C28kxgrNFxs46swIh2HVV`;

  it('still finds a match past the last start kept (the rule searches the text)', () => {
    const engine = new Engine([twitterLike], { decodeDepth: 0 });
    const text = `${'A'.repeat(MAX_STARTS * 2)}\nTOKEN=${token}\n`;
    const found = engine.scan(Buffer.from(text));
    expect(found.map((m) => [m.ruleId, m.secret, m.line])).toEqual([['bearer-after-run', token, 2]]);
  });

  it('finds the same matches as with every start listed', () => {
    const engine = new Engine([twitterLike], { decodeDepth: 0 });
    const short = `TOKEN=${token}\n${'A'.repeat(5000)}\nX=${token}\n`;
    const long = `TOKEN=${token}\n${'A'.repeat(MAX_STARTS + 5000)}\nX=${token}\n`;
    const secrets = (t: string) => engine.scan(Buffer.from(t)).map((m) => [m.secret, m.line, m.column]);
    expect(secrets(long)).toEqual(secrets(short));
    expect(secrets(long)).toHaveLength(2);
  });
});
