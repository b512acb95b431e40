/**
 * Sources keep a key store file's bytes whole (src/engine/keystore-files.ts): the text runs of a
 * binary file would show nothing of a `.p12`. Through a whole worktree scan, a store committed
 * as a file and one packed in an archive are both found.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noSkips } from '../../src/report/scan-stats.js';
import { runScan } from '../../src/scan/pipeline.js';
import { fileToScan } from '../../src/sources/chunk.js';
import { pvk, rsaKeyBlobs } from '../helpers/ms-key-blob.js';
import { pfx } from '../helpers/pkcs12.js';
import { tempTree } from '../helpers/tmp.js';
import { makeZip } from '../helpers/zip.js';

const { privateBlob, publicBlob } = rsaKeyBlobs();

describe('key store files in sources', () => {
  it('keeps the bytes of a PKCS#12 file as they are, and only the text runs of another binary', () => {
    const file = pfx(['sealed', ['shrouded-key']]);
    expect(fileToScan(Buffer.from(file), 'a.p12', noSkips(), true)).toEqual(file);
    const other = Buffer.concat([Buffer.from([0x30, 0x82, 0, 0]), file.subarray(4)]);
    expect(fileToScan(Buffer.from(other), 'b.bin', noSkips(), true)).not.toEqual(other);
  });

  it('finds a .p12 in the tree, one inside a jar and a binary DER key', async () => {
    const dir = tempTree({
      'certs/client.p12': pfx(['sealed', ['shrouded-key']]),
      'lib/app.jar': makeZip([{ name: 'META-INF/keys/server.pfx', data: pfx([['certificate', 'key']]) }]),
      'certs/ca.p12': pfx([['certificate']]),
      // Bouncy Castle writes BER.
      'certs/bc.p12': pfx(['sealed', ['shrouded-key']], { ber: true }),
      // BER around DER parts.
      'certs/streamed.p12': pfx(['sealed', ['shrouded-key']], { berOuter: true }),
      // A key with a long chain: over 300 KB, as base64 over 400,000 characters.
      'certs/chain.pfx': pfx([[...Array<'certificate'>(800).fill('certificate'), 'shrouded-key']]),
      // A .NET strong-name key pair, and a code signing key as a PVK file, in the clear and sealed.
      'src/MyLib.snk': privateBlob,
      'signing/codesign.pvk': pvk(privateBlob),
      'signing/sealed.pvk': pvk(privateBlob, { sealed: true }),
      // Public halves only (`sn -p`): not keys.
      'src/MyLib.public.snk': publicBlob,
      'signing/public.pvk': pvk(publicBlob),
      // A key saved as binary DER, encrypted under a password.
      'keys/signing.p8': generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
        type: 'pkcs8',
        format: 'der',
        cipher: 'aes-256-cbc',
        passphrase: 'changeit',
      }),
      // A key saved as binary DER.
      'keys/signing.der': generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
        type: 'pkcs8',
        format: 'der',
      }),
    });
    mkdirSync(path.join(dir, '.git'));
    const out = await runScan({ target: dir, mode: 'worktree', threads: 0 });
    expect(out.findings.map((f) => [f.file, f.ruleId, f.confidence]).sort()).toEqual([
      ['certs/bc.p12', 'pkcs12-keystore-base64', 'medium'],
      ['certs/chain.pfx', 'pkcs12-keystore-base64', 'medium'],
      ['certs/client.p12', 'pkcs12-keystore-base64', 'medium'],
      ['certs/streamed.p12', 'pkcs12-keystore-base64', 'medium'],
      ['keys/signing.der', 'private-key-der-base64', 'high'],
      ['keys/signing.p8', 'private-key-encrypted-der-base64', 'high'],
      ['lib/app.jar!/META-INF/keys/server.pfx', 'pkcs12-keystore-base64', 'high'],
      ['signing/codesign.pvk', 'private-key-ms-blob-base64', 'high'],
      ['signing/sealed.pvk', 'private-key-ms-blob-base64', 'low'],
      ['src/MyLib.snk', 'private-key-ms-blob-base64', 'high'],
    ]);
  });
});
