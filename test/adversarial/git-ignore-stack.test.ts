/**
 * Issue 10, item 19: a working-tree scan inside a git work tree honours git's whole ignore
 * stack, whatever path it is given: the repository root's and every parent folder's
 * .gitignore when scanning `sub/`, .git/info/exclude and core.excludesFile. Results no longer
 * depend on the path passed. A tracked file is scanned even when an ignore rule matches it (git
 * does not ignore tracked files: it is in the commits).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';

const keys = new FakeKeys('adversarial-ignore-stack');

interface JsonReport {
  findings: { file: string }[];
}

describe('git ignore rules in a working-tree scan', () => {
  it('are the same for `scan .` and `scan sub/`, from every source git reads', async () => {
    const repo = new GitRepo();
    const key = (): string => `GH=${keys.github()}\n`;
    repo.commit('tracked', {
      '.gitignore': '*.local\nbuild/\n',
      'sub/.gitignore': 'nested-ignored.env\n',
      'sub/deeper/app.env': key(),
      'README.md': '# hi\n',
    });
    // Tracked, though a rule now matches it: git still commits its changes, so it is scanned.
    repo.write({ 'sub/forced.local': key() });
    repo.git('add', '-f', 'sub/forced.local');
    repo.commit('forced');
    const excludesFile = path.join(repo.home, 'global-excludes');
    writeFileSync(excludesFile, 'from-excludes-file.env\n');
    repo.git('config', 'core.excludesFile', excludesFile);
    writeFileSync(path.join(repo.dir, '.git/info/exclude'), 'from-info-exclude.env\n');
    repo.write({
      'sub/untracked.env': key(), // not ignored: scanned
      'sub/a.local': key(), // root .gitignore
      'sub/build/out.env': key(), // root .gitignore, a folder rule
      'sub/deeper/nested-ignored.env': key(), // sub/.gitignore, applying below it
      'sub/from-info-exclude.env': key(),
      'sub/deeper/from-excludes-file.env': key(),
    });
    const expected = ['sub/deeper/app.env', 'sub/forced.local', 'sub/untracked.env'];

    const files = async (...args: string[]): Promise<string[]> => {
      const r = await runCli(['scan', ...args, '--format', 'json'], { cwd: repo.dir, env: repo.env });
      expect(r.code, r.stderr).toBe(1);
      return (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.file).sort();
    };
    expect(await files('.')).toEqual(expected);
    expect(await files('sub')).toEqual(expected);
    expect(await files('sub/deeper')).toEqual(['sub/deeper/app.env']);
    expect(await files(path.join(repo.dir, 'sub'))).toEqual(expected);

    // --no-gitignore scans them all (.tokguardignore still applies).
    const all = await files('sub', '--no-gitignore');
    expect(all).toEqual(expect.arrayContaining(['sub/a.local', 'sub/build/out.env', 'sub/from-info-exclude.env']));
    expect(all).toHaveLength(8);
  });

  it('still applies .tokguardignore, --exclude and --include', async () => {
    const repo = new GitRepo();
    const key = (): string => `GH=${keys.github()}\n`;
    repo.commit('files', {
      'sub/.tokguardignore': 'fixtures/\n',
      'sub/fixtures/fake.env': key(),
      'sub/app.env': key(),
      'sub/vendor/lib.env': key(),
      'sub/notes.txt': key(),
    });
    const files = async (...args: string[]): Promise<string[]> => {
      const r = await runCli(['scan', ...args, '--format', 'json'], { cwd: repo.dir, env: repo.env });
      expect(r.code, r.stderr).toBe(1);
      return (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.file).sort();
    };
    expect(await files('sub')).toEqual(['sub/app.env', 'sub/notes.txt', 'sub/vendor/lib.env']);
    expect(await files('sub', '--exclude', 'vendor')).toEqual(['sub/app.env', 'sub/notes.txt']);
    expect(await files('sub', '--include', '**/*.env')).toEqual(['sub/app.env', 'sub/vendor/lib.env']);
  });
});
