/** The few repository questions rotation asks: is a path tracked, is it ignored. */
import { execFileSync } from 'node:child_process';

function git(root: string, args: string[]): { ok: boolean; out: string } {
  try {
    const out = execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { ok: true, out };
  } catch {
    return { ok: false, out: '' };
  }
}

export function isGitRepo(root: string): boolean {
  return git(root, ['rev-parse', '--git-dir']).ok;
}

export function isTracked(root: string, file: string): boolean {
  return git(root, ['ls-files', '--error-unmatch', '--', file]).ok;
}

export function isIgnored(root: string, file: string): boolean {
  return git(root, ['check-ignore', '-q', '--no-index', '--', file]).ok;
}
