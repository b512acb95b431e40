import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * Removes `dir` when the current test finishes, or after the file's tests when called while
 * the file is being collected. (An `afterAll` registered from inside a test never runs, which
 * left thousands of directories in /tmp.)
 */
export function removeLater(dir: string): void {
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
}

/** A new empty directory under the system temp folder, removed as `removeLater` says. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  removeLater(dir);
  return dir;
}
