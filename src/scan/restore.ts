/**
 * `--state` keeps a blob's matches without their secrets. This turns those stored matches back
 * into findings, and, once attribution has picked the findings a report will show, reads just
 * their blobs again to recover the secrets that allowlists, `--verify` and `--show-secrets` need.
 */
import { Engine } from '../engine/engine.js';
import type { Match, RuleSpec } from '../engine/types.js';
import { UserError } from '../errors.js';
import { findingOf, fingerprintOf, type Finding } from '../report/finding.js';
import { rawLine } from '../report/redact.js';
import { loadBuiltinPrefilterCache } from '../rules/builtin-prefilter.js';
import { scannedBytes } from '../sources/chunk.js';
import { catFileBatch } from '../sources/git/cat-file.js';
import { ARCHIVE_ENTRY_SEPARATOR, archiveOfEntry, readArchive } from '../sources/zip-archive.js';
import type { StoredBlob, StoredFinding, StoredMatch } from './state.js';

/** What the state keeps of a finding made from a blob. */
export function toStoredMatch(f: Finding): StoredMatch {
  return {
    ruleId: f.ruleId,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secretHash: f.secretHash,
    redacted: f.redacted,
    lineText: f.lineText,
    ...(f.decodedFrom !== undefined ? { decodedFrom: f.decodedFrom } : {}),
    confidence: f.confidence,
    ...(f.example ? { example: true } : {}),
    ...(f.reasons?.length ? { reasons: f.reasons } : {}),
    ...(f.archive ? { entry: f.archive.entry } : {}),
  };
}

/** What the state keeps of an attributed finding (what a report shows; never the secret). */
export function toStoredFinding(f: Finding): StoredFinding {
  return {
    match: toStoredMatch(f),
    file: f.file,
    fingerprint: f.fingerprint,
    ...(f.blob !== undefined ? { blob: f.blob } : {}),
    ...(f.commit ? { commit: f.commit } : {}),
    ...(f.otherOccurrences !== undefined ? { otherOccurrences: f.otherOccurrences } : {}),
    ...(f.attribution ? { attribution: f.attribution } : {}),
  };
}

/** The last run's attributed findings, as it reported them; `secret` is empty until restored. */
export function findingsFromStoredFindings(stored: readonly StoredFinding[], rules: readonly RuleSpec[]): Finding[] {
  const convert = storedFindingConverter(rules);
  const out: Finding[] = [];
  for (const s of stored) {
    const finding = convert(s);
    if (finding) out.push(finding);
  }
  return out;
}

/** One stored attributed finding as a finding (undefined: its rule is gone, which the digest rules out). */
export function storedFindingConverter(rules: readonly RuleSpec[]): (s: StoredFinding) => Finding | undefined {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (s) => {
    const rule = byId.get(s.match.ruleId);
    if (!rule) return undefined;
    const finding = fromStoredMatch(s.match, rule, s.file, s.fingerprint, s.blob);
    if (s.commit) finding.commit = s.commit;
    if (s.otherOccurrences !== undefined) finding.otherOccurrences = s.otherOccurrences;
    if (s.attribution) finding.attribution = s.attribution;
    return finding;
  };
}

/** `file`: the finding's whole path (`lib/a.jar!/key.pem` for a match in an archive's entry). */
function fromStoredMatch(m: StoredMatch, rule: RuleSpec, file: string, fingerprint: string, blob?: string): Finding {
  const finding = findingOf({ ...m, secret: '' }, rule, file, 'history', fingerprint);
  if (blob !== undefined) finding.blob = blob;
  if (m.entry !== undefined)
    finding.archive = {
      path: file.slice(0, file.length - m.entry.length - ARCHIVE_ENTRY_SEPARATOR.length),
      entry: m.entry,
    };
  return finding;
}

/** Where a stored match of a blob read at `path` is: the blob itself, or its archive entry. */
function fileOf(path: string, m: StoredMatch): string {
  return m.entry === undefined ? path : `${path}${ARCHIVE_ENTRY_SEPARATOR}${m.entry}`;
}

/** Findings of blobs this run did not read, from their stored matches; `secret` is empty until restored. */
export function findingsFromState(entries: [string, StoredBlob][], rules: readonly RuleSpec[]): Finding[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  // A secret kept in a file through many edits is one match in each version's blob: the same
  // fingerprint many times over, hashed once.
  const fingerprints = new Map<string, string>();
  const fingerprint = (ruleId: string, secretHash: string, path: string): string => {
    const key = `${ruleId}\0${secretHash}\0${path}`;
    let fp = fingerprints.get(key);
    if (fp === undefined) fingerprints.set(key, (fp = fingerprintOf(ruleId, secretHash, path)));
    return fp;
  };
  const out: Finding[] = [];
  for (const [blob, stored] of entries)
    for (const m of stored.matches) {
      const rule = byId.get(m.ruleId);
      if (!rule) continue; // cannot happen under the same rule digest
      const file = fileOf(stored.path, m);
      out.push(fromStoredMatch(m, rule, file, fingerprint(m.ruleId, m.secretHash, file), blob));
    }
  return out;
}

/**
 * Fills in `secret` and `rawLine` of the findings rebuilt from the state (empty `secret`), by
 * matching their blobs again. A blob that is gone or no longer holds the match means the state
 * does not describe this repository's objects: an error, never a finding without its secret.
 */
export async function restoreSecrets(
  findings: readonly Finding[],
  cwd: string,
  rules: RuleSpec[],
  stateFile: string,
): Promise<void> {
  const byBlob = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.secret !== '' || !f.blob) continue;
    let list = byBlob.get(f.blob);
    if (!list) byBlob.set(f.blob, (list = []));
    list.push(f);
  }
  if (!byBlob.size) return;
  const engine = new Engine(rules, { prefilterCache: loadBuiltinPrefilterCache() });
  const requests = [...byBlob.keys()].map((oid) => ({ oid, meta: undefined }));
  for await (const obj of catFileBatch(cwd, requests)) {
    const scanned = new Map<string, Match[]>();
    let entries: Map<string, Buffer> | undefined;
    // A match in an archive's entry is found again in that entry; either as the scan read it
    // (a binary's text runs: its raw bytes can give other columns, or other matches), and under
    // the path the scan gave it: the kind of file it names weighs the evidence, and a store
    // (DBeaver's credentials-config.json) is opened by its name. One blob may be at two paths.
    const matchesOf = (entry: string | undefined, file: string): Match[] => {
      let found = scanned.get(file);
      if (!found) {
        let data = obj.data;
        if (data && entry !== undefined) {
          entries ??= new Map(readArchive(data, archiveOfEntry(file) ?? file).entries.map((e) => [e.path, e.data]));
          data = entries.get(entry);
        }
        const text = data && scannedBytes(data, file);
        scanned.set(file, (found = text ? engine.scan(text, { path: file }) : []));
      }
      return found;
    };
    for (const f of byBlob.get(obj.oid)!) {
      const matches = matchesOf(f.archive?.entry, f.file);
      const m = matches.find(
        (x) => x.ruleId === f.ruleId && x.line === f.line && x.column === f.column && x.decodedFrom === f.decodedFrom,
      );
      if (!m)
        throw new UserError(
          `${stateFile}: the state does not match blob ${obj.oid} of this repository; delete the file to scan again`,
        );
      f.secret = m.secret;
      f.rawLine = rawLine(m.window);
    }
  }
}
