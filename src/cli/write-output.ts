import { statSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * Writes a report to `file`. Regular files are replaced atomically (write-file-atomic: a
 * temporary file renamed over the target, mode 0600), so a crash never leaves half a report.
 * Anything else that exists (/dev/null, /dev/stdout, a FIFO) is written in place: renaming over
 * a device would replace it with a regular file.
 */
export async function writeOutput(file: string, text: string): Promise<void> {
  let special = false;
  try {
    special = !statSync(file).isFile();
  } catch {
    // Does not exist yet: a new regular file.
  }
  try {
    if (special) {
      writeFileSync(file, text);
    } else {
      const { default: writeFileAtomic } = await import('write-file-atomic');
      await writeFileAtomic(file, text, { mode: 0o600 });
    }
  } catch (e) {
    throw new UserError(`${file}: cannot write report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
