/**
 * Rotation writes secrets' backups, journals and the rotated record inside the repository, and a
 * scan reads the record. A cloned repository can commit a symbolic link at any of those names;
 * following it would put backups of live secrets, or a rewritten record, wherever the link points
 * (or quote another file's bytes in an error). So every such path is checked with lstat, and a
 * link (or a file where a folder belongs) stops the command before anything is written.
 */
import { lstatSync } from 'node:fs';
import { relative } from 'node:path';
import { UserError } from '../errors.js';

/** Throws a one-line UserError if `path` exists and is a symbolic link (or, with `dir`, not a folder). */
export function refuseLink(root: string, path: string, kind: 'file' | 'dir'): void {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return; // absent: it will be created as a plain file or folder
  }
  const name = relative(root, path) || path;
  if (st.isSymbolicLink())
    throw new UserError(
      `${name} is a symbolic link; tokguard reads and writes rotation files only at real paths (remove it)`,
    );
  if (kind === 'dir' && !st.isDirectory()) throw new UserError(`${name} is not a folder (remove it)`);
  if (kind === 'file' && !st.isFile()) throw new UserError(`${name} is not a regular file (remove it)`);
}
