/**
 * Issue 10, item 11: built-in rules that a file could make quadratic, found by timing every
 * flagged rule on tiles of its own text, and rewritten so that no start lies inside the run of an
 * earlier one (or the run is bounded by what the format allows):
 *   - bundler-gem-source-credentials: a run of `BUNDLE_A__` made each BUNDLE_ walk the rest of
 *     the name (256 KB took 6 s; 4 MB would take hours). A match now starts a name.
 *   - akamai-edgegrid-token: after every token in a `.`-joined run of them, the look-ahead for an
 *     `….akamaiapis.net` host walked the rest of the run. The host part is now a DNS name's length.
 *   - jwt: a run of `-eyJ` made each start walk 2,000 characters (linear, 2 s a megabyte).
 * The whole engine (every built-in rule) and the CLI scan 1 MB and 4 MB of each attack; the work
 * must grow about 4 times, not 16. Work is CPU time (the CLI's: wall time of the child, which
 * includes its start-up, so a linear scan reads under 4), compared as a ratio, never a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { workRatio } from '../helpers/work.js';

const MB = 1 << 20;
/** 4 is linear, 16 quadratic; see rule-bounds.test.ts for the margin. */
const LIMIT = 8;

/** Rule id and the tile that made it quadratic (or 2 s a megabyte) before its rewrite. */
const ATTACKS: [string, string][] = [
  ['bundler-gem-source-credentials', 'BUNDLE_A__'],
  ['akamai-edgegrid-token', 'akab-0123456789abcdef-0123456789abcdef.'],
  ['jwt', 'eyJ-'],
];

const tile = (unit: string, size: number): Buffer =>
  Buffer.from(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));

describe('rules rewritten so that a file cannot make them quadratic', () => {
  const rules = loadBuiltinRules();

  for (const [id, unit] of ATTACKS) {
    it(`${id}: every built-in rule on 4 MB of ${JSON.stringify(unit)} does about 4 times the work of 1 MB`, () => {
      expect(rules.some((r) => r.id === id)).toBe(true);
      const engine = new Engine(rules);
      expect(workRatio((b) => engine.scan(b), tile(unit, MB), tile(unit, 4 * MB), LIMIT)).toBeLessThanOrEqual(LIMIT);
    }, 120_000);
  }

  it('the CLI scans 4 MB of the bundler and jwt attacks in about 4 times the time of 1 MB', async () => {
    const dir = tempTree();
    const folder = (size: number): string => {
      const sub = path.join(dir, String(size));
      mkdirSync(sub);
      // akamai's tiles are findings, one every 39 bytes: the CLI would measure its report writing.
      for (const [id, unit] of ATTACKS.filter(([id]) => id !== 'akamai-edgegrid-token'))
        writeFileSync(path.join(sub, `${id}.txt`), tile(unit, size));
      return sub;
    };
    const scan = async (folder: string): Promise<number> => {
      const start = performance.now();
      const r = await runCli(['scan', folder, '-f', 'json'], { cwd: dir });
      expect(r.code, r.stderr).not.toBe(2);
      return performance.now() - start;
    };
    const small = folder(MB);
    const large = folder(4 * MB);
    let a = Infinity;
    let b = Infinity;
    for (let t = 0; t < 3 && !(b / a <= LIMIT); t++) {
      a = Math.min(a, await scan(small));
      b = Math.min(b, await scan(large));
    }
    expect(b / a).toBeLessThanOrEqual(LIMIT);
  }, 300_000);
});
