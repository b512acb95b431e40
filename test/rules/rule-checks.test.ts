/**
 * Build-time checks on the built-in rules that no single example can make: every branch of a
 * pattern can be reached under the rule's keywords (the prefilter runs a rule only where one
 * occurs, and a `startsWithKeyword` rule only from where one starts), and `supersedes` names rules
 * that exist, and no keyword is so common that the prefilter stops filtering.
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { KeywordPrefilter } from '../../src/engine/prefilter.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { branchSamples } from './regex-samples.js';

/**
 * Whether a `startsWithKeyword` rule finds its match in `sample`: it is tried only where one of
 * its keywords starts. (A rule without the flag runs over any file holding one of its keywords,
 * anywhere: a keyword there is a condition on the file, so every branch is reachable.)
 */
function reachable(rule: RuleSpec, sample: string): boolean {
  const lower = sample.toLowerCase();
  const keywords = rule.keywords.map((k) => k.toLowerCase());
  const sticky = new RegExp(rule.pattern, `y${rule.caseInsensitive ? 'i' : ''}`);
  for (const k of keywords) {
    for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) {
      sticky.lastIndex = at;
      if (sticky.test(sample)) return true;
    }
  }
  return false;
}

// One test per rule: the whole set took over a minute on a loaded machine, and a rule's own
// failure names it.
describe('each anchored built-in rule reaches every branch of its pattern under its keywords', () => {
  const anchored = loadBuiltinRules().filter((r) => r.keywords.length > 0 && r.startsWithKeyword);

  it('covers the anchored rules', () => {
    expect(anchored.length).toBeGreaterThan(100);
  });

  it.each(anchored.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const branches = branchSamples(rule.pattern, rule.caseInsensitive ? 'i' : '');
    const unreachable = branches
      .filter(({ samples }) => !samples.some((s) => reachable(rule, s)))
      .map(({ branch, samples }) => `branch ${JSON.stringify(branch)} (e.g. ${JSON.stringify(samples[0])})`);
    expect(unreachable).toEqual([]);
  });
});

describe('built-in rules, checked as a whole', () => {
  const rules = loadBuiltinRules();

  it('do not report a bare run of hex digits at high confidence', () => {
    // Such a pattern is any digest or id as well as a key (an MD5, a report's fingerprint): the
    // provider's word somewhere near it is all the evidence there is, as for a context rule.
    const lookaround = /\(\?<?[=!][^()]*(?:\([^()]*\)[^()]*)*\)/g;
    const bareHex = /^\(?\[(?:0-9a-f|a-f0-9|0-9a-fA-F|0-9A-Fa-f|0-9A-F|A-F0-9)\]\{\d+(?:,\d*)?\}\)?$/;
    const bare = rules.filter((r) => bareHex.test(r.pattern.replace(lookaround, '').replace(/\\b/g, '')));
    expect(bare.map((r) => r.id)).toContain('elevenlabs-api-key-legacy');
    expect(bare.filter((r) => !r.validate && (r.confidence ?? 'high') === 'high').map((r) => r.id)).toEqual([]);
  });

  it('supersede only rules that exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    const dangling = rules.flatMap((r) => (r.supersedes ?? []).filter((s) => !ids.has(s)).map((s) => `${r.id} → ${s}`));
    expect(dangling).toEqual([]);
  });
});

/**
 * How many files of ordinary framework code (test/corpora/fp: 7 projects nobody here wrote) may
 * hold a rule's keyword. A rule without `startsWithKeyword` runs its regex over every such file
 * from end to end, so its keywords must be rare; an anchored rule only makes one sticky attempt
 * per occurrence, so it can afford common ones.
 */
const MAX_SHARE_UNANCHORED = 0.2;
const MAX_SHARE_ANCHORED = 0.5;

describe('built-in keywords', () => {
  it('are not in most files of ordinary code', () => {
    const files = fg.sync('test/corpora/fp/**/*', { onlyFiles: true, dot: true });
    expect(files.length).toBeGreaterThan(1000);
    const rules = loadBuiltinRules();
    const keywords = [...new Set(rules.flatMap((r) => r.keywords.map((w) => w.toLowerCase())))];
    // The engine's own keyword automaton, so the count is what the prefilter sees (ASCII case folded).
    const finder = new KeywordPrefilter(keywords);
    const filesWith = new Array<number>(keywords.length).fill(0);
    for (const f of files) for (const i of finder.find(readFileSync(f))) filesWith[i]!++;
    const share = new Map(keywords.map((k, i) => [k, filesWith[i]! / files.length]));
    const common: string[] = [];
    for (const rule of rules) {
      const limit = rule.startsWithKeyword ? MAX_SHARE_ANCHORED : MAX_SHARE_UNANCHORED;
      for (const k of rule.keywords.map((w) => w.toLowerCase())) {
        if (share.get(k)! > limit)
          common.push(`${rule.id}: keyword ${JSON.stringify(k)} is in ${(share.get(k)! * 100).toFixed(0)}% of files`);
      }
    }
    expect(common).toEqual([]);
  });
});

describe('the branch sampler', () => {
  it('gives one sample per branch, each matched by the pattern', () => {
    const samples = branchSamples('(?<name>--(?:pass|token))=(?<secret>[a-z]{3})', '', 0);
    expect(samples.map((s) => s.samples)).toEqual([['--pass=aaa'], ['--token=aaa']]);
  });

  it('forces the enclosing branches so a nested alternative is really taken', () => {
    const samples = branchSamples('(?:x|y(?:a|b))z', '', 0);
    expect(samples.map((s) => s.samples)).toEqual([['xz'], ['yaz'], ['yaz'], ['ybz']]);
  });

  it('varies the other alternations, so each branch is also seen beside their other branches', () => {
    const [first] = branchSamples('(?:a|b)(?:x|y)', '', 24);
    expect(new Set(first!.samples)).toEqual(new Set(['ax', 'ay']));
  });

  it('drops a sketch the pattern does not match rather than reason from it', () => {
    expect(branchSamples('(?:a|b)(?=c)', '')).toEqual([]);
  });
});
