/**
 * Issue 10, item 4: `-o`, `baseline -o` and `--update-baseline` never write through a symbolic
 * link, at the path or in a directory on the way there below the current directory (which, in CI,
 * is the checkout: any of it can be committed). One line naming the path, exit 2, target untouched.
 */
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cleanup.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';

const keys = new FakeKeys('adversarial-symlink');

/** A file outside the repository that a planted link points at, and how it looked before. */
function victim(): { file: string; dir: string; check: () => void } {
  const dir = tempDir('tokguard-victim-');
  const file = path.join(dir, 'bashrc');
  writeFileSync(file, 'export PATH=$HOME/bin:$PATH\n', { mode: 0o644 });
  return {
    file,
    dir,
    check: () => {
      expect(readFileSync(file, 'utf8')).toBe('export PATH=$HOME/bin:$PATH\n');
      expect(statSync(file).mode & 0o777).toBe(0o644);
      expect(readdirSync(dir)).toEqual(['bashrc']);
    },
  };
}

/** A repository whose checkout holds a secret and whatever links the test plants. */
function repoWithSecret(): GitRepo {
  const repo = new GitRepo();
  repo.commit('init', { 'app.env': `GITHUB_TOKEN=${keys.github()}\n` });
  return repo;
}

function expectRefused(r: CliResult, name: string): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(
    new RegExp(`^tokguard: ${name.replace(/[.]/g, '\\.')}: .*symbolic link; refusing to write the \\w+ through it\\n$`),
  );
}

describe('writing through planted symbolic links', () => {
  it('scan -o refuses a link at the output path (it used to overwrite and chmod the target)', async () => {
    const v = victim();
    const repo = repoWithSecret();
    symlinkSync(v.file, path.join(repo.dir, 'report.sarif'));
    const r = await runCli(['scan', '.', '-f', 'sarif', '-o', 'report.sarif'], { cwd: repo.dir, env: repo.env });
    expectRefused(r, 'report.sarif');
    expect(r.stderr).toContain('report.sarif: is a symbolic link');
    v.check();
    expect(readlinkSync(path.join(repo.dir, 'report.sarif'))).toBe(v.file);
  });

  it('refuses a dangling link (it would create the file where the link points) and a link to a directory', async () => {
    const v = victim();
    const repo = repoWithSecret();
    symlinkSync(path.join(v.dir, 'new-file'), path.join(repo.dir, 'out.json'));
    symlinkSync(v.dir, path.join(repo.dir, 'out-dir'));
    expectRefused(
      await runCli(['scan', '.', '-f', 'json', '-o', 'out.json'], { cwd: repo.dir, env: repo.env }),
      'out.json',
    );
    expectRefused(
      await runCli(['scan', '.', '-f', 'json', '-o', 'out-dir'], { cwd: repo.dir, env: repo.env }),
      'out-dir',
    );
    v.check();
  });

  it('refuses a symbolically linked directory on the way to the output file', async () => {
    const v = victim();
    const repo = repoWithSecret();
    symlinkSync(v.dir, path.join(repo.dir, 'reports'));
    mkdirSync(path.join(repo.dir, 'real'));
    symlinkSync(path.join(repo.dir, 'real'), path.join(repo.dir, 'real', 'loop'));
    const r = await runCli(['scan', '.', '-f', 'sarif', '-o', 'reports/tokguard.sarif'], {
      cwd: repo.dir,
      env: repo.env,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'tokguard: reports/tokguard.sarif: reports is a symbolic link; refusing to write the report through it\n',
    );
    const nested = await runCli(['scan', '.', '-o', 'real/loop/x.txt'], { cwd: repo.dir, env: repo.env });
    expect(nested.stderr).toBe(
      'tokguard: real/loop/x.txt: real/loop is a symbolic link; refusing to write the report through it\n',
    );
    v.check();
  });

  it('baseline -o, the default baseline path and --update-baseline refuse links too', async () => {
    const v = victim();
    const repo = repoWithSecret();
    symlinkSync(v.file, path.join(repo.dir, 'accepted.json'));
    symlinkSync(v.file, path.join(repo.dir, '.tokguard-baseline.json'));
    expectRefused(
      await runCli(['baseline', '.', '-o', 'accepted.json'], { cwd: repo.dir, env: repo.env }),
      'accepted.json',
    );
    expectRefused(await runCli(['baseline', '.'], { cwd: repo.dir, env: repo.env }), '.tokguard-baseline.json');
    const update = await runCli(['scan', '.', '--baseline', 'accepted.json', '--update-baseline'], {
      cwd: repo.dir,
      env: repo.env,
    });
    // The link's target is not a baseline: reading it fails first, naming the file.
    expect(update.code).toBe(2);
    expect(update.stderr.trimEnd().split('\n')).toHaveLength(1);
    v.check();
  });

  it('--update-baseline refuses a link to a valid baseline elsewhere', async () => {
    const repo = repoWithSecret();
    const outside = tempDir('tokguard-baseline-');
    const real = path.join(outside, 'baseline.json');
    const empty = '{\n  "version": 1,\n  "tool": "tokguard",\n  "entries": []\n}\n';
    writeFileSync(real, empty);
    symlinkSync(real, path.join(repo.dir, 'b.json'));
    const r = await runCli(['scan', '.', '--baseline', 'b.json', '--update-baseline'], {
      cwd: repo.dir,
      env: repo.env,
    });
    expectRefused(r, 'b.json');
    expect(readFileSync(real, 'utf8')).toBe(empty);
  });

  it('still writes to streams: -o /dev/stdout and -o /dev/null', async () => {
    const repo = repoWithSecret();
    const out = await runCli(['scan', '.', '-f', 'json', '-o', '/dev/stdout'], { cwd: repo.dir, env: repo.env });
    expect(out.code, out.stderr).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ findings: [{ ruleId: 'github-pat-classic' }] });
    const devnull = await runCli(['scan', '.', '-o', '/dev/null'], { cwd: repo.dir, env: repo.env });
    expect(devnull.code).toBe(1);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('replaces a regular file with a complete new one, mode 0600', async () => {
    const repo = repoWithSecret();
    const file = path.join(repo.dir, 'report.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    const r = await runCli(['scan', '.', '-f', 'json', '-o', 'report.json'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ findings: [{ file: 'app.env' }] });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(repo.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
