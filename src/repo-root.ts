import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * The nearest enclosing git work tree (a directory holding `.git`, which is a folder in a
 * normal clone and a file in worktrees and submodules). Found with stats, not by spawning git,
 * because every scan asks and the pre-commit path must stay fast.
 */
export function findRepoRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    try {
      statSync(path.join(dir, '.git'));
      return dir;
    } catch {
      // keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Forward-slash path of `abs` relative to `base`. */
export function relativePosix(base: string, abs: string): string {
  return path.relative(base, abs).split(path.sep).join('/');
}
