import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './cleanup.js';

export const AUTHOR = { name: 'Ada Tester', email: 'ada@example.test' };
const EPOCH = Date.UTC(2024, 0, 15, 9, 0, 0) / 1000;

/**
 * A real git repository in a temporary directory, independent of the machine's git config
 * (no system config, HOME in a temp dir), with a fixed author and one commit per hour from
 * 2024-01-15 09:00 UTC, so shas and dates are the same on every run.
 */
export class GitRepo {
  readonly dir: string;
  readonly home: string;
  private tick = 0;

  constructor(options: { bare?: boolean; branch?: string; dir?: string; sha256?: boolean } = {}) {
    const base = tempDir('tokguard-git-');
    this.home = path.join(base, 'home');
    mkdirSync(this.home);
    this.dir = path.join(base, options.dir ?? 'repo');
    mkdirSync(this.dir, { recursive: true });
    this.git(
      'init',
      '-q',
      ...(options.bare ? ['--bare'] : []),
      ...(options.sha256 ? ['--object-format=sha256'] : []),
      '-b',
      options.branch ?? 'main',
    );
  }

  /** The environment tests must also give the CLI, so it sees the same (empty) git config. */
  get env(): Record<string, string> {
    return gitTestEnv(this.home);
  }

  private nextDate(): string {
    return `${EPOCH + 3600 * this.tick++} +0000`;
  }

  git(...args: string[]): string {
    return this.gitIn(this.dir, ...args);
  }

  gitIn(cwd: string, ...args: string[]): string {
    const date = this.nextDate();
    this.tick--; // only commits advance the clock
    const opts: ExecFileSyncOptions = {
      cwd,
      env: { ...process.env, ...this.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    };
    return execFileSync(
      'git',
      ['-c', 'user.name=' + AUTHOR.name, '-c', 'user.email=' + AUTHOR.email, ...args],
      opts,
    ).toString();
  }

  write(files: Record<string, string | Buffer>): this {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(this.dir, rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return this;
  }

  remove(...rels: string[]): this {
    for (const rel of rels) unlinkSync(path.join(this.dir, rel));
    return this;
  }

  /** Writes `files`, stages everything and commits; returns the new commit's sha. */
  commit(message: string, files: Record<string, string | Buffer> = {}, options: { remove?: string[] } = {}): string {
    this.write(files);
    for (const r of options.remove ?? []) this.git('rm', '-q', '--', r);
    this.git('add', '-A');
    const date = this.nextDate();
    execFileSync(
      'git',
      [
        '-c',
        'user.name=' + AUTHOR.name,
        '-c',
        'user.email=' + AUTHOR.email,
        'commit',
        '-q',
        '--allow-empty',
        '--no-verify',
        '-m',
        message,
      ],
      {
        cwd: this.dir,
        env: { ...process.env, ...this.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return this.head();
  }

  /** `git merge --no-ff` with a fixed date; returns the merge commit. */
  merge(branch: string, message = `Merge ${branch}`): string {
    const date = this.nextDate();
    execFileSync(
      'git',
      [
        '-c',
        'user.name=' + AUTHOR.name,
        '-c',
        'user.email=' + AUTHOR.email,
        'merge',
        '-q',
        '--no-ff',
        '--no-verify',
        '-m',
        message,
        branch,
      ],
      {
        cwd: this.dir,
        env: { ...process.env, ...this.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** The ISO date the n-th commit/merge made by this helper (0-based) carries. */
  static dateOf(n: number): string {
    return new Date((EPOCH + 3600 * n) * 1000).toISOString().replace('.000Z', '+00:00');
  }
}

export function gitTestEnv(home: string): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: AUTHOR.name,
    GIT_AUTHOR_EMAIL: AUTHOR.email,
    GIT_COMMITTER_NAME: AUTHOR.name,
    GIT_COMMITTER_EMAIL: AUTHOR.email,
    GIT_TERMINAL_PROMPT: '0',
  };
}
