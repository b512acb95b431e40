import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHECKSUM_MISMATCH_REASON } from '../../src/engine/types.js';
import { IdSet, parseState, serializeState, stateDigest, type StoredMatch } from '../../src/scan/state.js';

const match = (over: Partial<StoredMatch>): StoredMatch => ({
  ruleId: 'github-pat-classic',
  line: 3,
  column: 14,
  endLine: 3,
  endColumn: 54,
  secretHash: 'ab'.repeat(32),
  redacted: 'ghp_ZU********',
  lineText: 'GITHUB_TOKEN=ghp_ZU********',
  confidence: 'high',
  ...over,
});

describe('the stored matches of a --state file', () => {
  it('keep the reasons for a finding’s confidence, so a restored finding is the one first reported', () => {
    const blob = randomBytes(20).toString('hex');
    const matches = [
      match({ confidence: 'low', reasons: [CHECKSUM_MISMATCH_REASON] }),
      match({ line: 4, example: true, confidence: 'low' }),
      match({ line: 5 }),
    ];
    const bytes = serializeState({
      digest: stateDigest('rules', 1 << 20),
      complete: true,
      scanned: new IdSet(Buffer.from(blob, 'hex'), 20),
      matchedIds: new IdSet(Buffer.from(blob, 'hex'), 20),
      segments: [],
      added: new Map([[blob, { path: 'ci/.env', matches }]]),
      reported: new Set(),
    });
    expect(parseState(bytes).matched.get(blob)).toEqual({ path: 'ci/.env', matches });
  });
});
