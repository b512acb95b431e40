/**
 * Writes the files tokguard produces (reports, baselines) so that a hostile repository cannot
 * turn the write against the person running the scan, and a failed write loses nothing:
 *
 * - a symbolic link at the path is refused, not followed: a committed `report.sarif` link to
 *   `~/.bashrc` would otherwise have it overwritten (and chmodded) in CI. Links to streams
 *   (`/dev/stdout`, a FIFO, a terminal) are written in place, like the streams themselves.
 * - so is a path through a symbolically linked directory below the current directory, which is
 *   usually the checkout, where any directory can come from the repository. Directories above
 *   it (`/tmp` on macOS, a home on another disk) are the machine's own layout and are trusted.
 * - a regular file is replaced by renaming a complete temporary file over it (created with
 *   O_EXCL in the same directory, flushed first, the directory flushed after), so a full disk, a
 *   quota, a file-size limit or a crash leaves the previous file as it was; rename replaces a link at the path rather than following it, so
 *   the final step cannot be redirected either.
 */
import { lstatSync, type Stats } from 'node:fs';
import { lstat, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { describeIoError as reason } from './io-errors.js';

export interface WriteOptions {
  /** What is written, for messages: `report`, `baseline`. */
  what: string;
  /** How to name the file in messages (default: the path as given). */
  display?: string;
  /** Mode of the file; default: an existing file's mode, else 0666 less the umask. */
  mode?: number;
}

/** Streams are written in place: renaming over them would replace a device with a file. */
function isStream(s: Stats): boolean {
  return s.isCharacterDevice() || s.isFIFO() || s.isSocket();
}

/** The first directory between the current directory and `abs` that is a symbolic link, if any. */
function linkedDirectoryBelowCwd(abs: string): string | undefined {
  const cwd = process.cwd();
  const rel = path.relative(cwd, path.dirname(abs));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  let dir = cwd;
  for (const part of rel.split(path.sep)) {
    dir = path.join(dir, part);
    try {
      if (lstatSync(dir).isSymbolicLink()) return path.relative(cwd, dir);
    } catch {
      return undefined; // missing: the write reports it
    }
  }
  return undefined;
}

/** What is at the path now: nothing, a regular file, or a stream to write in place; anything else is refused. */
async function checkTarget(file: string, name: string, what: string): Promise<'new' | Stats | 'stream'> {
  let here: Stats;
  try {
    here = await lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw new UserError(`${name}: cannot write ${what}: ${reason(e)}`);
  }
  if (here.isSymbolicLink()) {
    const target = await stat(file).catch(() => undefined);
    if (target && isStream(target)) return 'stream';
    throw new UserError(`${name}: is a symbolic link; refusing to write the ${what} through it`);
  }
  if (isStream(here)) return 'stream';
  if (here.isDirectory()) throw new UserError(`${name}: is a directory`);
  if (!here.isFile()) throw new UserError(`${name}: not a regular file; refusing to write the ${what} there`);
  return here;
}

/** Writes `text` to a new temporary file beside `file` and renames it over `file`. */
async function replaceAtomically(file: string, text: string, mode: number | undefined): Promise<void> {
  // O_EXCL makes the name safe; the pid and a random part only keep concurrent writers apart.
  const unique = `${process.pid}.${Math.random().toString(36).slice(2, 10)}`;
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${unique}.tmp`);
  // 'wx': O_CREAT | O_EXCL, which never follows a link at the temporary name either.
  const handle = await open(tmp, 'wx', mode ?? 0o666);
  let renamed = false;
  try {
    try {
      await handle.writeFile(text);
      if (mode !== undefined) await handle.chmod(mode); // the umask does not narrow an explicit mode
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
    renamed = true;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
  await syncDirectory(path.dirname(file));
}

/** Makes the rename itself durable; best effort, as some filesystems cannot sync a directory. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

export async function writeFileSafely(file: string, text: string, options: WriteOptions): Promise<void> {
  const name = options.display ?? file;
  const abs = path.resolve(file);
  const target = await checkTarget(abs, name, options.what);
  if (target !== 'stream') {
    const linked = linkedDirectoryBelowCwd(abs);
    if (linked !== undefined)
      throw new UserError(`${name}: ${linked} is a symbolic link; refusing to write the ${options.what} through it`);
  }
  try {
    if (target === 'stream') await writeFile(abs, text);
    else {
      await replaceAtomically(abs, text, options.mode ?? (target === 'new' ? undefined : target.mode & 0o7777));
    }
  } catch (e) {
    const kept = typeof target === 'object' ? '; the previous file is unchanged' : '';
    throw new UserError(`${name}: cannot write ${options.what}: ${reason(e)}${kept}`);
  }
}
