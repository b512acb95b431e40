/**
 * Issue 10, item 12: a long run of one character (base64 of zeroed data is a run of `A`) reaches
 * an anchored keyword such as Twitter's `AAAAAAAAAAAAAAAAAAAAA` at every byte. Recording each
 * start took ~70 bytes per input byte (709 MB for a 9.9 MB file); the starts kept are now
 * bounded per input. The rules whose keyword was cut searched the text instead, which cost an
 * attempt per byte where a keyword is common: a 68 MB log whose every line holds `secret` took
 * over 30 s of CPU in the generic rules (issue 14). Past the cut they are now tried at the starts
 * the prefilter lists again a piece at a time (`startsIn`), so work follows the starts and memory
 * stays bounded by a piece.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import {
  KeywordFinder,
  KeywordPrefilter,
  MAX_STARTS,
  STARTS_PIECE,
  type KeywordStarts,
} from '../../src/engine/prefilter.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { loadBuiltinPrefilterCache } from '../../src/rules/builtin-prefilter.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { workRatio } from '../helpers/work.js';

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

  it('still finds a match past the last start kept (tried at the starts listed again)', () => {
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

/** Every start of each keyword in `text` (lower case), by indexOf: what a walk without a bound lists. */
function everyStart(keywords: readonly string[], text: string): number[][] {
  const lower = text.toLowerCase();
  return keywords.map((kw) => {
    const out: number[] = [];
    for (let at = lower.indexOf(kw); at !== -1; at = lower.indexOf(kw, at + 1)) out.push(at);
    return out;
  });
}

describe('keyword starts past the cut, listed again a piece at a time', () => {
  const keywords = ['secret', 'tok_', 'et in'];
  // Three keywords a line (`et in` overlaps `secret`): cut two thirds of the way in.
  const line = 'log line with nothing secret in it, tok_ here\n';
  const text = line.repeat(MAX_STARTS / 2);

  for (const [name, input] of [
    ['bytes', Buffer.from(text)],
    ['string', text],
  ] as const) {
    it(`the lists below cutFrom and those of the pieces are every start, once (${name})`, () => {
      const prefilter = new KeywordPrefilter(keywords, keywords.length, new Set([0, 1, 2]));
      const starts: KeywordStarts = [];
      prefilter.find(input, undefined, starts);
      expect([...(starts.cut ?? [])].sort()).toEqual([0, 1, 2]);
      const cutFrom = starts.cutFrom!;
      expect(cutFrom).toBeGreaterThan(0);
      const got = keywords.map((_, k) => (starts[k] ?? []).filter((at) => at < cutFrom));
      for (let from = cutFrom; from < text.length; from += STARTS_PIECE) {
        const piece = prefilter.startsIn(input, from, Math.min(text.length, from + STARTS_PIECE));
        expect(piece.cut).toBeUndefined();
        piece.forEach((list, k) => got[k]!.push(...list));
      }
      expect(got).toEqual(everyStart(keywords, text));
    });
  }
});

describe('rules tried at keyword starts past the cut find what a search of the text finds', () => {
  const anchored: RuleSpec = {
    id: 'tok-anchored',
    name: 'test rule tried at its keyword',
    severity: 'high',
    keywords: ['tok_'],
    startsWithKeyword: true,
    pattern: '\\b(tok_[a-z0-9]{16})\\b',
    examples: [],
    counterExamples: [],
  };
  const windowed: RuleSpec = {
    id: 'key-windowed',
    name: 'test rule searched around its keyword',
    severity: 'high',
    keywords: ['key'],
    pattern: '(?<![a-z])key[ \\t]{0,3}=[ \\t]{0,3}"([a-z0-9]{12})"',
    examples: [],
    counterExamples: [],
  };
  const keys = new FakeKeys('keyword-runs-past-cut');
  const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

  it('on a text cut many times over, with matches across every piece boundary', () => {
    const engine = new Engine([anchored, windowed], { decodeDepth: 0 });
    expect(engine.windowedRules().map((w) => w.id)).toEqual(['key-windowed']);
    // Each filler line holds both keywords twice; a match every 50 lines or so.
    const filler = 'a tok_ key tok_x key= "" line\n';
    const lines: string[] = [];
    const expected: [string, string, number][] = [];
    while (lines.length * filler.length < 20 * MAX_STARTS) {
      lines.push(filler);
      if (lines.length % 53 === 0) {
        const tok = `tok_${keys.chars(16, ALNUM)}`;
        lines.push(`x ${tok} y\n`);
        expected.push(['tok-anchored', tok, lines.length]);
      }
      if (lines.length % 97 === 0) {
        const value = keys.chars(12, ALNUM);
        lines.push(`key = "${value}"\n`);
        expected.push(['key-windowed', value, lines.length]);
      }
    }
    const found = engine.scan(Buffer.from(lines.join('')));
    expect(found.map((m) => [m.ruleId, m.secret, m.line])).toEqual(expected);
  });

  it('the generic rules on a log whose every line holds `secret`: work follows the size', () => {
    const engine = new Engine(loadBuiltinRules(), { prefilterCache: loadBuiltinPrefilterCache() });
    const line = `${'log line with nothing secret in it '.repeat(3)}\n`;
    // 4 MB holds fewer starts than MAX_STARTS; 16 MB is cut a bit past 9 MB. Searched whole past
    // the cut, the generic rules made 16 MB cost 48 times 4 MB (measured on a loaded machine).
    const small = Buffer.from(line.repeat(Math.floor((4 << 20) / line.length)));
    const large = Buffer.from(line.repeat(Math.floor((16 << 20) / line.length)));
    const ratio = workRatio((b: Buffer) => engine.scan(b), small, large, 8);
    expect(ratio).toBeLessThanOrEqual(8);
  }, 300_000);
});
