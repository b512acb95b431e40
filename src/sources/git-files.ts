import path from 'node:path';
import picomatch from 'picomatch';
import { runGit } from './git/exec.js';
import { decodeGitPath, splitNul } from './git/paths.js';
import { tokguardIgnoreFilter } from './tokguard-ignore.js';
import type { WalkOptions, WalkResult } from './walk.js';
import { relativePosix } from '../repo-root.js';

/**
 * The files of a working-tree scan inside a git work tree, as git sees them: tracked files plus
 * untracked ones that git's whole ignore stack does not exclude (every `.gitignore` from the
 * repository root down, including the ones above the scanned folder, `.git/info/exclude` and
 * `core.excludesFile`). Asking git is the only way to get that stack exactly right, and git
 * answers from its index, so it costs no more than walking (docs/performance.md has figures).
 * `.tokguardignore` files (from the scanned folder down) and --include/--exclude still apply, as
 * in the walker.
 *
 * Returns undefined when git cannot answer (not installed, an unusual repository): the caller
 * then walks the folder itself. Entries are relative to `root`, like the walker's. `onListed`
 * hears how many entries git listed, before any is filtered.
 */
export async function gitListedFiles(
  repoRoot: string,
  root: string,
  options: WalkOptions,
  onListed?: (files: number) => void,
): Promise<WalkResult | undefined> {
  const prefix = relativePosix(repoRoot, root);
  let r;
  try {
    r = await runGit(
      ['--literal-pathspecs', 'ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', prefix || '.'],
      repoRoot,
    );
  } catch {
    return undefined;
  }
  if (r.code !== 0) return undefined;

  const includeRe = options.include.length ? picomatch(options.include, { dot: true }) : undefined;
  const excludeRe = options.exclude.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const listed = splitNul(r.stdout);
  // Heard before the entries are filtered, decoded and sorted (a large scan starts its threads).
  onListed?.(listed.length);
  // .tokguardignore files count from the scanned folder down, as in the walker: naming a folder
  // a parent's .tokguardignore sets aside (a fixtures folder, say) scans it.
  const ignored = listed.some(isTokguardIgnore) ? tokguardIgnoreFilter(root) : undefined;
  const result: WalkResult = { files: [], symlinks: 0, errors: [] };
  let last = '';
  for (const raw of listed) {
    // An untracked nested repository is listed as "dir/": its files are its own repository's.
    if (raw[raw.length - 1] === 0x2f) continue;
    const repoRel = decodeGitPath(raw);
    if (repoRel === last) continue; // a path in conflict is listed once per stage
    last = repoRel;
    const rel = prefix ? repoRel.slice(prefix.length + 1) : repoRel;
    if (ignored?.(rel)) continue;
    if (excludeRe && excludedByDirs(excludeRe, rel)) continue;
    if (includeRe && !includeRe(rel)) continue;
    const abs = Buffer.from(repoRel).equals(raw)
      ? path.join(repoRoot, repoRel)
      : Buffer.concat([Buffer.from(repoRoot), Buffer.from(path.sep), raw]);
    result.files.push({ rel, abs, listedByGit: true });
  }
  result.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  result.errors = unlistedDirs(r.stderr, prefix);
  return result;
}

/**
 * Folders git could not list. git only warns and exits 0, so without this their files would
 * silently go unscanned; the walker reports the same case as an unreadable folder.
 */
function unlistedDirs(stderr: string, prefix: string): WalkResult['errors'] {
  const errors: WalkResult['errors'] = [];
  for (const m of stderr.matchAll(/^warning: could not open directory '(.*?)\/?': (.+)$/gm)) {
    const repoRel = m[1]!;
    const rel = repoRel === prefix ? '.' : prefix ? repoRel.slice(prefix.length + 1) : repoRel;
    const reason = m[2]!.trim();
    errors.push({ rel: rel || '.', message: /permission denied/i.test(reason) ? 'permission denied' : reason });
  }
  return errors;
}

const TOKGUARDIGNORE = Buffer.from('.tokguardignore');

/** A listed `.tokguardignore` (at the top or in a folder). */
function isTokguardIgnore(b: Buffer): boolean {
  const n = TOKGUARDIGNORE.length;
  return (
    b.length >= n && b.subarray(b.length - n).equals(TOKGUARDIGNORE) && (b.length === n || b[b.length - n - 1] === 0x2f)
  );
}

/** The walker prunes an excluded folder; here the file and each folder above it are tested. */
function excludedByDirs(excludeRe: (p: string) => boolean, rel: string): boolean {
  if (excludeRe(rel)) return true;
  for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
    const dir = rel.slice(0, i);
    if (excludeRe(dir) || excludeRe(`${dir}/`)) return true;
  }
  return false;
}
