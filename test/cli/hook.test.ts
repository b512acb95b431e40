import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { AUTHOR, GitRepo } from '../helpers/git-repo.js';

const keys = new FakeKeys('hook');

/** `git commit` for real, so git runs the hook the way it does for users. */
function gitCommit(
  repo: GitRepo,
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; out: string } {
  const r = spawnSync(
    'git',
    ['-c', `user.name=${AUTHOR.name}`, '-c', `user.email=${AUTHOR.email}`, 'commit', ...args],
    {
      cwd: repo.dir,
      env: { ...process.env, ...repo.env, NO_COLOR: '1', ...env },
      encoding: 'utf8',
    },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function install(repo: GitRepo, ...args: string[]): ReturnType<typeof runCli> {
  return runCli(['hook', 'install', ...args], { cwd: repo.dir, env: repo.env });
}

describe('tokguard hook install', () => {
  it('installs a pre-commit hook that blocks a commit adding a secret and lets a clean one through', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'README.md': 'hi\n' });
    const r = await install(repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Installed the tokguard pre-commit hook');
    const hook = path.join(repo.dir, '.git/hooks/pre-commit');
    expect(statSync(hook).mode & 0o111).toBeTruthy();
    const script = readFileSync(hook, 'utf8');
    expect(script).toContain(process.execPath);
    expect(script).toContain(BIN);
    expect(script).not.toContain('npx');

    const head = repo.head();
    const secret = keys.github();
    repo.write({ 'deploy.env': `A=1\nGITHUB_TOKEN=${secret}\n` });
    repo.git('add', 'deploy.env');
    const blocked = gitCommit(repo, ['-m', 'add deploy env']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('deploy.env:2:14');
    expect(blocked.out).toContain('tokguard blocked this commit: a secret in the staged changes.');
    expect(blocked.out).toContain('deploy.env:2  GitHub personal access token (classic) [github-pat-classic]');
    expect(blocked.out).toContain('tokguard:allow');
    expect(blocked.out).toMatch(/rotate it/);
    expect(blocked.out).not.toContain(secret);
    expect(repo.head()).toBe(head);

    // The hook's own exit status is tokguard's.
    const direct = spawnSync('sh', [hook], { cwd: repo.dir, env: { ...process.env, ...repo.env } });
    expect(direct.status).toBe(1);

    repo.write({ 'deploy.env': 'A=1\nGITHUB_TOKEN=${GITHUB_TOKEN}\n' });
    repo.git('add', 'deploy.env');
    const ok = gitCommit(repo, ['-m', 'add deploy env']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('no findings; scanned 1 file');
    expect(repo.head()).not.toBe(head);
  });

  it('checks what `git commit -a` records (a temporary index) and allows tokguard:allow lines', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'app.js': 'const a = 1;\n' });
    await install(repo);
    repo.write({ 'app.js': `const a = 1;\nconst t = "${keys.github()}";\n` });
    const blocked = gitCommit(repo, ['-a', '-m', 'oops']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('app.js:2:');

    repo.write({ 'app.js': `const a = 1;\nconst t = "${keys.github()}"; // tokguard:allow test fixture\n` });
    const allowed = gitCommit(repo, ['-a', '-m', 'fixture']);
    expect(allowed.code).toBe(0);
  });

  it('respects core.hooksPath', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'a\n' });
    repo.git('config', 'core.hooksPath', '.githooks');
    const r = await install(repo);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(repo.dir, '.githooks/pre-commit'))).toBe(true);
    expect(existsSync(path.join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
    repo.write({ 'b.txt': `${keys.stripeLive()}\n` });
    repo.git('add', 'b.txt');
    expect(gitCommit(repo, ['-m', 'b']).code).not.toBe(0);
  });

  it('keeps and chains an existing hook, is idempotent, and uninstall restores it', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'a\n' });
    const hooksDir = path.join(repo.dir, '.git/hooks');
    mkdirSync(hooksDir, { recursive: true });
    const legacy =
      '#!/bin/sh\necho "legacy hook ran" >> "$(git rev-parse --git-dir)/legacy.log"\nexit "${LEGACY_EXIT:-0}"\n';
    const hook = path.join(hooksDir, 'pre-commit');
    writeFileSync(hook, legacy);
    chmodSync(hook, 0o755);

    const first = await install(repo);
    expect(first.stdout).toContain('the existing hook was kept as pre-commit.tokguard-chained');
    const second = await install(repo);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already installed');
    expect(readFileSync(path.join(hooksDir, 'pre-commit.tokguard-chained'), 'utf8')).toBe(legacy);

    repo.write({ 'b.txt': 'b\n' });
    repo.git('add', 'b.txt');
    expect(gitCommit(repo, ['-m', 'b']).code).toBe(0);
    expect(readFileSync(path.join(repo.dir, '.git/legacy.log'), 'utf8')).toBe('legacy hook ran\n');

    // The chained hook can still block; tokguard blocks before it runs.
    repo.write({ 'c.txt': 'c\n' });
    repo.git('add', 'c.txt');
    expect(gitCommit(repo, ['-m', 'c'], { LEGACY_EXIT: '3' }).code).not.toBe(0);
    repo.write({ 'c.txt': `${keys.github()}\n` });
    repo.git('add', 'c.txt');
    expect(gitCommit(repo, ['-m', 'c']).code).not.toBe(0);
    expect(readFileSync(path.join(repo.dir, '.git/legacy.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);

    const un = await runCli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    expect(un.code).toBe(0);
    expect(un.stdout).toContain('restored the previous hook');
    expect(readFileSync(hook, 'utf8')).toBe(legacy);
    expect(statSync(hook).mode & 0o111).toBeTruthy();
    expect(existsSync(path.join(hooksDir, 'pre-commit.tokguard-chained'))).toBe(false);
    const again = await runCli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    expect(again.stdout).toContain("is not tokguard's; left it alone");
  });

  it('refuses to bury an earlier chained hook without --force', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'a\n' });
    const hooksDir = path.join(repo.dir, '.git/hooks');
    mkdirSync(hooksDir, { recursive: true });
    writeFileSync(path.join(hooksDir, 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    writeFileSync(path.join(hooksDir, 'pre-commit.tokguard-chained'), '#!/bin/sh\necho older\n', { mode: 0o755 });
    const r = await install(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    const forced = await install(repo, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(hooksDir, 'pre-commit.tokguard-chained.old'), 'utf8')).toContain('older');
    expect(readFileSync(path.join(hooksDir, 'pre-commit.tokguard-chained'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });

  it('falls back to tokguard on PATH when the installation has moved', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'a\n' });
    await install(repo);
    const hook = path.join(repo.dir, '.git/hooks/pre-commit');
    writeFileSync(
      hook,
      readFileSync(hook, 'utf8').replace(/^tokguard_bin=.*$/m, "tokguard_bin='/nonexistent/bin/tokguard.js'"),
    );
    const binDir = path.join(repo.home, 'bin');
    mkdirSync(binDir);
    writeFileSync(path.join(binDir, 'tokguard'), '#!/bin/sh\necho "PATH tokguard $*"\nexit 7\n', { mode: 0o755 });
    const r = gitCommit(repo, ['--allow-empty', '-m', 'x'], { PATH: `${binDir}${path.delimiter}${process.env.PATH}` });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('PATH tokguard scan --staged');
    const direct = spawnSync('sh', [hook], {
      cwd: repo.dir,
      env: { ...process.env, ...repo.env, PATH: `${binDir}${path.delimiter}${process.env.PATH}` },
    });
    expect(direct.status).toBe(7);
  });

  it('not a git repository: one line, exit 2', async () => {
    const repo = new GitRepo({ bare: true });
    const outside = path.dirname(repo.home);
    const r = await runCli(['hook', 'install', outside], {
      env: { ...repo.env, GIT_CEILING_DIRECTORIES: path.dirname(outside) },
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`tokguard: ${outside}: not a git repository`);
  });
});
