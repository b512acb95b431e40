import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';
import { syntheticHistory, type SyntheticHistory } from '../helpers/synthetic-history.js';
import { shardOfPath } from '../../src/scan/shard.js';

/** Scans every shard of N the same way, merges them, and returns the merged report and the shards'. */
async function shardAndMerge(
  out: string,
  n: number,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> },
): Promise<{ merged: Report; shards: Report[] }> {
  const shards = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      jsonScan(out, `shard-${i + 1}-of-${n}`, ['scan', ...args, '--shard', `${i + 1}/${n}`], opts),
    ),
  );
  const files = shards.map((_, i) => path.join(out, `shard-${i + 1}-of-${n}.json`));
  const merged = await jsonScan(out, `merged-${n}`, ['merge', ...files], opts);
  return { merged, shards };
}

describe('scan --shard K/N: the shards together are the unsharded scan', () => {
  let h: SyntheticHistory;
  let out: string;
  let opts: { cwd: string; env: Record<string, string> };

  beforeAll(() => {
    // Merges, renames, deletions, a key kept through many edits (its blobs fall in every shard),
    // the same key in two files, and a path allowlist that drops a secret's earliest place.
    h = syntheticHistory({ commits: 420, seed: 'scan-shard' });
    writeFileSync(path.join(h.repo.dir, '.tokguard.yaml'), 'allowlist:\n  paths: ["config/**"]\n');
    out = tempDir('tokguard-shard-');
    opts = { cwd: h.repo.dir, env: h.repo.env };
  });

  it('history: every N gives the same commits, paths, lines, fingerprints and occurrence counts', async () => {
    const whole = await jsonScan(out, 'whole', ['scan', '--history'], opts);
    expect(whole.findings.length).toBeGreaterThan(5);
    expect(whole.findings.some((f) => (f.otherOccurrences ?? 0) > 3)).toBe(true);
    // Keys in a jar's entries (one in a jar nested in it), attributed through the jar's blobs.
    expect(whole.findings.filter((f) => f.archive).map((f) => f.archive!.entry)).toEqual([
      'config/.env',
      'lib/inner.jar!/META-INF/npm.env',
    ]);
    for (const n of [2, 3]) {
      const { merged, shards } = await shardAndMerge(out, n, ['--history'], opts);
      expect(comparable(merged), `${n} shards`).toEqual(comparable(whole));
      expect(merged.scan.blobs).toBe(whole.scan.blobs);
      expect(merged.scan.commits).toBe(whole.scan.commits);
      // The fold was needed: some secret was found by more than one shard.
      const hashes = shards.flatMap((s) => [...new Set(s.findings.map((f) => f.secretHash))]);
      expect(hashes.length).toBeGreaterThan(new Set(hashes).size);
      // ...and the allowlisted first place of a secret held by other shards too was honoured.
      expect(shards.some((s) => (s.suppressed ?? []).length > 0)).toBe(true);
    }
  }, 240_000);

  it('working tree: split by path, also when a renamed file changes shard', async () => {
    const moving = ['moving/a.env', 'moving/b-renamed.env'];
    expect(shardOfPath(moving[0]!, 3)).not.toBe(shardOfPath(moving[1]!, 3));
    const whole = await jsonScan(out, 'tree-whole', ['scan', '.'], opts);
    expect(whole.findings.some((f) => f.file.startsWith('moving/'))).toBe(true);
    const { merged, shards } = await shardAndMerge(out, 3, ['.'], opts);
    expect(comparable(merged)).toEqual(comparable(whole));
    expect(shards.filter((s) => s.findings.length > 0).length).toBeGreaterThan(1);
  }, 120_000);
});

describe('scan --shard auto', () => {
  const tree = (): string => {
    const dir = tempDir('tokguard-shard-auto-');
    writeFileSync(path.join(dir, 'a.txt'), 'nothing here\n');
    return dir;
  };
  const scanAuto = async (env: Record<string, string | undefined>, extra: string[] = []) => {
    const dir = tree();
    const r = await runCli(['scan', dir, '--shard', 'auto', ...extra, '-f', 'json'], {
      env: {
        CI_NODE_INDEX: undefined,
        CI_NODE_TOTAL: undefined,
        JOB_COMPLETION_INDEX: undefined,
        TOKGUARD_SHARD_TOTAL: undefined,
        ...env,
      },
    });
    return r;
  };

  it('reads GitLab parallel: (1-based) and a Kubernetes Indexed Job (0-based, total by flag or env)', async () => {
    const gitlab = await scanAuto({ CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' });
    expect(JSON.parse(gitlab.stdout).scan.shard).toEqual({ index: 2, total: 3 });
    const k8sFlag = await scanAuto({ JOB_COMPLETION_INDEX: '0' }, ['--shard-total', '4']);
    expect(JSON.parse(k8sFlag.stdout).scan.shard).toEqual({ index: 1, total: 4 });
    const k8sEnv = await scanAuto({ JOB_COMPLETION_INDEX: '3', TOKGUARD_SHARD_TOTAL: '4' });
    expect(JSON.parse(k8sEnv.stdout).scan.shard).toEqual({ index: 4, total: 4 });
  }, 60_000);

  it('says what is missing in one line, exit 2', async () => {
    const none = await scanAuto({});
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/CI_NODE_INDEX.*JOB_COMPLETION_INDEX.*--shard K\/N/);
    const noTotal = await scanAuto({ JOB_COMPLETION_INDEX: '1' });
    expect(noTotal.code).toBe(2);
    expect(noTotal.stderr).toMatch(/--shard-total N or set TOKGUARD_SHARD_TOTAL/);
    const outOfRange = await runCli(['scan', tree(), '--shard', '4/3']);
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toMatch(/shard 4 is not one of 1\.\.3/);
    const garbage = await runCli(['scan', tree(), '--shard', 'half']);
    expect(garbage.stderr).toMatch(/expected K\/N/);
  }, 60_000);
});
