import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { describeFsError } from './fs-errors.js';
import { decodeGitPath } from './git/paths.js';
import { ignoredByLayers, type IgnoreLayer } from './ignore-layers.js';

export interface WalkOptions {
  /** Honour .gitignore files found in the tree. */
  gitignore: boolean;
  include: string[];
  exclude: string[];
}

export interface WalkEntry {
  /** Relative to the walk root, forward slashes; bytes that are not UTF-8 shown as `\xNN`. */
  rel: string;
  /** The path to open: bytes when a name on it is not valid UTF-8 (a string could not say it). */
  abs: string | Buffer;
  /** Listed by `git ls-files` (which also lists symlinks, submodules and deleted files). */
  listedByGit?: boolean;
}

interface DirEntry {
  /** As shown and matched against ignore rules. */
  name: string;
  /** The name's bytes, when they are not valid UTF-8. */
  raw?: Buffer;
  isDir: boolean;
  isFile: boolean;
  isLink: boolean;
}

/**
 * `dir/name`, as a string while every name on the way is UTF-8, else as bytes. Joined, not
 * `path.join`ed: the root is resolved and a listed name is never `.`, `..` or holds a separator,
 * so there is nothing to normalise (path.join's normalising was a third of a large walk's time).
 */
function joinAbs(dir: string | Buffer, name: string, raw?: Buffer): string | Buffer {
  if (typeof dir === 'string' && !raw) return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
  return Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), raw ?? Buffer.from(name)]);
}

/**
 * A directory's entries. Names are read as strings (the fast path); a name that is not valid
 * UTF-8 comes back with U+FFFD in it and could not be opened, so only then the directory is
 * read again as bytes, and such names keep their bytes and are shown escaped, as history shows
 * them (decodeGitPath).
 */
function readEntries(dirAbs: string | Buffer): DirEntry[] {
  const kind = (d: Dirent<string> | Dirent<Buffer>): Omit<DirEntry, 'name'> => ({
    isDir: d.isDirectory(),
    isFile: d.isFile(),
    isLink: d.isSymbolicLink(),
  });
  const named = readdirSync(dirAbs, { withFileTypes: true });
  if (!named.some((d) => d.name.includes('\uFFFD'))) return named.map((d) => ({ name: d.name, ...kind(d) }));
  return readdirSync(dirAbs, { withFileTypes: true, encoding: 'buffer' }).map((d) => {
    const name = decodeGitPath(d.name);
    return { name, ...(Buffer.from(name).equals(d.name) ? {} : { raw: d.name }), ...kind(d) };
  });
}

export interface WalkResult {
  files: WalkEntry[];
  symlinks: number;
  /** Directories that could not be listed, with the reason (no secrets in these messages). */
  errors: { rel: string; message: string }[];
}

const IGNORE_FILES = ['.gitignore', '.tokguardignore'];

/**
 * Lists the files under `root`, pruning ignored directories as it goes so an ignored
 * `node_modules` costs one stat, not a walk. Ignore files are scoped like git's: patterns in
 * `a/.gitignore` apply to paths under `a/`, and a directory that is ignored is never entered
 * (git cannot re-include a file below an excluded directory either). fast-glob has no hook
 * to consult per-directory ignore files while walking, hence this small walker.
 *
 * Directory reads are synchronous: on a warm cache the async fs API spends more time in
 * thread-pool round trips than in the syscalls themselves (3x slower, measured on
 * node_modules). `onListed` hears the count of files listed so far after each directory (a
 * large scan starts its worker threads while the walk goes on).
 */
export function walk(root: string, options: WalkOptions, onListed?: (files: number) => void): WalkResult {
  const includeRe = options.include.length ? picomatch(options.include, { dot: true }) : undefined;
  const excludeRe = options.exclude.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const result: WalkResult = { files: [], symlinks: 0, errors: [] };

  const visit = (dirRel: string, dirAbs: string | Buffer, inherited: IgnoreLayer[]): void => {
    let entries: DirEntry[];
    try {
      entries = readEntries(dirAbs);
    } catch (e) {
      result.errors.push({ rel: dirRel || '.', message: describeFsError(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    let layers = inherited;
    for (const name of IGNORE_FILES) {
      if (name === '.gitignore' && !options.gitignore) continue;
      if (!entries.some((e) => e.name === name && e.isFile)) continue;
      try {
        const text = readFileSync(joinAbs(dirAbs, name), 'utf8');
        layers = [...layers, { base: dirRel, ig: ignore().add(text) }];
      } catch {
        // An unreadable ignore file ignores nothing; the walk itself reports unreadable files.
      }
    }

    const subdirs: [string, string | Buffer][] = [];
    for (const e of entries) {
      const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
      if (e.isDir) {
        if (e.name === '.git') continue;
        if (ignoredByLayers(layers, rel, true)) continue;
        if (excludeRe && (excludeRe(rel) || excludeRe(`${rel}/`))) continue;
        subdirs.push([rel, joinAbs(dirAbs, e.name, e.raw)]);
      } else if (e.isLink) {
        result.symlinks++;
      } else if (e.isFile) {
        if (ignoredByLayers(layers, rel, false)) continue;
        if (excludeRe?.(rel)) continue;
        if (includeRe && !includeRe(rel)) continue;
        result.files.push({ rel, abs: joinAbs(dirAbs, e.name, e.raw) });
      }
    }
    onListed?.(result.files.length);
    for (const [sub, abs] of subdirs) visit(sub, abs, layers);
  };

  visit('', root, []);
  return result;
}
