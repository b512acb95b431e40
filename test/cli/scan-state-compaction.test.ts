/**
 * `scan --history --state` run after run, each after one new commit: every run appends one segment
 * to the state (src/scan/state.ts), and past 32 the next run writes them back as one. Driven
 * through the CLI far enough to compact and go on appending; the file stays the size a single
 * run's state has, and every report equals a scan without --state.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';

const keys = new FakeKeys('scan-state-compaction');

/** How many segments of stored matches the state file holds (layout: src/scan/state.ts). */
function segmentCount(file: string): number {
  const data = readFileSync(file);
  const width = data.readUInt8(48);
  const [s, m, r] = [data.readUInt32BE(52), data.readUInt32BE(56), data.readUInt32BE(60)];
  const at = 64 + (s + m) * width + r * 16;
  return data.readUInt32BE(at + 4 + data.readUInt32BE(at));
}

describe('scan --history --state, run after run', () => {
  it('compacts past 32 segments and keeps reporting what a scan without state reports', async () => {
    const repo = new GitRepo();
    const out = tempDir('tokguard-state-compact-');
    const state = path.join(out, 'x.state');
    const scan = (name: string, file?: string): Promise<Report> =>
      jsonScan(out, name, ['scan', '--history', ...(file ? ['--state', file] : [])], { cwd: repo.dir, env: repo.env });
    const kept = keys.github();
    repo.commit('c0', { 'conf/app.env': `TOKEN=${kept}\nN=0\n`, 'README.md': 'hello\n' });
    await scan('run-0', state);
    const counts = [segmentCount(state)];

    const runs = 36;
    for (let i = 1; i <= runs; i++) {
      // Alternately: the old secret edited again (a new blob with an old secret), a new secret.
      if (i % 2) repo.commit(`edit ${i}`, { 'conf/app.env': `TOKEN=${kept}\nN=${i}\n` });
      else repo.commit(`new ${i}`, { [`keys/k${i}.env`]: `KEY=${i % 4 ? keys.github() : keys.npm()}\n` });
      const report = await scan(`run-${i}`, state);
      counts.push(segmentCount(state));
      expect(report.scan.files, `run ${i} reads only the new commit's blob`).toBe(1);
      const around = counts.length > 2 && counts.at(-1)! < counts.at(-2)!;
      if (i % 6 === 0 || around || i === runs)
        expect(comparable(report), `run ${i}`).toEqual(comparable(await scan(`fresh-${i}`)));
    }
    // One segment a run up to 32; the run after writes them back as one, and the next ones append again.
    const top = counts.indexOf(32);
    expect(counts.slice(0, top + 1)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(counts.slice(top + 1)).toEqual(Array.from({ length: counts.length - top - 1 }, (_, i) => i + 1));

    // As compact as the state of one run over the whole history, and it answers the same.
    const single = path.join(out, 'single.state');
    const whole = await scan('single', single);
    expect(whole.scan.files).toBe(runs + 2);
    const [sizeNow, sizeSingle] = [statSync(state).size, statSync(single).size];
    expect(sizeNow).toBeLessThan(sizeSingle * 1.25);
    const unchanged = await scan('unchanged', state);
    expect(unchanged.scan.files).toBe(0);
    expect(comparable(unchanged)).toEqual(comparable(whole));
  }, 900_000);
});
