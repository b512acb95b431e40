import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { looksLikeArchive, looksLikeUstar } from '../../src/sources/chunk.js';
import { readTar } from '../../src/sources/gzip-tar.js';
import { ARCHIVE_BUDGET, readArchive } from '../../src/sources/zip-archive.js';
import { tempDir } from '../helpers/cleanup.js';
import { makeZip } from '../helpers/zip.js';

// A throwaway key generated in memory for each run.
const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
  type: 'sec1',
  format: 'pem',
}) as string;
const contents = (data: Buffer, name: string) => {
  const r = readArchive(data, name);
  return { entries: r.entries.map((e) => [e.path, e.data.toString()]), skipped: r.skipped };
};

/** A folder with `files` in it, for the real gzip and tar to pack. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('tokguard-gzip-');
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

describe('gzip files', () => {
  it('reads a key gzip compressed, named as gzip recorded it', () => {
    const dir = folder({ 'server.key': pem });
    const gz = execFileSync('gzip', ['-c', join(dir, 'server.key')]);
    expect(looksLikeArchive(gz)).toBe(true);
    expect(contents(gz, 'backup/old.gz')).toEqual({ entries: [['server.key', pem]], skipped: 0 });
  });

  it('names a gzip without a recorded name after the file, less .gz', () => {
    const gz = gzipSync(pem); // zlib, like `gzip -n`, records no name
    expect(contents(gz, 'deploy/id_ecdsa.gz')).toEqual({ entries: [['id_ecdsa', pem]], skipped: 0 });
  });

  it('reads what a cut-off gzip file inflates to, and counts it as not read whole', () => {
    const text = `${pem}${'# padding line for the test\n'.repeat(2000)}`;
    const gz = gzipSync(text, { level: 0 }); // stored blocks: the first half holds the key
    const r = readArchive(gz.subarray(0, gz.length >> 1), 'notes.txt.gz');
    const read = r.entries[0]!.data.toString();
    expect(read.length).toBeLessThan(text.length);
    expect(read.startsWith(pem)).toBe(true);
    expect(text.startsWith(read)).toBe(true);
    expect(r.skipped).toBe(1);
    // Cut in its trailer only: every byte is read, and still it is not a whole file.
    expect(contents(gzipSync(pem).subarray(0, -4), 'id_ecdsa.gz')).toEqual({
      entries: [['id_ecdsa', pem]],
      skipped: 1,
    });
  });

  it('reads a cut-off .tar.gz as far as it goes, the entry it ends in too, and counts it', () => {
    const dir = folder({ 'a.txt': 'first\n', 'home/.ssh/id_ecdsa': pem, 'z.txt': 'last\n' });
    const tgz = execFileSync('tar', ['-C', dir, '--format=ustar', '-cf', '-', 'a.txt', 'home/.ssh/id_ecdsa', 'z.txt']);
    // Stored deflate blocks, so that the byte the gzip is cut at is a byte of the tar.
    const gz = gzipSync(tgz, { level: 0 });
    const keyEnds = 512 * 3 + pem.length; // a.txt's header and body, the key's header, then its body
    const r = contents(gz.subarray(0, 10 + 5 + keyEnds - 20), 'home.tgz');
    expect(r.entries.map((e) => e[0])).toEqual(['a.txt', 'home/.ssh/id_ecdsa']);
    expect(r.entries[1]![1]).toBe(pem.slice(0, -20));
    expect(r.skipped).toBe(2); // the gzip cut short, and the key's entry in it
  });

  it('stops a gzip bomb at the budget and reads its start', () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from(pem), Buffer.alloc(ARCHIVE_BUDGET * 2)]));
    const r = readArchive(bomb, 'zeros.gz');
    expect(r.entries).toHaveLength(1);
    // Inflated once, up to the budget: all of the budget is read, not the start of a shorter input.
    expect(r.entries[0]!.data.length).toBe(ARCHIVE_BUDGET);
    expect(r.entries[0]!.data.subarray(0, pem.length).toString()).toBe(pem);
    expect(r.skipped).toBe(1);
  });

  it('counts damaged data as not read; bzip2 is not an archive it opens', () => {
    const gz = gzipSync(pem);
    const damaged = Buffer.concat([gz.subarray(0, 10), Buffer.alloc(gz.length - 10, 0xff)]);
    expect(contents(damaged, 'a.gz')).toEqual({ entries: [], skipped: 1 });
    const dir = folder({ id_rsa: pem });
    let bz: Buffer | undefined;
    try {
      bz = execFileSync('bzip2', ['-c', join(dir, 'id_rsa')]);
    } catch {
      bz = Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(64, 1)]); // no bzip2 here: its header
    }
    expect(looksLikeArchive(bz)).toBe(false);
  });
});

describe('tar archives in gzip', () => {
  const long = `${'deeply/nested/'.repeat(8)}keys/id_ecdsa`; // over tar's 100-byte name field

  it('reads the files of a .tar.gz made by tar, long names included, folders and links left out', () => {
    const dir = folder({ 'home/.ssh/id_ecdsa': pem, [long]: pem, 'home/notes.txt': 'nothing here\n' });
    execFileSync('ln', ['-s', 'id_ecdsa', join(dir, 'home/.ssh/link')]);
    for (const format of ['gnu', 'posix', 'ustar']) {
      const tgz = execFileSync('tar', ['-C', dir, `--format=${format}`, '-czf', '-', 'home', 'deeply']);
      const got = contents(tgz, 'backup.tgz');
      if (format === 'ustar') {
        // ustar splits a long name into prefix and name (it fits: each part is short enough).
        expect(got.entries.map((e) => e[0]).sort()).toEqual(['home/.ssh/id_ecdsa', 'home/notes.txt', long].sort());
      } else {
        expect(got).toEqual({
          entries: expect.arrayContaining([
            ['home/.ssh/id_ecdsa', pem],
            [long, pem],
            ['home/notes.txt', 'nothing here\n'],
          ]) as unknown,
          skipped: 0,
        });
        expect(got.entries).toHaveLength(3);
      }
    }
  });

  it('reads a jar inside a .tar.gz one level deep', () => {
    const dir = folder({});
    writeFileSync(join(dir, 'app.jar'), makeZip([{ name: 'config/tls.key', data: pem }]));
    const tgz = execFileSync('tar', ['-C', dir, '-czf', '-', 'app.jar']);
    expect(contents(tgz, 'release.tar.gz')).toEqual({ entries: [['app.jar!/config/tls.key', pem]], skipped: 0 });
  });

  it('reads a gzip file inside a zip', () => {
    const zip = makeZip([{ name: 'backup/id_ecdsa.gz', data: gzipSync(pem), stored: true }]);
    expect(contents(zip, 'bundle.zip')).toEqual({ entries: [['backup/id_ecdsa.gz!/id_ecdsa', pem]], skipped: 0 });
  });

  it('reads a file cut off at the end of the tar as far as it goes, and counts it', () => {
    const dir = folder({ 'a.txt': 'first\n', 'b.pem': pem, empty: '' });
    const tar = execFileSync('tar', ['-C', dir, '-cf', '-', 'empty', 'a.txt', 'b.pem']);
    const cut = readTar(tar.subarray(0, 512 * 4 + 100), 100);
    expect(cut.entries.map((e) => [e.path, e.data.toString()])).toEqual([
      ['empty', ''],
      ['a.txt', 'first\n'],
      ['b.pem', pem.slice(0, 100)],
    ]);
    expect(cut.skipped).toBe(1);
    expect(readFileSync(join(dir, 'b.pem'), 'utf8')).toBe(pem);
  });
});

describe('uncompressed tar archives', () => {
  /** A tar of `files`, made by the real tar in the format asked for, in the order given. */
  const tar = (files: Record<string, string | Buffer>, format = 'gnu'): Buffer => {
    const dir = folder({});
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const args = ['-C', dir, `--format=${format}`, '-cf', '-', ...Object.keys(files)];
    return execFileSync('tar', args, { maxBuffer: 2 * ARCHIVE_BUDGET });
  };

  it('reads the files of a tar made by tar, by its magic whatever its name, and stands for the whole archive', () => {
    for (const format of ['gnu', 'posix', 'ustar']) {
      const t = tar({ 'home/.ssh/id_ecdsa': pem, 'home/notes.txt': 'nothing here\n' }, format);
      expect(looksLikeUstar(t)).toBe(true);
      expect(looksLikeArchive(t)).toBe(true);
      for (const name of ['backup.tar', 'backup', 'home.dat']) {
        const r = readArchive(t, name);
        expect(r.entries.map((e) => [e.path, e.data.toString()]).sort()).toEqual([
          ['home/.ssh/id_ecdsa', pem],
          ['home/notes.txt', 'nothing here\n'],
        ]);
        expect([r.skipped, r.whole]).toEqual([0, true]);
      }
    }
  });

  it('does not take a file named .tar for one, nor a pre-POSIX header alone', () => {
    const text = Buffer.from(`${'# not an archive\n'.repeat(40)}`);
    expect(looksLikeArchive(text)).toBe(false);
    const t = tar({ id_ecdsa: pem });
    const magicless = Buffer.from(t);
    magicless.write('\0\0\0\0\0', 257, 'latin1');
    expect(looksLikeArchive(magicless)).toBe(false);
  });

  it("copies its entries out: the tar's bytes may be overwritten once read", () => {
    const t = tar({ 'server.key': pem });
    const r = readArchive(t, 'keys.tar');
    t.fill(0);
    expect(r.entries[0]!.data.toString()).toBe(pem);
  });

  it('reads a zip and a gzip file inside a tar one level deep, and a tar inside a zip', () => {
    const t = tar({ 'app.jar': makeZip([{ name: 'config/tls.key', data: pem }]), 'id.pem.gz': gzipSync(pem) });
    expect(contents(t, 'release.tar').entries.sort()).toEqual([
      ['app.jar!/config/tls.key', pem],
      ['id.pem.gz!/id.pem', pem],
    ]);
    const zip = makeZip([{ name: 'backup/home.tar', data: tar({ '.ssh/id_ecdsa': pem }) }]);
    expect(contents(zip, 'bundle.zip')).toEqual({ entries: [['backup/home.tar!/.ssh/id_ecdsa', pem]], skipped: 0 });
  });

  it('charges its files to the budget: what does not fit is counted, and the tar is no longer whole', () => {
    const t = tar({ 'a.key': pem, 'b.bin': Buffer.alloc(ARCHIVE_BUDGET), 'c.key': pem });
    const r = readArchive(t, 'big.tar');
    expect(r.entries.map((e) => e.path)).toEqual(['a.key', 'c.key']);
    expect([r.skipped, r.whole]).toEqual([1, false]);
  });

  it('counts a damaged header as not read', () => {
    const t = tar({ 'a.txt': 'first\n', 'b.pem': pem });
    t.write('garbage', 512 * 2 + 10, 'latin1'); // b.pem's header, its name field
    const r = readArchive(t, 'cut.tar');
    expect(r.entries.map((e) => e.path)).toEqual(['a.txt']);
    expect([r.skipped, r.whole]).toEqual([1, false]);
  });
});
