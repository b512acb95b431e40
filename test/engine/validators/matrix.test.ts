import { describe, expect, it } from 'vitest';
import { getValidator } from '../../../src/engine/validators/index.js';
import { makeMatrixSynapseToken, matrixSynapseToken } from '../../../src/engine/validators/matrix.js';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { CHECKSUM_MISMATCH } from '../../../src/engine/types.js';

const keys = new FakeKeys('matrix-validator');

describe('matrixSynapseToken', () => {
  it('is registered by name', () => {
    expect(getValidator('matrix-synapse-crc32')).toBe(matrixSynapseToken);
  });

  it('accepts access and refresh tokens whose CRC32 matches', () => {
    expect(matrixSynapseToken(keys.matrixSynapse('syt_'))).toBe(true);
    expect(matrixSynapseToken(keys.matrixSynapse('syr_'))).toBe(true);
    // localparts whose URL-safe base64 holds '-' (Pj8-fg) or '_' (Pz4_), the part separator
    expect(matrixSynapseToken(makeMatrixSynapseToken('syt_', '>?>~', 'abcdefghijABCDEFGHIJ'))).toBe(true);
    expect(matrixSynapseToken(makeMatrixSynapseToken('syt_', '?>?', 'abcdefghijABCDEFGHIJ'))).toBe(true);
  });

  it('rejects a changed checksum, a changed body and other shapes', () => {
    const token = keys.matrixSynapse();
    const last = token.at(-1) === 'a' ? 'b' : 'a';
    expect(matrixSynapseToken(token.slice(0, -1) + last)).toBe(CHECKSUM_MISMATCH);
    expect(matrixSynapseToken(token.replace(/^syt_./, 'syt_Z'))).toBe(CHECKSUM_MISMATCH);
    expect(matrixSynapseToken(token.replace(/^syt_/, 'sys_'))).toBe(false);
    expect(matrixSynapseToken(`${token}x`)).toBe(false);
    expect(() => makeMatrixSynapseToken('syt_', 'bot', 'short')).toThrow();
  });
});
