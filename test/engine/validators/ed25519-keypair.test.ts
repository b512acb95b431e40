import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base58Encode } from '../../../src/engine/validators/base58check.js';
import { ed25519Keypair, ed25519PublicKey } from '../../../src/engine/validators/ed25519-keypair.js';

const seed = createHash('sha256').update('solana-test-seed').digest();
const keypair = Buffer.concat([seed, ed25519PublicKey(seed)]);

describe('ed25519-keypair', () => {
  it('derives the RFC 8032 test vector 1 public key', () => {
    const sk = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
    expect(ed25519PublicKey(sk).toString('hex')).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
  });

  it('accepts a keypair as a JSON array (id.json), a bare list or base58', () => {
    expect(ed25519Keypair(JSON.stringify([...keypair]))).toBe(true);
    expect(ed25519Keypair([...keypair].join(', '))).toBe(true);
    expect(ed25519Keypair(base58Encode(keypair))).toBe(true);
  });

  it('rejects 64 bytes whose second half is not the seed’s public key', () => {
    const bad = Buffer.from(keypair);
    bad[40]! ^= 1;
    expect(ed25519Keypair(JSON.stringify([...bad]))).toBe(false);
    expect(ed25519Keypair(base58Encode(bad))).toBe(false);
    expect(ed25519Keypair(JSON.stringify([...keypair.subarray(0, 32)]))).toBe(false);
    expect(ed25519Keypair(`[${Array(64).fill(300).join(',')}]`)).toBe(false);
  });
});
