// Writes a build output by rename: a tokguard run reading it meanwhile (a test suite, the bench)
// gets the previous build's file or this one's, never half of one.
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function writeAtomic(file, data) {
  const target = file instanceof URL ? fileURLToPath(file) : file;
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, target);
}
