import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { describeFsError } from './fs-errors.js';
import { ignoredByLayers, type IgnoreLayer } from './ignore-layers.js';

export interface WalkOptions {
  /** Honour .gitignore files found in the tree. */
  gitignore: boolean;
  include: string[];
  exclude: string[];
}

export interface WalkEntry {
  /** Relative to the walk root, forward slashes. */
  rel: string;
  abs: string;
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
 * node_modules).
 */
export function walk(root: string, options: WalkOptions): WalkResult {
  const includeRe = options.include.length ? picomatch(options.include, { dot: true }) : undefined;
  const excludeRe = options.exclude.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const result: WalkResult = { files: [], symlinks: 0, errors: [] };

  const visit = (dirRel: string, inherited: IgnoreLayer[]): void => {
    const dirAbs = dirRel ? path.join(root, dirRel) : root;
    let entries: { name: string; isDir: boolean; isFile: boolean; isLink: boolean }[];
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true }).map((d) => ({
        name: d.name,
        isDir: d.isDirectory(),
        isFile: d.isFile(),
        isLink: d.isSymbolicLink(),
      }));
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
        const text = readFileSync(path.join(dirAbs, name), 'utf8');
        layers = [...layers, { base: dirRel, ig: ignore().add(text) }];
      } catch {
        // An unreadable ignore file ignores nothing; the walk itself reports unreadable files.
      }
    }

    const subdirs: string[] = [];
    for (const e of entries) {
      const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
      if (e.isDir) {
        if (e.name === '.git') continue;
        if (ignoredByLayers(layers, rel, true)) continue;
        if (excludeRe && (excludeRe(rel) || excludeRe(`${rel}/`))) continue;
        subdirs.push(rel);
      } else if (e.isLink) {
        result.symlinks++;
      } else if (e.isFile) {
        if (ignoredByLayers(layers, rel, false)) continue;
        if (excludeRe?.(rel)) continue;
        if (includeRe && !includeRe(rel)) continue;
        result.files.push({ rel, abs: path.join(dirAbs, e.name) });
      }
    }
    for (const sub of subdirs) visit(sub, layers);
  };

  visit('', []);
  return result;
}
