import { describe, expect, it } from 'vitest';
import { isPrivateKeyBlob, msKeyBlobBase64, pvkContents } from '../../../src/engine/validators/ms-key-blob.js';
import { pvk, rsaKeyBlobs } from '../../helpers/ms-key-blob.js';

describe('Microsoft key blobs', () => {
  const { privateBlob, publicBlob } = rsaKeyBlobs();

  it('takes a strong-name key pair whose primes make its modulus', () => {
    expect(isPrivateKeyBlob(privateBlob)).toBe(true);
    expect(msKeyBlobBase64(privateBlob.toString('base64'))).toBe(true);
    // Wrapped at 76 columns in a YAML block, as base64 tools write it.
    const wrapped = privateBlob.toString('base64').replace(/(.{76})/g, '$1\n      ');
    expect(msKeyBlobBase64(wrapped)).toBe(true);
  });

  it('turns down the public half, a damaged prime and a cut-off blob', () => {
    expect(msKeyBlobBase64(publicBlob.toString('base64'))).toBe(false);
    const damaged = Buffer.from(privateBlob);
    damaged[20 + 128 + 5] = damaged[20 + 128 + 5]! ^ 1; // a byte of prime1
    expect(isPrivateKeyBlob(damaged)).toBe(false);
    expect(isPrivateKeyBlob(privateBlob.subarray(0, privateBlob.length - 200))).toBe(false);
  });

  it('reads a PVK file: a key in the clear, or sealed under a password at low confidence', () => {
    expect(pvkContents(pvk(privateBlob))).toBe('plain-key');
    expect(msKeyBlobBase64(pvk(privateBlob).toString('base64'))).toBe(true);
    const sealed = pvk(privateBlob, { sealed: true });
    expect(pvkContents(sealed)).toBe('sealed');
    expect(msKeyBlobBase64(sealed.toString('base64'))).toEqual({
      confidence: 'low',
      reasons: ['the PVK key is sealed under a password'],
    });
    expect(pvkContents(pvk(publicBlob))).toBeUndefined();
  });
});
