import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeZip } from '../../src/sources/chunk.js';
import { ARCHIVE_BUDGET, readArchive } from '../../src/sources/zip-archive.js';
import { makeZip } from '../helpers/zip.js';

// A throwaway key generated in memory for each run.
const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const contents = (zip: Buffer) => {
  const r = readArchive(zip, 'test.zip');
  return { entries: r.entries.map((e) => [e.path, e.data.toString()]), skipped: r.skipped };
};

describe('readArchive on a zip', () => {
  it('reads stored and deflated entries, folders left out', () => {
    const zip = makeZip([
      { name: 'keys/', data: '', stored: true },
      { name: 'keys/id_ed25519', data: pem },
      { name: 'README', data: 'deploy keys', stored: true },
    ]);
    expect(looksLikeZip(zip)).toBe(true);
    expect(contents(zip)).toEqual({
      entries: [
        ['keys/id_ed25519', pem],
        ['README', 'deploy keys'],
      ],
      skipped: 0,
    });
  });

  it('reads an archive inside the archive one level deep, and counts deeper ones', () => {
    const inner = makeZip([{ name: 'tls.key', data: pem }]);
    const middle = makeZip([
      { name: 'conf.jar', data: inner, stored: true },
      { name: 'a.txt', data: 'x' },
    ]);
    expect(contents(makeZip([{ name: 'lib/app.jar', data: inner }]))).toEqual({
      entries: [['lib/app.jar!/tls.key', pem]],
      skipped: 0,
    });
    expect(contents(makeZip([{ name: 'bundle.zip', data: middle }]))).toEqual({
      entries: [['bundle.zip!/a.txt', 'x']],
      skipped: 1,
    });
  });

  it('skips and counts encrypted entries and unknown methods', () => {
    const zip = makeZip([
      { name: 'id_rsa', data: pem, encrypted: true },
      { name: 'ok.txt', data: 'fine' },
    ]);
    expect(contents(zip)).toEqual({ entries: [['ok.txt', 'fine']], skipped: 1 });
  });

  it('stops a zip bomb at the budget, whatever the directory claims', () => {
    const zeros = Buffer.alloc(ARCHIVE_BUDGET + 1024);
    // Honest about its size: over the budget, not inflated.
    expect(contents(makeZip([{ name: 'big.bin', data: zeros }])).skipped).toBe(1);
    // Claims 1 KB and inflates to more: inflating stops at the claim.
    const liar = readArchive(
      makeZip([
        { name: 'small.txt', data: zeros, claimedSize: 1024 },
        { name: 'b', data: 'b' },
      ]),
      'liar.zip',
    );
    expect([liar.entries.map((e) => e.path), liar.skipped]).toEqual([['b'], 1]);
  });

  it('reads a zip cut short (its directory gone) as far as it goes, and counts it', () => {
    const text = `${pem}${'# notes after the key\n'.repeat(3000)}`;
    for (const stored of [false, true]) {
      const zip = makeZip([
        { name: 'README', data: 'read me\n' },
        { name: 'id_rsa', data: text, stored },
        { name: 'z', data: 'last' },
      ]);
      const second = zip.indexOf('PK\x03\x04', 4);
      const dataStart = second + 30 + 'id_rsa'.length;
      const cut = zip.subarray(0, dataStart + (zip.readUInt32LE(second + 18) >> 1)); // in id_rsa's data
      const r = readArchive(cut, 'keys.zip');
      expect(r.entries.map((e) => e.path)).toEqual(['README', 'id_rsa']);
      expect(r.entries[0]!.data.toString()).toBe('read me\n');
      const read = r.entries[1]!.data.toString();
      expect(read.length).toBeLessThan(text.length);
      expect(read.startsWith(pem)).toBe(true);
      expect(text.startsWith(read)).toBe(true);
      expect(r.skipped).toBe(2); // the archive (its directory is gone), and id_rsa, cut short
    }
  });

  it('reads a zip cut in its first entry; gives up on bytes that only start like a zip', () => {
    const cut = makeZip([{ name: 'id_rsa', data: pem }]).subarray(0, 40);
    expect(contents(cut)).toEqual({ entries: [['id_rsa', pem.slice(0, 3)]], skipped: 2 }); // 4 bytes of deflate
    const junk = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(60, 0xee)]);
    expect(contents(junk)).toEqual({ entries: [], skipped: 2 }); // no directory, an entry of an unknown method
  });

  // Where the zip tool is missing, the archives makeZip builds are what the other cases test.
  it.skipIf(spawnSync('zip', ['-v']).status !== 0)('reads what the zip tool writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokguard-zip-'));
    writeFileSync(join(dir, 'id_ed25519'), pem);
    execFileSync('zip', ['-q', join(dir, 'keys.zip'), 'id_ed25519'], { cwd: dir });
    expect(contents(readFileSync(join(dir, 'keys.zip'))).entries).toEqual([['id_ed25519', pem]]);
  });
});
