/**
 * The record of rotated secrets, `.tokguard-rotated.json` at the repository root. It is meant to
 * be committed: a history scan reads it to mark old, dead keys as `rotated` instead of failing the
 * build on them. It holds hashes, rule ids, dates and rotation ids only, never a secret.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { refuseLink } from '../report/no-links.js';
import {
  ROTATED_FILE,
  readRotatedRecord as read,
  type RotatedEntry,
  type RotatedFile,
} from '../report/rotated-record.js';

export { ROTATED_FILE, type RotatedEntry };

/** Throws if the record's path is a link: checked before a rotation changes anything, and at each write. */
export function checkRotatedWritable(root: string): void {
  refuseLink(root, join(root, ROTATED_FILE), 'file');
}

function write(root: string, doc: RotatedFile): void {
  checkRotatedWritable(root);
  doc.rotated.sort((a, b) => a.secretHash.localeCompare(b.secretHash) || a.ruleId.localeCompare(b.ruleId));
  writeFileAtomic.sync(join(root, ROTATED_FILE), `${JSON.stringify(doc, null, 2)}\n`);
}

/** secretHash → entry. Findings whose `secretHash` is here are `rotated`. */
export function loadRotated(root: string): Map<string, RotatedEntry> {
  return new Map(read(root).rotated.map((e) => [e.secretHash, e]));
}

export function recordRotated(root: string, entries: RotatedEntry[]): void {
  const doc = read(root);
  for (const e of entries) {
    const i = doc.rotated.findIndex((x) => x.secretHash === e.secretHash && x.ruleId === e.ruleId);
    if (i >= 0) doc.rotated[i] = e;
    else doc.rotated.push(e);
  }
  write(root, doc);
}

/** Marks one unit's secrets (by hash) deleted; other units of the same rotation keep their state. */
export function markDeleted(root: string, rotation: string, unitHashes: string[]): void {
  const doc = read(root);
  let changed = false;
  for (const e of doc.rotated) {
    if (e.rotation === rotation && unitHashes.includes(e.secretHash) && e.state !== 'deleted') {
      e.state = 'deleted';
      changed = true;
    }
  }
  if (changed) write(root, doc);
}

export function forgetRotation(root: string, rotation: string, unitHashes: string[]): void {
  if (!existsSync(join(root, ROTATED_FILE))) return;
  const doc = read(root);
  const kept = doc.rotated.filter((e) => !(e.rotation === rotation && unitHashes.includes(e.secretHash)));
  if (kept.length !== doc.rotated.length) write(root, { version: 1, rotated: kept });
}
