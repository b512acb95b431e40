/**
 * Text around a finding, read again from where the finding was made (a working-tree file, a git
 * blob, standard input kept in memory): the rule's named captures, the parts of a multi-part
 * credential found near it, and — for `tokguard verify REPORT.json`, whose report is redacted —
 * the secret itself, recognised by its hash.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Engine } from '../engine/engine.js';
import type { RuleSpec } from '../engine/types.js';
import { hashSecret, type ArchiveEntry } from '../report/finding.js';
import { scannedBytes } from '../sources/chunk.js';
import { runGit } from '../sources/git/exec.js';
import { ARCHIVE_ENTRY_SEPARATOR, archiveOfEntry, readArchive } from '../sources/zip-archive.js';
import type { PartSpec } from './types.js';

/** What a finding's location needs to be read again. */
export interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  blob?: string;
  source: string;
  /** The finding is in this archive's entry (`file` is `path!/entry`). */
  archive?: ArchiveEntry;
}

export interface SourceContext {
  /** Folder that worktree findings' paths are relative to. */
  base?: string;
  /** Repository that history blobs are read from. */
  repo?: string;
  /** Standard input as scanned. */
  stdin?: string;
}

const MAX_TEXT = 64 * 1024 * 1024;

export class SourceReader {
  private readonly cache = new Map<string, Promise<string | undefined>>();
  constructor(private readonly ctx: SourceContext) {}

  text(f: Located): Promise<string | undefined> {
    const at = f.archive ? `!/${f.archive.entry}` : '';
    const key = f.blob ? `blob:${f.blob}${at}` : `${f.source}:${f.file}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.read(f).catch(() => undefined);
      this.cache.set(key, p);
    }
    return p;
  }

  private async read(f: Located): Promise<string | undefined> {
    if (f.source === 'stdin') return this.ctx.stdin;
    if (f.blob && this.ctx.repo) {
      const r = await runGit(['cat-file', 'blob', f.blob], this.ctx.repo);
      if (r.code !== 0) return undefined;
      // The blob is the archive's (history, staged): the entry is read from it as the scan did.
      return asScanned(f.archive ? entryOf(r.stdout, f.archive) : r.stdout, f.file);
    }
    if (f.source === 'worktree' && this.ctx.base) {
      const data = f.archive
        ? await this.archiveEntry(f.archive)
        : await this.file(f.file).catch(async (err: NodeJS.ErrnoException) => {
            // A report written before findings named their archive: a path with `!/` that is
            // not a file is taken for an archive's entry, as it was then.
            const old = err.code === 'ENOENT' ? legacyArchive(f.file) : undefined;
            if (!old) throw err;
            return this.archiveEntry(old);
          });
      return asScanned(data, f.file);
    }
    return undefined;
  }

  /** A file under the base; a report edited to point elsewhere is not followed. */
  private async file(rel: string): Promise<Buffer> {
    const abs = path.resolve(this.ctx.base!, ...rel.split('/'));
    if (path.relative(this.ctx.base!, abs).startsWith('..')) throw new Error(`${rel}: outside the scanned folder`);
    return readFile(abs);
  }

  /** An entry of a zip archive in the tree (`bundle.zip!/conf/.env`), read as the scan read it. */
  private async archiveEntry(archive: ArchiveEntry): Promise<Buffer | undefined> {
    return entryOf(await this.file(archive.path), archive);
  }
}

/**
 * The text of a file or entry as the scan read it: a binary's printable runs, not its raw bytes,
 * on which the finding's line and column (and the rule's match) could be others.
 */
function asScanned(data: Buffer | undefined, file: string): string | undefined {
  const text = data !== undefined && data.length <= MAX_TEXT ? scannedBytes(data, file) : undefined;
  return text?.toString('utf8');
}

/** `bundle.zip!/conf/.env` taken apart at its first `!/`: how reports without `archive` were read. */
function legacyArchive(file: string): ArchiveEntry | undefined {
  const archive = archiveOfEntry(file);
  return archive === undefined
    ? undefined
    : { path: archive, entry: file.slice(archive.length + ARCHIVE_ENTRY_SEPARATOR.length) };
}

/** The entry `archive.entry` of the archive `data` (a zip or gzip file), as the scan read it. */
function entryOf(data: Buffer, archive: ArchiveEntry): Buffer | undefined {
  return readArchive(data, archive.path).entries.find((e) => e.path === archive.entry)?.data;
}

interface Window {
  text: string;
  /** 1-based line number of the window's first line. */
  first: number;
}

function window(text: string, line: number, before: number, after: number): Window {
  const lines = text.split('\n');
  const first = Math.max(1, line - before);
  const last = Math.min(lines.length, line + after);
  return { text: lines.slice(first - 1, last).join('\n'), first };
}

function lineAt(w: Window, index: number): number {
  let n = w.first;
  for (let i = w.text.indexOf('\n'); i !== -1 && i < index; i = w.text.indexOf('\n', i + 1)) n++;
  return n;
}

function ruleRegex(rule: Pick<RuleSpec, 'pattern' | 'caseInsensitive'>): RegExp {
  return new RegExp(rule.pattern, `g${rule.caseInsensitive ? 'i' : ''}`);
}

function secretOf(m: RegExpExecArray): string | undefined {
  return m.groups?.secret ?? m[1];
}

/** The rule's named groups (other than `secret`) for the match that captured `secret` near `line`. */
export function ruleCaptures(
  rule: Pick<RuleSpec, 'pattern' | 'caseInsensitive'>,
  text: string,
  line: number,
  secret: string,
): Record<string, string> | undefined {
  const w = window(text, line, 2, 2);
  for (const m of w.text.matchAll(ruleRegex(rule))) {
    if (secretOf(m) !== secret) continue;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) if (k !== 'secret' && v !== undefined) out[k] = v;
    return out;
  }
  return undefined;
}

/**
 * A part of a multi-part credential: the nearest match (same line first, then the closest
 * line) of another rule or a pattern within `lines` lines of the finding.
 */
export function findPart(
  part: PartSpec,
  rules: ReadonlyMap<string, RuleSpec>,
  text: string | undefined,
  line: number,
  secret: string,
): string | undefined {
  if (part.fromSecret !== undefined) {
    const m = new RegExp(part.fromSecret).exec(secret);
    return m ? (m.groups?.value ?? m[1]) : undefined;
  }
  if (text === undefined) return undefined;
  const rule = part.rule ? rules.get(part.rule) : undefined;
  // Part patterns ignore case: variable names are written every way (ALGOLIA_APP_ID, algoliaAppId).
  const regex = rule ? ruleRegex(rule) : part.pattern ? new RegExp(part.pattern, 'gi') : undefined;
  if (!regex) return undefined;
  const span = part.lines ?? 10;
  const w = window(text, line, span, span);
  let best: { value: string; distance: number } | undefined;
  for (const m of w.text.matchAll(regex)) {
    const value = m.groups?.value ?? secretOf(m);
    if (!value || value === secret) continue;
    const at = lineAt(w, m.index + m[0].indexOf(value));
    // Prefer a part on the same line, then the nearest; a part after the finding breaks ties
    // (a key id usually comes first, its secret right below).
    const distance = Math.abs(at - line) * 2 + (at < line ? 1 : 0);
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

function codePointSlice(line: string, from: number, to?: number): string {
  return [...line].slice(from, to).join('');
}

/**
 * The secret of a redacted finding: the text at its recorded span if it hashes to the
 * finding's `secretHash`, else the match of its rule in the text that does (the line moved, or
 * the secret was found inside decoded content).
 */
export function recoverSecret(
  f: Located & { secretHash: string },
  text: string,
  rule: RuleSpec | undefined,
): string | undefined {
  const lines = text.split('\n');
  const first = lines[f.line - 1];
  if (first !== undefined) {
    let candidate: string;
    if (f.endLine === f.line) candidate = codePointSlice(first.replace(/\r$/, ''), f.column - 1, f.endColumn - 1);
    else {
      const middle = lines.slice(f.line, f.endLine - 1);
      const last = lines[f.endLine - 1] ?? '';
      candidate = [codePointSlice(first, f.column - 1), ...middle, codePointSlice(last, 0, f.endColumn - 1)].join('\n');
    }
    if (candidate && hashSecret(candidate) === f.secretHash) return candidate;
  }
  if (!rule) return undefined;
  const engine = new Engine([{ ...rule, examples: [], counterExamples: [] }]);
  for (const m of engine.scan(Buffer.from(text, 'utf8'), { path: f.file }))
    if (hashSecret(m.secret) === f.secretHash) return m.secret;
  return undefined;
}
