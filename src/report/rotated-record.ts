/**
 * The record of rotated secrets, `.tokguard-rotated.json` at the repository root, as the scan
 * reads it. `tokguard rotate` writes it (src/rotate/rotated.ts); it is meant to be committed so
 * a history scan reports old, dead keys as `rotated` instead of failing the build on them. It
 * holds hashes, rule ids, dates and rotation ids only, never a secret.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { Finding } from './finding.js';
import { refuseLink } from './no-links.js';

export const ROTATED_FILE = '.tokguard-rotated.json';

export interface RotatedEntry {
  secretHash: string;
  ruleId: string;
  /** ISO date the old credential was deactivated (or replaced, for issuers that cannot deactivate). */
  rotatedAt: string;
  rotation: string;
  /** `deactivated`: disabled, can still be re-enabled by rollback; `deleted`: gone for good. */
  state: 'deactivated' | 'replaced' | 'deleted';
}

export interface RotatedFile {
  version: 1;
  rotated: RotatedEntry[];
}

export function readRotatedRecord(root: string): RotatedFile {
  const path = join(root, ROTATED_FILE);
  if (!existsSync(path)) return { version: 1, rotated: [] };
  // A committed link could point at any file of the person scanning, and a parse error would
  // quote its first bytes into a CI log.
  refuseLink(root, path, 'file');
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as RotatedFile | null;
    if (doc === null || typeof doc !== 'object' || doc.version !== 1 || !Array.isArray(doc.rotated))
      throw new Error('expected {"version": 1, "rotated": [...]}');
    const bad = doc.rotated.findIndex((e) => !isEntry(e));
    if (bad >= 0) throw new Error(`rotated[${bad}] is not an entry with a secretHash and a ruleId`);
    return doc;
  } catch (err) {
    throw new UserError(`${ROTATED_FILE}: not a valid rotation record (${(err as Error).message})`);
  }
}

function isEntry(e: unknown): e is RotatedEntry {
  const o = e as Partial<RotatedEntry> | null;
  return typeof o === 'object' && o !== null && typeof o.secretHash === 'string' && typeof o.ruleId === 'string';
}

/**
 * Marks findings whose secret has been rotated. They stay in the report and do not fail the
 * scan: a dead key in history is a record, not an incident.
 */
export function markRotated(findings: Finding[], root: string): void {
  if (!findings.length) return;
  const hashes = new Set(readRotatedRecord(root).rotated.map((e) => e.secretHash));
  if (!hashes.size) return;
  for (const f of findings) if (hashes.has(f.secretHash)) f.status = 'rotated';
}
