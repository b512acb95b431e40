import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Chunk } from './chunk.js';
import type { ArchiveChunks } from './archive-chunks.js';
import { fileToScan, looksLikeArchive } from './chunk.js';
import { catFileBatch, type CatFileObject, type CatFileRequest } from './git/cat-file.js';
import { gitFailure, runGit, type GitResult } from './git/exec.js';
import { decodeGitPath } from './git/paths.js';
import { gitPathFilter } from './git/path-filter.js';
import { findRepoRoot } from '../repo-root.js';
import { tokguardIgnoreFilter } from './tokguard-ignore.js';
import type { SourceStats } from './chunk.js';

/**
 * `tokguard scan --staged`: what `git commit` is about to record. The content comes from the
 * index (the staged blob ids), never from the working tree, and findings count only on the lines
 * the commit adds or changes. Two git processes, started together: `git diff --cached` (which
 * files, which lines) and `git cat-file --batch` (their staged bytes).
 *
 * Runs as a pre-commit hook, so it must stay light: nothing heavy imported.
 */

export interface StagedOptions {
  maxFileSize: number;
  /** Globs on repository-relative paths. */
  include?: string[];
  exclude?: string[];
}

export interface StagedEntry {
  status: string;
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
  path: string;
  /** For renames and copies, where the content came from. */
  fromPath?: string;
}

const ZERO_OID = /^0+$/;
/** The diff's "index a..b" line and hunk headers: all we need from the patch. */
const INDEX_LINE = /^index [0-9a-f]+\.\.([0-9a-f]+)/;
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export interface StagedScan {
  chunks: AsyncIterable<Chunk>;
  readonly notes: string[];
}

const DIFF_ARGS = [
  'diff',
  '--cached',
  '--raw',
  '-z',
  '-p',
  '-U0',
  '-M',
  '--full-index',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--no-abbrev',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--ignore-submodules=none',
  '--submodule=short',
];

export interface StagedStart {
  cwd: string;
  /** Top of the work tree (paths in `git diff` are relative to it), found once with stats. */
  root: string | undefined;
  diff: Promise<GitResult>;
  /** The index against MERGE_HEAD, when a merge is being concluded. */
  mergeDiff?: Promise<GitResult>;
}

/**
 * Starts `git diff --cached` right away, so that it runs while the CLI loads its config and
 * rules. Harmless if the scan then fails: git exits on its own.
 */
export function startStaged(cwd: string, root: string | undefined = findRepoRoot(cwd)): StagedStart {
  const diff = runGit(DIFF_ARGS, cwd);
  diff.catch(() => {}); // awaited by the scan; a failure is reported there
  // Concluding a merge: the index holds everything the other branch brings, which was checked
  // when it was committed there. What this commit adds is what is new against both parents.
  const mergeDiff = root && mergeInProgress(root) ? runGit([...DIFF_ARGS, 'MERGE_HEAD'], cwd) : undefined;
  mergeDiff?.catch(() => {});
  return { cwd, root, diff, ...(mergeDiff ? { mergeDiff } : {}) };
}

/** Whether `.git/MERGE_HEAD` exists (checked with stats: no extra git process on the hook path). */
function mergeInProgress(root: string): boolean {
  let gitDir = path.join(root, '.git');
  try {
    if (statSync(gitDir).isFile()) {
      // A linked worktree or submodule: `.git` is a file naming the real folder.
      const m = /^gitdir: (.+)$/m.exec(readFileSync(gitDir, 'utf8'));
      if (!m) return false;
      gitDir = path.resolve(root, m[1]!.trim());
    }
    return existsSync(path.join(gitDir, 'MERGE_HEAD'));
  } catch {
    return false;
  }
}

/** Lines added against both parents: for each path, the intersection ('all' is the identity). */
function intersectAdded(
  a: Set<number> | 'all' | undefined,
  b: Set<number> | 'all' | undefined,
): Set<number> | 'all' | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a === 'all') return b;
  if (b === 'all') return a;
  return new Set([...a].filter((l) => b.has(l)));
}

export function openStaged(start: StagedStart | string, options: StagedOptions, stats: SourceStats): StagedScan {
  const notes: string[] = [];
  return { chunks: stagedChunks(typeof start === 'string' ? startStaged(start) : start, options, stats, notes), notes };
}

/** Which lines of a staged file are new: all of it, a set of line numbers, or none (undefined). */
type NewLines = Set<number> | 'all' | undefined;

/**
 * Stages: start `git cat-file` (so its start-up overlaps the diff), read the diff, work out
 * which lines each file adds (against both parents when concluding a merge), ask cat-file for
 * the files that add any, and turn its answers into chunks.
 */
async function* stagedChunks(
  start: StagedStart,
  options: StagedOptions,
  stats: SourceStats,
  notes: string[],
): AsyncGenerator<Chunk> {
  const { cwd } = start;
  // Start cat-file now so its start-up overlaps the diff; it reads ids once the diff is parsed.
  let resolveRequests!: (r: CatFileRequest<StagedRequest>[]) => void;
  const requestsReady = new Promise<CatFileRequest<StagedRequest>[]>((resolve) => (resolveRequests = resolve));
  async function* requests(): AsyncGenerator<CatFileRequest<StagedRequest>> {
    yield* await requestsReady;
  }
  const objects = catFileBatch(cwd, requests(), { maxSize: options.maxFileSize });
  const first = objects.next(); // spawns git cat-file
  first.catch(() => {});

  let diff: GitResult;
  try {
    diff = await readDiff(start);
  } catch (e) {
    resolveRequests([]);
    await first.catch(() => {});
    throw e;
  }
  const { entries, patch } = parseDiffOutput(diff.stdout);
  const againstOther = await mergeParentAdded(start, notes);
  resolveRequests(await stagedRequests(start, entries, addedLines(patch), againstOther, options, stats, notes));

  for (let next = await first; !next.done; next = await objects.next()) {
    const archive = await archiveEntries(next.value, cwd, stats);
    // A tar read whole: its own text runs would report its entries again, unchanged ones too.
    const chunk = archive?.whole ? undefined : stagedChunk(next.value, stats);
    if (chunk) yield chunk;
    if (archive) yield* archive.chunks;
  }
}

/**
 * A staged archive's entries (a zip, a gzip file, a tar), as chunks at `lib/app.jar!/config/.env`; none
 * for any other blob. The reader is loaded only for a blob that starts like one (its magic), not on
 * every commit. An archive has no lines git can tell apart: each entry it adds or changes
 * counts whole, and for a rebuilt archive, the entries it keeps as they were do not count (the
 * blob it replaces is read for that, with one more git process).
 */
async function archiveEntries(
  obj: CatFileObject<StagedRequest>,
  cwd: string,
  stats: SourceStats,
): Promise<ArchiveChunks | undefined> {
  if (!obj.data || !looksLikeArchive(obj.data)) return undefined;
  const { archiveChunks } = await import('./archive-chunks.js');
  const was = obj.meta.was ? await runGit(['cat-file', 'blob', obj.meta.was], cwd) : undefined;
  const before = was?.code === 0 && looksLikeArchive(was.stdout) ? was.stdout : undefined;
  return archiveChunks(obj.data, { path: obj.meta.path, source: 'staged', blob: obj.oid }, stats, before);
}

/** The output of `git diff --cached`, or a one-line error (not a repository, git failed). */
async function readDiff(start: StagedStart): Promise<GitResult> {
  const diff = await start.diff;
  if (diff.code === 0) return diff;
  // Outside a repository `git diff` turns into `git diff --no-index`, which has no --cached.
  if (/not a git repository|unknown option .cached|--no-index/i.test(diff.stderr))
    throw new UserError(`not a git repository: ${path.resolve(start.cwd)} (--staged reads the index of a repository)`);
  throw gitFailure(['diff'], diff.stderr, start.cwd);
}

/**
 * During a merge, what each file adds against MERGE_HEAD too (undefined: not merging), so that
 * only lines new against both parents count.
 */
async function mergeParentAdded(
  start: StagedStart,
  notes: string[],
): Promise<((e: StagedEntry) => NewLines) | undefined> {
  if (!start.mergeDiff) return undefined;
  const other = await start.mergeDiff;
  if (other.code !== 0) return undefined;
  const parsed = parseDiffOutput(other.stdout);
  const otherAdded = addedLines(parsed.patch);
  const otherEntries = new Map(parsed.entries.map((x) => [x.path, x]));
  notes.push('Concluding a merge: only lines new against both parents are checked.');
  return (e) => {
    const o = otherEntries.get(e.path);
    if (!o || o.status === 'D') return undefined; // identical to the other parent: nothing new
    return o.status === 'A' || otherAdded.binary.has(o.newOid) ? 'all' : otherAdded.byPath.get(e.path);
  };
}

/** The staged blobs to read, with the lines that count; what is set aside is counted and noted. */
async function stagedRequests(
  start: StagedStart,
  entries: StagedEntry[],
  added: AddedLines,
  againstOther: ((e: StagedEntry) => NewLines) | undefined,
  options: StagedOptions,
  stats: SourceStats,
  notes: string[],
): Promise<CatFileRequest<StagedRequest>[]> {
  const wanted = await gitPathFilter(options.include, options.exclude);
  const ignored = start.root ? tokguardIgnoreFilter(start.root) : undefined;
  let setAside = 0;
  const reqs: CatFileRequest<StagedRequest>[] = [];
  let unmerged = 0;
  for (const e of entries) {
    if (e.status === 'D') continue;
    if (e.status === 'U' || ZERO_OID.test(e.newOid)) {
      unmerged++;
      continue;
    }
    if (e.newMode === '160000') {
      stats.skipped.submodule++;
      continue;
    }
    if (e.newMode === '120000') {
      stats.skipped.symlink++;
      continue;
    }
    // New files count whole, and so does what git calls binary (a `-diff` attribute, say): the
    // NUL sniff below decides, and then there are no hunks to say which lines are new.
    let lines: NewLines = e.status === 'A' || added.binary.has(e.newOid) ? 'all' : added.byPath.get(e.path);
    if (againstOther) lines = intersectAdded(lines, againstOther(e));
    if (lines === undefined || (lines !== 'all' && lines.size === 0)) continue; // a pure rename or mode change
    const shown = decodeGitPath(Buffer.from(e.path, 'latin1'));
    if (wanted && !wanted(shown)) continue;
    if (ignored?.(shown)) {
      setAside++;
      continue;
    }
    // The blob a changed file replaces: what an archive's entries are told apart from.
    const was = e.status !== 'A' && !ZERO_OID.test(e.oldOid) ? e.oldOid : undefined;
    reqs.push({ oid: e.newOid, meta: { path: shown, lines, ...(was ? { was } : {}) } });
  }
  if (setAside) notes.push(`${setAside} staged file${setAside === 1 ? ' is' : 's are'} set aside by .tokguardignore.`);
  if (unmerged)
    notes.push(
      `${unmerged} unmerged path${unmerged === 1 ? '' : 's'} not scanned (resolve the conflict and stage the result).`,
    );
  if (!entries.length) notes.push('Nothing is staged: there is nothing for a commit to add.');
  return reqs;
}

/** A staged blob as a chunk, or undefined (counted) when it is missing, too large, binary or an LFS pointer. */
function stagedChunk(obj: CatFileObject<StagedRequest>, stats: SourceStats): Chunk | undefined {
  if (!obj.data) {
    if (obj.type === 'missing') {
      stats.skipped.unreadable++;
      stats.unreadable.push(`${obj.meta.path}: staged blob ${obj.oid.slice(0, 12)} is missing`);
    } else stats.skipped['too-large']++;
    return undefined;
  }
  const data = fileToScan(obj.data, obj.meta.path, stats.skipped);
  if (!data) return undefined;
  stats.files++;
  stats.bytes += data.length;
  const chunk: Chunk = { path: obj.meta.path, data, source: 'staged', blob: obj.oid };
  if (obj.meta.lines !== 'all') chunk.lines = obj.meta.lines;
  return chunk;
}

interface StagedRequest {
  path: string;
  lines: Set<number> | 'all';
  /** The blob this one replaces (a changed file). */
  was?: string;
}

/**
 * Splits `git diff --raw -z -p` output: NUL-separated raw records, an empty record, then the
 * patch. Paths stay as latin1 strings (one char per byte) until shown.
 */
export function parseDiffOutput(out: Buffer): { entries: StagedEntry[]; patch: string } {
  const entries: StagedEntry[] = [];
  let at = 0;
  while (at < out.length && out[at] === 0x3a /* ':' */) {
    const metaEnd = out.indexOf(0, at);
    if (metaEnd < 0) break;
    const meta = out.toString('latin1', at + 1, metaEnd).split(' ');
    const pathEnd = out.indexOf(0, metaEnd + 1);
    if (pathEnd < 0) break;
    const entry: StagedEntry = {
      oldMode: meta[0] ?? '',
      newMode: meta[1] ?? '',
      oldOid: meta[2] ?? '',
      newOid: meta[3] ?? '',
      status: meta[4] ?? '',
      path: out.toString('latin1', metaEnd + 1, pathEnd),
    };
    at = pathEnd + 1;
    if (entry.status[0] === 'R' || entry.status[0] === 'C') {
      const toEnd = out.indexOf(0, at);
      if (toEnd < 0) break;
      entry.fromPath = entry.path;
      entry.path = out.toString('latin1', at, toEnd);
      at = toEnd + 1;
    }
    entries.push(entry);
  }
  if (out[at] === 0) at++; // the empty record between the raw part and the patch
  return { entries, patch: out.toString('latin1', at) };
}

export interface AddedLines {
  /** Added line numbers per new-side path (latin1, one char per byte). */
  byPath: Map<string, Set<number>>;
  /** New blob ids of the files git shows as binary (no hunks). */
  binary: Set<string>;
}

/**
 * The line numbers each file's hunks add, from a `-U0` patch. Header lines (`+++ b/path`,
 * `index`, `Binary files`) are only read between `diff --git` and the first hunk, so an added
 * line that happens to start with "++ " is never taken for a header.
 */
export function addedLines(patch: string): AddedLines {
  const byPath = new Map<string, Set<number>>();
  const binary = new Set<string>();
  let inHeader = false;
  let current: Set<number> | undefined;
  let oid: string | undefined;
  let start = 0;
  while (start < patch.length) {
    let end = patch.indexOf('\n', start);
    if (end < 0) end = patch.length;
    const c = patch.charCodeAt(start);
    if (c === 0x64 /* d */ && patch.startsWith('diff --git ', start)) {
      inHeader = true;
      current = undefined;
      oid = undefined;
    } else if (c === 0x40 /* @ */) {
      inHeader = false;
      const m = current && HUNK.exec(patch.slice(start, Math.min(end, start + 200)));
      if (m) {
        const from = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        for (let l = from; l < from + count; l++) current!.add(l);
      }
    } else if (inHeader) {
      const line = patch.slice(start, end);
      if (line.startsWith('+++ ')) {
        // git ends a name holding a space with a tab (for GNU patch); a real tab would be quoted.
        const name = unquoteC(line.endsWith('\t') ? line.slice(4, -1) : line.slice(4));
        if (name.startsWith('b/')) byPath.set(name.slice(2), (current = new Set()));
      } else if (line.startsWith('index ')) {
        oid = INDEX_LINE.exec(line)?.[1];
      } else if (line.startsWith('Binary files ') && oid) {
        binary.add(oid);
      }
    }
    start = end + 1;
  }
  return { byPath, binary };
}

/** Undoes git's C-style quoting of a path ("a\tb", "\303\251"); unquoted input is returned as is. */
export function unquoteC(s: string): string {
  if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2) return s;
  let out = '';
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const n = s[++i]!;
    if (n >= '0' && n <= '7') {
      out += String.fromCharCode(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else
      out += ({ a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r' } as Record<string, string>)[n] ?? n;
  }
  return out;
}
