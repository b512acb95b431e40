/**
 * Issue 10, item 18: the worker-pool path (the default above 8 MB of input) is exercised, and
 * finds exactly what the single-thread path finds. TOKGUARD_POOL_THRESHOLD, the tuning variable
 * for the threshold, lets inputs sit above and below it without megabytes of fixtures; the
 * suite also runs its CLI scan tests a second time with the threshold at 0 (the `workers`
 * project in vitest.config.ts).
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-worker-pool');
const THRESHOLD = 64 * 1024;
const POOLED = /tokguard: debug: matching on \d+ worker threads/;

/** `files` text files of about 2 KB, one key in every third, plus a decoded (base64) one. */
function tree(files: number): Record<string, string> {
  const out: Record<string, string> = {};
  const filler = 'const value = compute(input, options); // ordinary code\n'.repeat(36);
  for (let i = 0; i < files; i++)
    out[`src/m${i % 7}/f${i}.js`] = i % 3 ? filler : `${filler}const token = "${keys.github()}";\n`;
  out['k8s/secret.yaml'] = `data:\n  token: ${Buffer.from(keys.slackBot()).toString('base64')}\n`;
  return out;
}

function findings(r: CliResult): unknown[] {
  expect(r.code, r.stderr).toBe(1);
  return (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
}

describe('matching with and without worker threads', () => {
  for (const [label, files] of [
    ['below the threshold', 8],
    ['above the threshold', 160],
  ] as const) {
    it(`finds the same on an input ${label}`, async () => {
      const dir = tempTree(tree(files));
      const env = { TOKGUARD_POOL_THRESHOLD: String(THRESHOLD), TOKGUARD_DEBUG: '1' };
      const single = await runCli(['scan', dir, '--format', 'json', '--threads', '0'], { env });
      const pooled = await runCli(['scan', dir, '--format', 'json', '--threads', '2'], { env });
      expect(single.stderr).not.toMatch(POOLED);
      if (files > 100) expect(pooled.stderr).toMatch(POOLED);
      else expect(pooled.stderr).not.toMatch(POOLED);
      expect(findings(pooled)).toEqual(findings(single));
      expect(findings(single).length).toBeGreaterThan(files / 3);
    });
  }

  it('threads started while a tree of many tiny files is listed are ended unused', async () => {
    // 64 files pass the count that starts the threads during the listing (16 at this threshold),
    // but hold far less than the threshold: the sample of the files read says so.
    const files: Record<string, string> = {};
    for (let i = 0; i < 64; i++)
      files[`cfg/c${i}.env`] = i % 8 ? 'LOG_LEVEL=info\n' : `GITHUB_TOKEN=${keys.github()}\n`;
    const dir = tempTree(files);
    const env = { TOKGUARD_POOL_THRESHOLD: String(THRESHOLD), TOKGUARD_DEBUG: '1' };
    const single = await runCli(['scan', dir, '--format', 'json', '--threads', '0'], { env });
    const started = await runCli(['scan', dir, '--format', 'json', '--threads', '2'], { env });
    expect(started.stderr).not.toMatch(POOLED);
    expect(started.stderr).not.toMatch(/worker thread/);
    expect(findings(started)).toEqual(findings(single));
    expect(findings(single)).toHaveLength(8);
  });

  it('a worktree its worker threads read counts what it skips as one thread does', async () => {
    const files: Record<string, string | Buffer> = tree(160);
    // A binary file with a key in its text runs, one over the size limit, an LFS pointer.
    files['bin/app.pak'] = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`token=${keys.github()}\n`)]);
    files['big/dump.txt'] = `${'x'.repeat(300 * 1024)}\n${keys.github()}\n`;
    files['assets/logo.png'] =
      'version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 12\n';
    const dir = tempTree(files);
    symlinkSync(path.join(dir, 'src/m0/f0.js'), path.join(dir, 'link.js'));
    // At 0, the worker threads read every file (none is read on the main thread meanwhile).
    const env = { TOKGUARD_POOL_THRESHOLD: '0', TOKGUARD_DEBUG: '1' };
    const args = ['scan', dir, '--format', 'json', '--max-file-size', '200KB'];
    const single = await runCli([...args, '--threads', '0'], { env });
    const pooled = await runCli([...args, '--threads', '2'], { env });
    expect(pooled.stderr).toMatch(POOLED);
    expect(findings(pooled)).toEqual(findings(single));
    const stats = (r: CliResult): unknown => {
      const { files: n, bytes, skipped, unreadable } = (JSON.parse(r.stdout) as { scan: Record<string, unknown> }).scan;
      return { n, bytes, skipped, unreadable };
    };
    expect(stats(pooled)).toEqual(stats(single));
    expect(stats(single)).toMatchObject({
      n: 162,
      skipped: { 'too-large': 1, 'lfs-pointer': 1, symlink: 1 },
    });
    expect(findings(single).some((f) => (f as { file: string }).file === 'bin/app.pak')).toBe(true);
  });

  it('a history scan finds the same through the pool', async () => {
    const repo = new GitRepo();
    const files = tree(120);
    const names = Object.keys(files);
    repo.commit('first half', Object.fromEntries(names.slice(0, 60).map((n) => [n, files[n]!])));
    repo.commit('second half', Object.fromEntries(names.slice(60).map((n) => [n, files[n]!])));
    const env = { ...repo.env, TOKGUARD_POOL_THRESHOLD: String(THRESHOLD), TOKGUARD_DEBUG: '1' };
    const args = ['scan', '--history', repo.dir, '--format', 'json'];
    const single = await runCli([...args, '--threads', '0'], { env });
    const pooled = await runCli([...args, '--threads', '1'], { env });
    expect(pooled.stderr).toMatch(POOLED);
    expect(findings(pooled)).toEqual(findings(single));
  });

  it('a bad TOKGUARD_POOL_THRESHOLD is one line, exit 2', async () => {
    const dir = tempTree(tree(2));
    const r = await runCli(['scan', dir], { env: { TOKGUARD_POOL_THRESHOLD: 'lots' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^tokguard: TOKGUARD_POOL_THRESHOLD: not a size: "lots"/);
  });
});
