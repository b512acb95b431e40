/** The few repository questions rotation asks: is a path tracked, is it ignored. */
import { runGitSync } from '../sources/git/exec.js';

function ok(root: string, args: string[]): boolean {
  return runGitSync(args, root).code === 0;
}

export function isGitRepo(root: string): boolean {
  return ok(root, ['rev-parse', '--git-dir']);
}

export function isTracked(root: string, file: string): boolean {
  return ok(root, ['ls-files', '--error-unmatch', '--', file]);
}

export function isIgnored(root: string, file: string): boolean {
  return ok(root, ['check-ignore', '-q', '--no-index', '--', file]);
}
