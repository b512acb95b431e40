/**
 * What tokguard says it can do at each provider matches what it does: every rule the issuer
 * registry names is a built-in rule with a verifier, at least ten providers beyond AWS and Vault
 * can revoke, every documented call cites an https reference, and `tokguard rules --format json`
 * exposes verify, revoke and reissue per rule.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { ISSUERS, PROVIDER_ISSUER_TYPES } from '../../../src/rotate/issuers/registry.js';
import { makeIssuer } from '../../../src/rotate/adapters/index.js';
import type { IssuerConfig } from '../../../src/rotate/config.js';
import { builtinVerify, YAML_RULES } from '../../verify/helpers.js';

describe('the issuer registry', () => {
  it('names built-in rules that have verifiers, with https references for every call', () => {
    const verifiers = builtinVerify().verifiers;
    const ids = new Set(YAML_RULES.map((r) => r.id));
    for (const info of Object.values(ISSUERS)) {
      for (const rule of info.rules) expect(ids.has(rule), `${info.type}: ${rule} is a built-in rule`).toBe(true);
      // Vault has no public host to verify against; every provider issuer's rules can be verified.
      if ((PROVIDER_ISSUER_TYPES as readonly string[]).includes(info.type))
        for (const rule of info.rules) expect(verifiers[rule], `${info.type}: ${rule} has a verifier`).toBeDefined();
      for (const c of [info.revoke, info.reissue, info.verify]) if (c) expect(c.docs).toMatch(/^https:\/\//);
    }
  });

  it('has at least ten providers besides AWS and Vault that revoke through their API', () => {
    const revocable = PROVIDER_ISSUER_TYPES.filter((t) => ISSUERS[t]!.can.revoke);
    expect(revocable.length).toBeGreaterThanOrEqual(10);
  });

  it('declares what each issuer implements, and each implements what it declares', () => {
    for (const type of PROVIDER_ISSUER_TYPES) {
      const i = makeIssuer({ type, timeoutMs: 1000 } as unknown as IssuerConfig);
      expect(i.can).toEqual(ISSUERS[type]!.can);
      if (i.can.revoke) expect(typeof i.deleteOld, `${type}.deleteOld`).toBe('function');
      if (i.can.verify) expect(typeof i.verify, `${type}.verify`).toBe('function');
      if (i.can.reissue) expect(typeof i.issue, `${type}.issue`).toBe('function');
      else expect(typeof i.admit, `${type}.admit checks a pasted credential`).toBe('function');
      expect(Boolean(i.issueOnce)).toBe(Boolean(ISSUERS[type]!.issueOnce));
    }
  });
});

describe('tokguard rules --format json', () => {
  it('says per rule how its keys are verified, revoked and reissued', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rules = JSON.parse(r.stdout) as {
      id: string;
      verify: { provider: string } | null;
      revoke: { issuer: string; call: string; docs: string } | null;
      reissue: { issuer: string; call?: string; manual?: string } | null;
    }[];
    const byId = new Map(rules.map((x) => [x.id, x]));
    expect(byId.get('github-pat-classic')).toMatchObject({
      verify: { provider: 'github' },
      revoke: {
        issuer: 'github',
        call: expect.stringMatching(/^POST https:\/\/api\.github\.com\/credentials\/revoke/),
      },
      reissue: { issuer: 'github', manual: expect.stringMatching(/github\.com\/settings\/tokens/) },
    });
    expect(byId.get('gitlab-personal-access-token')!.reissue!.call).toMatch(/personal_access_tokens\/self\/rotate/);
    expect(byId.get('stripe-secret-key')).toMatchObject({ revoke: null, reissue: null });
    const providers = new Set(rules.filter((x) => x.revoke).map((x) => x.revoke!.issuer));
    expect(providers.size).toBeGreaterThanOrEqual(12);
  });
});
