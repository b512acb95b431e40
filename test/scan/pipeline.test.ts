import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineFromFindings, writeBaseline } from '../../src/report/baseline.js';
import { ROTATED_FILE } from '../../src/report/rotated-record.js';
import { runScan } from '../../src/scan/pipeline.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('scan-pipeline');

/** A repository root (a `.git` folder) holding `files`. */
function repo(files: Record<string, string>): string {
  const dir = tempTree(files);
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

function collect(): { lines: string[]; hook: (line: string) => void } {
  const lines: string[] = [];
  return { lines, hook: (line) => lines.push(line) };
}

describe('runScan, the scan pipeline without the command line', () => {
  it('scans a working tree with the project config and says nothing on its own', async () => {
    const token = keys.github();
    const dir = repo({
      'app.env': `TOKEN=${token}\n`,
      'big.txt': `${keys.github()}\n${'x'.repeat(2000)}\n`,
      '.tokguard.yaml': 'scan:\n  maxFileSize: 1KB\n',
    });
    const warn = collect();
    const info = collect();
    const out = await runScan({ target: dir, mode: 'worktree', threads: 0 }, { warn: warn.hook, info: info.hook });
    expect(out.findings.map((f) => [f.ruleId, f.file, f.secret])).toEqual([['github-pat-classic', 'app.env', token]]);
    expect(out.maxFileSize).toBe(1024);
    expect(out.stats).toMatchObject({ mode: 'worktree', root: dir, skipped: { 'too-large': 1 } });
    expect(out.stats.rules).toBe(out.config.rules.length);
    expect(out.projectRoot).toBe(dir);
    expect([...warn.lines, ...info.lines]).toEqual([]);
  });

  it('a baseline hides what it lists and says so; postFilters: false sees everything', async () => {
    const dir = repo({ 'a.env': `A=${keys.github()}\n`, 'b.env': `B=${keys.npm()}\n` });
    const all = await runScan({ target: dir, mode: 'worktree', threads: 0, postFilters: false });
    expect(all.findings).toHaveLength(2);
    const file = path.join(dir, 'baseline.json');
    await writeBaseline(file, baselineFromFindings(all.findings.filter((f) => f.file === 'a.env')));

    const info = collect();
    const out = await runScan({ target: dir, mode: 'worktree', threads: 0, baseline: file }, { info: info.hook });
    expect(out.findings.map((f) => f.file)).toEqual(['b.env']);
    expect(out.baselineFile).toBe(file);
    expect(info.lines).toEqual([`1 finding hidden by the baseline ${file}`]);
    const unfiltered = await runScan({ target: dir, mode: 'worktree', threads: 0, baseline: file, postFilters: false });
    expect(unfiltered.findings).toHaveLength(2);
  });

  it('marks secrets the rotation record lists as rotated', async () => {
    const dir = repo({ 'a.env': `A=${keys.github()}\n` });
    const [f] = (await runScan({ target: dir, mode: 'worktree', threads: 0 })).findings;
    writeFileSync(
      path.join(dir, ROTATED_FILE),
      JSON.stringify({
        version: 1,
        rotated: [
          { secretHash: f!.secretHash, ruleId: f!.ruleId, rotatedAt: '2024-01-01', rotation: 'r1', state: 'deleted' },
        ],
      }),
    );
    const out = await runScan({ target: dir, mode: 'worktree', threads: 0 });
    expect(out.findings.map((x) => x.status)).toEqual(['rotated']);
  });

  it('rejects --update-baseline without a baseline file, and a missing target, as user errors', async () => {
    const dir = repo({});
    await expect(runScan({ target: dir, mode: 'worktree', updateBaseline: true })).rejects.toThrow(
      '--update-baseline needs --baseline FILE',
    );
    await expect(runScan({ target: path.join(dir, 'nope'), mode: 'worktree' })).rejects.toMatchObject({
      exitCode: 2,
      message: `${path.join(dir, 'nope')}: no such file or directory`,
    });
  });
});
