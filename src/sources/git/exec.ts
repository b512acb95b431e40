import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';

/**
 * The one way tokguard runs git: every call (history streaming, staged scans, hook install,
 * rotation's repository questions) goes through here, so every call gets the same hardened
 * options and environment. Output is kept as bytes: paths in git output are arbitrary bytes and
 * are decoded only where they are shown.
 *
 * Not simple-git: the hot paths stream `rev-list | cat-file --batch` with backpressure and
 * byte-exact output, which a buffered, string-decoding wrapper cannot do, and the pre-commit path
 * must not load a library for the one `rev-parse` the rest would need.
 */

/**
 * Options every tokguard git call shares: no pager, no prompts, no colour, and no helper program
 * that a scanned repository's own config could name (an fsmonitor hook runs on index refresh).
 */
export const GIT_BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '-c', 'core.fsmonitor=false'];

export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', LANGUAGE: 'C' };
}

export function spawnGit(args: string[], cwd: string, options: Pick<SpawnOptions, 'stdio'> = {}): ChildProcess {
  return spawn('git', [...GIT_BASE_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git to completion and returns its output; never throws for a non-zero exit. */
export function runGit(args: string[], cwd: string, input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd, { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(spawnFailure(e, cwd)));
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    if (input !== undefined) {
      child.stdin!.on('error', () => {
        // git exited before reading everything; its exit status says why.
      });
      child.stdin!.end(input);
    }
  });
}

/**
 * runGit for the few synchronous callers (rotation's planning questions): same options and
 * environment; a missing git or directory is `code: -1`.
 */
export function runGitSync(args: string[], cwd: string): GitResult {
  const r = spawnSync('git', [...GIT_BASE_ARGS, ...args], { cwd, env: gitEnv(), windowsHide: true });
  if (r.error) return { code: -1, stdout: Buffer.alloc(0), stderr: r.error.message };
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** Like runGit, but a failure becomes a UserError naming the git message. */
export async function git(args: string[], cwd: string, input?: string | Buffer): Promise<Buffer> {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw gitFailure(args, r.stderr, cwd);
  return r.stdout;
}

export function spawnFailure(e: unknown, cwd?: string): Error {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    // Node says "spawn git ENOENT" both when git is missing and when the directory is.
    if (cwd !== undefined && !existsSync(cwd)) return new UserError(`${cwd}: no such directory`);
    return new UserError('git is not installed or not on PATH');
  }
  return e as Error;
}

export function isNotARepository(stderr: string): boolean {
  return /not a git repository/i.test(stderr);
}

/** Turns git's stderr into one line a user can act on. */
export function gitFailure(args: string[], stderr: string, cwd: string): UserError {
  if (isNotARepository(stderr)) return new UserError(`not a git repository: ${path.resolve(cwd)}`);
  const line =
    stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('hint:'))
      .map((l) => l.replace(/^(fatal|error): /, ''))[0] ?? 'failed';
  return new UserError(`git ${args.find((a) => !a.startsWith('-')) ?? ''}: ${line}`);
}

/** Waits for a streaming child to exit; rejects with its stderr when it fails. */
export function waitForExit(child: ChildProcess, args: string[], cwd: string): Promise<void> {
  const err: Buffer[] = [];
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  // 'exit', not 'close': a stdout handed to another process is never read here, so 'close'
  // might never come. stderr is drained before the verdict so the message is complete.
  const stderrDone = child.stderr
    ? new Promise<void>((r) => child.stderr!.once('close', () => r()))
    : Promise.resolve();
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(spawnFailure(e, cwd)));
    child.on('exit', (code, signal) => {
      void stderrDone.then(() => {
        if (code === 0) resolve();
        else if (signal === 'SIGTERM' || signal === 'SIGPIPE') resolve();
        else reject(gitFailure(args, Buffer.concat(err).toString('utf8'), cwd));
      });
    });
  });
}
