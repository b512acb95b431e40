import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { base64Spellings } from '../../src/engine/base64-keywords.js';
import { maskedLine, secretSpans } from '../../src/report/redact.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { githubRule } from '../helpers/rules.js';

const keys = new FakeKeys('decoders');
const gh = githubRule;
const engine = new Engine([gh]);

describe('base64Spellings', () => {
  it('agrees with Buffer base64 for every alignment', () => {
    for (const kw of ['ghp_', 'AKIA', 'sk_live_', 'password', 'xoxb-', '-----BEGIN']) {
      const spellings = base64Spellings(kw);
      for (const prefix of ['', 'x', 'xy']) {
        for (const suffix of ['', 'z', 'zz', 'zzz']) {
          const enc = Buffer.from(`${prefix}${kw}${suffix}`).toString('base64');
          const url = Buffer.from(`${prefix}${kw}${suffix}`).toString('base64url');
          expect(
            spellings.some((sp) => enc.includes(sp) || url.includes(sp)),
            `${prefix}|${kw}|${suffix}`,
          ).toBe(true);
        }
      }
    }
  });

  it('finds the keyword inside base64 at every alignment', () => {
    const spellings = base64Spellings('password');
    for (const prefix of ['', 'a', 'ab']) {
      const enc = Buffer.from(`${prefix}password=hunter2`).toString('base64');
      expect(
        spellings.some((s) => enc.includes(s)),
        prefix,
      ).toBe(true);
    }
  });
});

describe('decoders', () => {
  it('finds a token inside base64 (a Kubernetes Secret) and points at the encoded text', () => {
    const tok = keys.github();
    const encoded = Buffer.from(`GITHUB_TOKEN=${tok}\n`).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  env: ${encoded}\n`;
    const m = engine.scan(Buffer.from(text));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ ruleId: 'gh', secret: tok, line: 4, column: 8, decodedFrom: 'base64' });
    expect(m[0]!.window.bytes).toBe(`  env: ${encoded}`);
    expect(maskedLine(m[0]!.window, secretSpans(m))).toBe('  env: [encoded]');
  });

  it('finds a token in base64url', () => {
    const tok = keys.github();
    const url = Buffer.from(`{"t":"${tok}"}`).toString('base64url');
    expect(engine.scan(Buffer.from(`x=${url}`))[0]).toMatchObject({ secret: tok, decodedFrom: 'base64' });
  });

  // Keyword spellings find the first layer; inside decoded text any base64 run is tried. So a
  // document that names the provider and carries an encoded value (a Docker config inside a
  // Kubernetes Secret) is found two layers down, and a blind double encoding is not.
  const nested = (tok: string): string =>
    Buffer.from(`{"ghp_token": "${Buffer.from(`token ${tok}`).toString('base64')}"}`).toString('base64');

  it('finds a token two layers down', () => {
    const tok = keys.github();
    expect(engine.scan(Buffer.from(`x=${nested(tok)}`))[0]).toMatchObject({
      secret: tok,
      decodedFrom: 'base64>base64',
    });
  });

  it('stops at the depth limit', () => {
    const tok = keys.github();
    expect(new Engine([gh], { decodeDepth: 1 }).scan(Buffer.from(`x=${nested(tok)}`))).toEqual([]);
    const once = Buffer.from(`token ${tok}`).toString('base64');
    expect(new Engine([gh], { decodeDepth: 1 }).scan(Buffer.from(`x=${once}`))).toHaveLength(1);
    expect(new Engine([gh], { decodeDepth: 0 }).scan(Buffer.from(`x=${once}`))).toEqual([]);
  });

  it('finds a token hidden with \\u escapes and with percent-encoding', () => {
    const tok = keys.github();
    const escaped = [...tok].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    expect(engine.scan(Buffer.from(`const t = "${escaped}";`))[0]).toMatchObject({
      secret: tok,
      decodedFrom: 'escape',
    });
    const pct = `token%3D${tok}%26x%3D1`;
    // Raw, the token is glued to "3D" and fails its word boundary; decoded, it stands alone.
    const m = engine.scan(Buffer.from(`GET /?q=${pct}`));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ secret: tok, decodedFrom: 'percent' });
    // Found both raw and after decoding, it is one finding, not two.
    const both = engine.scan(Buffer.from(`a=%22x%22 ${tok}`));
    expect(both).toHaveLength(1);
    expect(both[0]!.decodedFrom).toBeUndefined();
  });

  it('ignores base64 that decodes to binary', () => {
    const blob = Buffer.concat([
      Buffer.from('ghp_'),
      Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256)),
    ]).toString('base64');
    expect(engine.scan(Buffer.from(`data:image/png;base64,${blob}`))).toEqual([]);
  });
});

describe('decoders and generic rules', () => {
  it('reports the provider token inside a base64 value that a generic rule also matched raw', () => {
    const generic: RuleSpec = {
      id: 'generic-value',
      name: 'Generic',
      severity: 'medium',
      tags: ['generic'],
      keywords: ['token'],
      pattern: 'token: (\\S{20,})',
      examples: [],
      counterExamples: [],
    };
    const tok = keys.github();
    const enc = Buffer.from(`GITHUB_TOKEN=${tok}`).toString('base64');
    const m = new Engine([gh, generic]).scan(Buffer.from(`data:\n  token: ${enc}\n`));
    expect(m.map((x) => [x.ruleId, x.decodedFrom])).toEqual([['gh', 'base64']]);
  });
});
