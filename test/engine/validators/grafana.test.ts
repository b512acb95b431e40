import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import {
  grafanaCloudToken,
  grafanaLegacyApiKey,
  grafanaServiceAccountToken,
} from '../../../src/engine/validators/grafana.js';
import { getValidator } from '../../../src/engine/validators/index.js';
import { CHECKSUM_MISMATCH } from '../../../src/engine/types.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

function glsa(random32: string): string {
  const le = Buffer.alloc(4);
  le.writeUInt32LE(crc32(`glsa_${random32}`));
  return `glsa_${random32}_${le.toString('hex')}`;
}

describe('grafana validators', () => {
  it('are registered by name', () => {
    expect(getValidator('grafana-sa-crc32')).toBeTypeOf('function');
    expect(getValidator('grafana-cloud-token')).toBeTypeOf('function');
    expect(getValidator('grafana-legacy-api-key')).toBeTypeOf('function');
  });

  it('grafana service account tokens carry a little-endian CRC32 of the prefix and random part', () => {
    const good = glsa('pqqBf44s96kn8TTlk56KINm2F4jwH72Y');
    expect(grafanaServiceAccountToken(good)).toBe(true);
    // Grafana's own format: crc32("glsa_<random>") as LE bytes in hex.
    expect(grafanaServiceAccountToken('glsa_pqqBf44s96kn8TTlk56KINm2F4jwH72Y_00000000')).toBe(CHECKSUM_MISMATCH);
    const flipped = good.slice(0, 6) + (good[6] === 'a' ? 'b' : 'a') + good.slice(7);
    expect(grafanaServiceAccountToken(flipped)).toBe(CHECKSUM_MISMATCH);
    expect(grafanaServiceAccountToken('glsa_short_0a1b2c3d')).toBe(false);
  });

  it('grafana cloud tokens are base64 JSON naming an org and a key', () => {
    expect(
      grafanaCloudToken(
        'glc_' + b64({ o: '1225371', n: 'stack-writer', k: '7589C1KM8vLTVNyQ33O86JRW', m: { r: 'prod-us-east-0' } }),
      ),
    ).toBe(true);
    expect(grafanaCloudToken('glc_' + b64({ n: 'no-key' }))).toBe(false);
    expect(grafanaCloudToken('glc_bm90IGpzb24gYXQgYWxsLCBqdXN0IHRleHQ=')).toBe(false);
  });

  it('legacy grafana API keys are base64 JSON with k, n and id', () => {
    expect(grafanaLegacyApiKey(b64({ k: 'Xv1WsQ9bT0m3Lp7Zr5Yc2Nd8Hk4Jf6Ge', n: 'deploy', id: 1 }))).toBe(true);
    expect(grafanaLegacyApiKey(b64({ k: 'short', n: 'deploy', id: 1 }))).toBe(false);
    expect(grafanaLegacyApiKey(b64({ k: 'Xv1WsQ9bT0m3Lp7Zr5Yc2Nd8Hk4Jf6Ge' }))).toBe(false);
  });
});
