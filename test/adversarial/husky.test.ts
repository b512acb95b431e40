/**
 * Issue 10, item 15: `tokguard hook install` in a repository that uses husky 9 (core.hooksPath
 * = .husky/_) must not break husky's dispatcher: a commit husky blocked must stay blocked, and
 * tokguard must run too. Tested with the real husky package (a devDependency), set up in a
 * temporary repository with `husky init` as a user would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { AUTHOR, GitRepo } from '../helpers/git-repo.js';

const keys = new FakeKeys('adversarial-husky');
const HUSKY_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('husky')), 'bin.js');

/** `git commit` for real, so git runs husky's stub, which runs the user's script. */
function gitCommit(repo: GitRepo, message: string): { code: number | null; out: string } {
  const r = spawnSync(
    'git',
    ['-c', `user.name=${AUTHOR.name}`, '-c', `user.email=${AUTHOR.email}`, 'commit', '-q', '-m', message],
    { cwd: repo.dir, env: { ...process.env, ...repo.env, NO_COLOR: '1' }, encoding: 'utf8' },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The user's own check: refuses any staged file named BLOCKME*, and logs that it ran. */
const USER_SCRIPT = [
  'echo ran >> .git/user-check.log',
  'if git diff --cached --name-only | grep -q BLOCKME; then',
  '  echo "user check: no BLOCKME files" >&2',
  '  exit 1',
  'fi',
  '',
].join('\n');

function huskyRepo(): GitRepo {
  const repo = new GitRepo();
  repo.commit('Initial', { 'README.md': 'hi\n', 'package.json': '{ "name": "demo", "private": true }\n' });
  const init = spawnSync(process.execPath, [HUSKY_BIN, 'init'], {
    cwd: repo.dir,
    env: { ...process.env, ...repo.env },
    encoding: 'utf8',
  });
  expect(init.status, init.stderr).toBe(0);
  expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
  writeFileSync(path.join(repo.dir, '.husky/pre-commit'), USER_SCRIPT);
  // tokguard installed in the project, as husky's dispatcher finds it: node_modules/.bin.
  mkdirSync(path.join(repo.dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, path.join(repo.dir, 'node_modules/.bin/tokguard'));
  writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules/\n');
  repo.git('add', '-A');
  expect(gitCommit(repo, 'husky').code).toBe(0);
  return repo;
}

describe.skipIf(process.platform === 'win32')('tokguard hook install with husky 9', () => {
  it('keeps husky blocking what it blocked, and adds tokguard to .husky/pre-commit', async () => {
    const repo = huskyRepo();
    const stubs = path.join(repo.dir, '.husky/_');
    const stubBefore = readFileSync(path.join(stubs, 'pre-commit'), 'utf8');
    const filesBefore = readdirSync(stubs).sort();

    const r = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/husky.*\.husky\/pre-commit/);
    // husky's dispatcher is untouched: same stub, nothing renamed or added next to it.
    expect(readFileSync(path.join(stubs, 'pre-commit'), 'utf8')).toBe(stubBefore);
    expect(readdirSync(stubs).sort()).toEqual(filesBefore);

    // A commit the user's husky check refuses is still refused.
    repo.write({ 'BLOCKME.txt': 'x\n' });
    repo.git('add', 'BLOCKME.txt');
    const blockedByUser = gitCommit(repo, 'blocked by the user check');
    expect(blockedByUser.code).not.toBe(0);
    expect(blockedByUser.out).toContain('user check: no BLOCKME files');
    repo.git('rm', '-q', '--cached', 'BLOCKME.txt');

    // A commit adding a secret is refused by tokguard, through husky.
    const head = repo.head();
    repo.write({ 'config.env': `GH=${keys.github()}\n` });
    repo.git('add', 'config.env');
    const blockedByUs = gitCommit(repo, 'add a key');
    expect(blockedByUs.code).not.toBe(0);
    expect(blockedByUs.out).toContain('tokguard blocked this commit');
    expect(repo.head()).toBe(head);

    // A clean commit goes through, and the user's check ran for it.
    repo.write({ 'config.env': 'GH=${GH_TOKEN}\n' });
    repo.git('add', 'config.env');
    const log = path.join(repo.dir, '.git/user-check.log');
    const runsBefore = readFileSync(log, 'utf8').split('\n').length;
    const clean = gitCommit(repo, 'clean');
    expect(clean.code, clean.out).toBe(0);
    expect(readFileSync(log, 'utf8').split('\n').length).toBe(runsBefore + 1);
  });

  it('is idempotent, and uninstall removes only its line', async () => {
    const repo = huskyRepo();
    const script = path.join(repo.dir, '.husky/pre-commit');
    expect((await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env })).code).toBe(0);
    const again = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already');
    expect(readFileSync(script, 'utf8').match(/tokguard scan --staged/g)).toHaveLength(1);

    const un = await runCli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    expect(un.code, un.stderr).toBe(0);
    expect(readFileSync(script, 'utf8')).toBe(USER_SCRIPT);
    expect(existsSync(path.join(repo.dir, '.husky/_/pre-commit.tokguard-chained'))).toBe(false);
  });
});
