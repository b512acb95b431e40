/**
 * Issue 10, item 17: bad input is one line naming the file (or revision, or path) and the problem,
 * exit 2, never "internal error … report a bug" and never a message about something else.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-error-messages');

function expectOneLine(r: CliResult, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/internal error|report (this|it) as a bug|\n\s+at /);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('bad files in the repository', () => {
  it('a "billion laughs" YAML config', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, cur] of [...'abcdefgh'].slice(0, -1).map((c, i) => [c, 'bcdefgh'[i]!]))
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const dir = tempTree({ '.tokguard.yaml': `${levels.join('\n')}\n` });
    expectOneLine(await runCli(['scan', dir]), /^tokguard: \S*\.tokguard\.yaml: .*alias/);
  });

  it('a rotation record holding null', async () => {
    for (const doc of ['{"version":1,"rotated":[null]}', '{"rotated":[null]}', 'null']) {
      const dir = tempTree({ '.env': `GH=${keys.github()}\n`, '.tokguard-rotated.json': doc });
      expectOneLine(await runCli(['scan', dir]), /^tokguard: \.tokguard-rotated\.json: not a valid rotation record/);
    }
  });

  it('a rotation journal holding null', async () => {
    const id = 'rot-20240115-090000-abcdef';
    for (const doc of ['null', '{"version":1,"id":"rot-20240115-090000-abcdef","units":[null]}']) {
      const dir = tempTree({ [`.tokguard/rotations/${id}.json`]: doc });
      expectOneLine(await runCli(['rotate', dir, '--list']), new RegExp(`journal .*${id}\\.json is not a tokguard`));
      expectOneLine(
        await runCli(['rotate', dir, '--resume', id]),
        new RegExp(`journal .*${id}\\.json is not a tokguard`),
      );
    }
  });
});

describe('bad revisions', () => {
  it('--since with an unknown revision names it; an empty repository says so', async () => {
    const repo = new GitRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    const run = (...args: string[]): Promise<CliResult> =>
      runCli(['scan', '--history', repo.dir, ...args], { env: repo.env });
    expectOneLine(await run('--since', 'nope'), /^tokguard: --since: unknown revision "nope"$/);
    expectOneLine(await run('--range', 'nope..HEAD'), /^tokguard: --range: unknown revision "nope"$/);
    expectOneLine(await run('--range', 'HEAD..nope'), /^tokguard: --range: unknown revision "nope"$/);
    expectOneLine(await run('--since', 'HEAD', '--branch', 'nope'), /^tokguard: --branch: unknown revision "nope"$/);
    const empty = new GitRepo();
    const r = await runCli(['scan', '--history', empty.dir, '--since', 'main'], { env: empty.env });
    expectOneLine(r, /^tokguard: --since: (unknown revision "main"|the repository has no commits on HEAD yet)$/);
  });
});

describe('bad paths', () => {
  it.skipIf(process.platform === 'win32')('a FIFO given as the path', async () => {
    const dir = tempTree();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expectOneLine(await runCli(['scan', fifo]), new RegExp(`^tokguard: ${fifo}: not a file or directory \\(a FIFO\\)`));
  });

  // Root reads any directory whatever its mode, so as root the CLI runs as "nobody" (setpriv).
  const root = process.getuid?.() === 0;
  const canDrop = !root || existsSync('/usr/bin/setpriv');
  const wrap = root ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

  it.skipIf(!canDrop || process.platform === 'win32')(
    'an unreadable root is named by its path, and the count matches the list',
    async () => {
      const top = tempTree();
      chmodSync(top, 0o755);
      const locked = path.join(top, 'locked');
      mkdirSync(locked);
      writeFileSync(path.join(locked, 'a.env'), 'x=1\n');
      chmodSync(locked, 0o000);
      const r = await runCli(['scan', locked, '--format', 'json'], { wrap, env: { HOME: top } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`tokguard: cannot read ${locked}: permission denied`);
      expect(r.stderr).not.toMatch(/cannot read \.:/);
      const report = JSON.parse(r.stdout);
      expect(report.scan.unreadable).toEqual([`${locked}: permission denied`]);
      expect(report.scan.skipped.unreadable).toBe(report.scan.unreadable.length);

      // An unreadable folder inside the scan: listed once, counted once.
      const inner = tempTree({ 'ok.env': 'x=1\n', 'sub/a.env': 'x=1\n', 'sub/b.env': 'x=1\n' });
      chmodSync(inner, 0o755);
      chmodSync(path.join(inner, 'ok.env'), 0o644);
      chmodSync(path.join(inner, 'sub'), 0o000);
      const text = await runCli(['scan', inner], { wrap, env: { HOME: inner } });
      expect(text.code).toBe(2);
      expect(text.stderr).toContain('tokguard: cannot read sub: permission denied');
      expect(text.stderr).toMatch(/1 unreadable file/);
    },
  );

  it.skipIf(!canDrop || process.platform === 'win32')(
    'in a git work tree too: a folder git cannot list is reported, not silently skipped',
    async () => {
      const repo = new GitRepo();
      repo.commit('files', { 'sub/ok.env': 'x=1\n' });
      // Untracked: git learns of it only by listing the folder, and only warns when it cannot.
      repo.write({ 'sub/locked/a.env': `GH=${keys.github()}\n` });
      // nobody must reach the repository, and git must accept a repository root owns.
      chmodSync(path.dirname(repo.dir), 0o755);
      chmodSync(repo.home, 0o755);
      writeFileSync(repo.env.GIT_CONFIG_GLOBAL!, '[safe]\n\tdirectory = *\n');
      chmodSync(path.join(repo.dir, 'sub/locked'), 0o000);
      const env = { ...repo.env };
      for (const target of ['sub', 'sub/locked']) {
        const r = await runCli(['scan', target, '--format', 'json'], { cwd: repo.dir, wrap, env });
        expect(r.code, `${target}: ${r.stderr}`).toBe(2);
        const report = JSON.parse(r.stdout);
        const shown = target === 'sub' ? 'sub/locked' : path.join(repo.dir, 'sub/locked');
        expect(report.scan.unreadable).toEqual([`${shown}: permission denied`]);
        expect(report.scan.skipped.unreadable).toBe(1);
      }
    },
  );
});
