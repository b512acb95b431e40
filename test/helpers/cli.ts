import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/tokguard.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a child process with its own cwd, env and stdin. */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    input?: string | Buffer;
    env?: Record<string, string | undefined>;
    /** A command the CLI runs under, e.g. `setpriv` with its options to run as another user. */
    wrap?: string[];
  } = {},
): Promise<CliResult> {
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) {
    throw new Error('dist/ is missing: run "npm run build" before the CLI tests (npm test does)');
  }
  return new Promise((resolve, reject) => {
    const [command, ...prefix] = [...(options.wrap ?? []), process.execPath];
    const child = spawn(command!, [...prefix, BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The fields of a JSON report's finding that most CLI tests look at. */
export interface CliFinding {
  ruleId: string;
  file: string;
  line: number;
  secret?: string;
  confidence?: string;
  example?: boolean;
}

/**
 * Orders rows of a findings table (`[file, line, …]`) by file, then line, so a test compares a
 * table whatever order the scan reported in.
 */
export function byFileThenLine(a: readonly unknown[], b: readonly unknown[]): number {
  const [fa, fb] = [String(a[0]), String(b[0])];
  return fa < fb ? -1 : fa > fb ? 1 : Number(a[1]) - Number(b[1]);
}

/**
 * The findings of a `-f json` run, after checking that it did not fail inside (an internal error
 * still prints a report of what it got through).
 */
export function jsonFindings<F>(r: CliResult, notInStderr: RegExp = /internal error/): F[] {
  expect(r.stderr).not.toMatch(notInStderr);
  return (JSON.parse(r.stdout) as { findings: F[] }).findings;
}
