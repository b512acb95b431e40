import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assessChecksumMismatch } from '../../src/engine/checksum-mismatch.js';
import { CHECKSUM_MISMATCH_REASON } from '../../src/engine/types.js';
import { bech32Encode } from '../../src/engine/validators/bech32.js';
import { base58checkEncode } from '../../src/engine/validators/base58check.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { scan } from '../helpers/builtin-scan.js';

const keys = new FakeKeys('checksum-mismatch');

/** `token` with one character of its checksum changed (within the same alphabet). */
function lastChanged(token: string, from = 'ab'): string {
  const last = token.at(-1)!;
  return token.slice(0, -1) + (last === from[0] ? from[1] : from[0]);
}

function found(text: string, path = 'deploy/.env'): { ruleId: string; confidence: string; reasons?: string[] }[] {
  return scan(text, path).map((m) => ({
    ruleId: m.ruleId,
    confidence: m.confidence,
    ...(m.reasons ? { reasons: m.reasons } : {}),
  }));
}

/** A Private Packagist token: its checksum is the CRC32 of the prefix and the random part, in hex. */
function packagist(random60: string): string {
  const head = `packagist_ort_${random60}`;
  return `${head}${crc32(head).toString(16).padStart(8, '0')}`;
}

const lowWithReason = (ruleId: string) => [{ ruleId, confidence: 'low', reasons: [CHECKSUM_MISMATCH_REASON] }];

describe('tokens whose checksum fails', () => {
  it('are reported at low confidence with the reason, under every rule whose format has a checksum', () => {
    const bytes = Buffer.from(keys.chars(32, '0123456789abcdef'), 'latin1');
    const cases: [string, string, string][] = [
      ['github-pat-classic', 'GITHUB_TOKEN=', lastChanged(keys.github('ghp_'))],
      ['github-oauth-access-token', 'token: ', lastChanged(keys.github('gho_'))],
      ['github-app-user-token', 'token: ', lastChanged(keys.github('ghu_'))],
      ['github-app-installation-token', 'token: ', lastChanged(keys.github('ghs_'))],
      ['npm-access-token', 'NPM_TOKEN=', lastChanged(keys.npm())],
      ['matrix-synapse-token', 'MATRIX_TOKEN=', lastChanged(keys.matrixSynapse())],
      ['packagist-org-read-token', 'PACKAGIST_TOKEN=', lastChanged(packagist(keys.chars(60, '0123456789abcdef')))],
      ['nostr-private-key', 'NOSTR_NSEC=', lastChanged(bech32Encode('nsec', bytes), 'qp')],
      ['age-secret-key', 'SOPS_AGE_KEY=', lastChanged(bech32Encode('AGE-SECRET-KEY-', bytes).toUpperCase(), 'QP')],
    ];
    for (const [ruleId, lead, token] of cases)
      expect(found(`${lead}${token}\n`), ruleId).toEqual(lowWithReason(ruleId));
  });

  it('keep high confidence and no reason when the checksum holds', () => {
    expect(found(`GITHUB_TOKEN=${keys.github()}\n`)).toEqual([{ ruleId: 'github-pat-classic', confidence: 'high' }]);
    expect(found(`NPM_TOKEN=${keys.npm()}\n`)).toEqual([{ ruleId: 'npm-access-token', confidence: 'high' }]);
  });

  it('are reported in tests and docs too, still at low confidence', () => {
    const bad = keys.githubBadChecksum();
    expect(found(`const token = "${bad}";\n`, 'test/client.test.ts')).toEqual(lowWithReason('github-pat-classic'));
    expect(found(`Set \`GITHUB_TOKEN=${bad}\`.\n`, 'docs/setup.md')).toEqual(lowWithReason('github-pat-classic'));
  });

  it('stay dropped when typed after the prefix: a counting run, filler, a marked stand-in', () => {
    for (const typed of [
      'ghp_1234567890abcdefghijklmnopqrstuvwxyz',
      'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'ghp_ababababababababababababababababab12',
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ghp_EXAMPLEtokenNOTrealQ2w9ZkR7mT4vYp3L',
      'npm_0101010101010101010101010101010101ab',
    ])
      expect(found(`TOKEN=${typed}\n`), typed).toEqual([]);
  });

  it('stay dropped outside the documented shape', () => {
    // 37 characters after ghp_: a longer token than GitHub issues today, and no checksum to show it is one.
    const longer = `ghp_${keys.chars(37, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
    expect(found(`GITHUB_TOKEN=${longer}\n`)).toEqual([]);
  });

  it('stay dropped without a prefix that names the provider by itself (NATS seeds, WIF keys)', () => {
    const seed = keys.natsSeed();
    const flipped = seed.slice(0, 20) + (seed[20] === 'A' ? 'B' : 'A') + seed.slice(21);
    expect(found(`NATS_SEED=${flipped}\n`)).toEqual([]);
    const wif = base58checkEncode(Buffer.concat([Buffer.from([0x80]), Buffer.alloc(32, 7), Buffer.from([1])]));
    const editedWif = wif.slice(0, 30) + (wif[30] === 'a' ? 'b' : 'a') + wif.slice(31);
    expect(found(`bitcoin wif: ${wif}\n`).map((f) => f.confidence)).toEqual(['high']);
    expect(found(`bitcoin wif: ${editedWif}\n`)).toEqual([]);
  });
});

describe('assessChecksumMismatch', () => {
  const token = 'ghp_Zx9qe6oEv37BDhXGFKf6bie2Y7oav82V7yL9';

  it('needs a keyword of at least four characters that the value opens with', () => {
    expect(assessChecksumMismatch(token, ['ghp_'], undefined)).toEqual({
      confidence: 'low',
      reasons: [CHECKSUM_MISMATCH_REASON],
    });
    expect(assessChecksumMismatch(token, ['gh'], undefined)).toBeUndefined();
    expect(assessChecksumMismatch(token, ['github'], undefined)).toBeUndefined();
  });

  it('needs the documented shape when the rule states one', () => {
    expect(assessChecksumMismatch(token, ['ghp_'], /^ghp_[0-9A-Za-z]{36}$/)).toBeDefined();
    expect(assessChecksumMismatch(`${token}Q`, ['ghp_'], /^ghp_[0-9A-Za-z]{36}$/)).toBeUndefined();
  });
});
