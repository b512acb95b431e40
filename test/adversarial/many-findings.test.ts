/**
 * Issue 10, item 11 ("no input can make a scan super-linear"), found while measuring the rules:
 * a generic finding was checked against every provider finding of the file for an overlap, so a
 * file of many of both was quadratic in its findings (password lines beside Slack tokens: 1 MB
 * took 1.5 s, 4 MB 10.6 s, 8 MB 71 s). The check is now a binary search. The engine scans 1 MB
 * and 4 MB of such lines; the work must grow about 4 times (linear), not 16. Work is CPU
 * time, compared as a ratio; no test asserts a time.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { workRatio } from '../helpers/work.js';

const MB = 1 << 20;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 64 KB of `pass=…` and Slack token lines (fake), repeated to `size`. */
function findingsEverywhere(size: number): Buffer {
  const keys = new FakeKeys('many-findings');
  let block = '';
  while (block.length < 64 * 1024) block += `pass=${keys.chars(12, ALNUM)}\n${keys.slackBot()}\n`;
  return Buffer.from(block.repeat(Math.ceil(size / block.length)).slice(0, size));
}

describe('a file of many generic and provider findings', () => {
  it('costs about 4 times the work at 4 MB as at 1 MB, and keeps both kinds of finding', () => {
    // Only the two rules at play, so the findings are most of the work (with every built-in
    // rule, the old check read 7 times the work at 4 MB; with these two, 12 to 19 times).
    const engine = new Engine(
      loadBuiltinRules().filter((r) => r.id === 'generic-secret-unquoted' || r.id === 'slack-bot-token'),
    );
    const small = findingsEverywhere(MB);
    const found = engine.scan(small);
    const count = (id: string): number => found.filter((m) => m.ruleId === id).length;
    expect(count('slack-bot-token')).toBeGreaterThan(5000);
    expect(count('generic-secret-unquoted')).toBeGreaterThan(5000);
    expect(workRatio((b) => engine.scan(b), small, findingsEverywhere(4 * MB), 8)).toBeLessThanOrEqual(8);
  }, 120_000);
});
