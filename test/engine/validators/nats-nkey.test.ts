import { describe, expect, it } from 'vitest';
import { crc16Xmodem, natsNkeySeed } from '../../../src/engine/validators/nats-nkey.js';
import { getValidator } from '../../../src/engine/validators/index.js';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { CHECKSUM_MISMATCH } from '../../../src/engine/types.js';

const keys = new FakeKeys('nats-nkey-test');

describe('nats-nkey-seed validator', () => {
  it('is registered by name', () => {
    expect(getValidator('nats-nkey-seed')).toBe(natsNkeySeed);
  });

  it('computes CRC-16/XMODEM (check value of "123456789" is 0x31C3)', () => {
    expect(crc16Xmodem(Buffer.from('123456789'))).toBe(0x31c3);
  });

  it('accepts user, account and operator seeds with a valid CRC', () => {
    for (const role of ['U', 'A', 'O'] as const) {
      const seed = keys.natsSeed(role);
      expect(seed).toMatch(new RegExp(`^S${role}A[A-Z2-7]{55}$`));
      expect(natsNkeySeed(seed)).toBe(true);
    }
  });

  it('rejects a seed with one character changed, cut short, or in lower case', () => {
    const seed = keys.natsSeed();
    const flipped = seed.slice(0, 20) + (seed[20] === 'A' ? 'B' : 'A') + seed.slice(21);
    expect(natsNkeySeed(flipped)).toBe(CHECKSUM_MISMATCH);
    expect(natsNkeySeed(seed.slice(0, -1))).toBe(false);
    expect(natsNkeySeed(seed.toLowerCase())).toBe(false);
  });

  it('rejects upper-case base32 text that does not decode to the seed prefix', () => {
    expect(natsNkeySeed('SUA' + 'B'.repeat(55))).toBe(CHECKSUM_MISMATCH);
    expect(natsNkeySeed('UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4AA')).toBe(false);
  });
});
