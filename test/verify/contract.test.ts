/**
 * Contract tests: every built-in verifier, run against its provider's loopback fake, sends the
 * documented request (the fake only answers documented methods and paths, and reads the
 * credential only where the provider's reference says it travels), reads a bad key as dead and
 * a key the fake accepts as live, with the identity its verify block names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_FAKES } from '../servers/providers/index.js';
import { startFakes, type ProviderFake } from '../servers/provider-fake.js';
import { builtinVerify, findingsIn, verifyIn, YAML_RULES } from './helpers.js';

/**
 * Text that must stand near a rule's example for its multi-part check: the other half of the
 * credential, generated fake values in the provider's format.
 */
export const PART_SAMPLES: Record<string, string[]> = {
  'twilio-auth-token': ['TWILIO_ACCOUNT_SID=AC49be3fc0204190f9451c6ca307b15912'],
  'twilio-api-key-secret': ['TWILIO_API_KEY=SK4f8c961e0d5bc3408595d1a3eba95dea'],
  'cloudflare-global-api-key': ['CLOUDFLARE_EMAIL=ops@acme.dev'],
  'cloudflare-global-api-key-legacy': ['CLOUDFLARE_EMAIL=ops@acme.dev'],
  'okta-api-token': ['OKTA_ORG_URL=https://acme.okta.com'],
  'shopify-access-token': ['SHOPIFY_SHOP=acme.myshopify.com'],
  'shopify-custom-app-token': ['SHOPIFY_SHOP=acme.myshopify.com'],
  'shopify-private-app-token': ['SHOPIFY_SHOP=acme.myshopify.com'],
  'algolia-admin-api-key': ['ALGOLIA_APP_ID=LATENCY1A2'],
};

/** Checked against moto_server (test/verify/aws-sts.test.ts), not a route table. */
const NOT_FAKED = new Set(['aws']);

const data = builtinVerify();
const verified = Object.keys(data.verifiers).sort();
const faked = verified.filter((id) => !NOT_FAKED.has(data.verifiers[id]!.provider));

let fakes: Map<string, ProviderFake>;
let env: string;

beforeAll(async () => {
  const started = await startFakes(Object.values(PROVIDER_FAKES));
  fakes = new Map(started.fakes.map((f) => [f.spec.provider, f]));
  env = started.env;
});
afterAll(async () => {
  await Promise.all([...fakes.values()].map((f) => f.stop()));
});

describe('built-in verifiers', () => {
  it('cover at least 60 rules', () => {
    expect(verified.length).toBeGreaterThanOrEqual(60);
  });

  it('each name a provider that has a loopback fake', () => {
    const missing = faked.filter((id) => !PROVIDER_FAKES[data.verifiers[id]!.provider]);
    expect(missing).toEqual([]);
  });

  for (const id of faked) {
    it(`${id}: sends the documented request; dead when refused, live when accepted`, async () => {
      const spec = data.verifiers[id]!;
      const fake = fakes.get(spec.provider)!;
      const rule = YAML_RULES.find((r) => r.id === id)!;
      const text = [rule.examples[0]!, ...(PART_SAMPLES[id] ?? [])].join('\n');
      const { findings, base } = findingsIn(text);
      // The first finding only: an example may hold more than one key.
      const mine = findings.filter((f) => f.ruleId === id).slice(0, 1);
      expect(mine.length, 'the example yields a finding').toBeGreaterThan(0);
      const secret = mine[0]!.secret;

      fake.requests.length = 0;
      await verifyIn(mine, base, env);
      const first = mine[0]!.verification!;
      // A rejection some providers give a key of another region too is `unknown`, with a note.
      if (spec.response?.unknown && first.status === 'unknown') expect(first.detail).toMatch(/\(HTTP \d+\)$/);
      else expect(first.status, first.detail).toBe('dead');
      expect(fake.requests).toHaveLength(1);
      const sent = fake.requests[0]!;
      expect(sent.route, `${sent.method} ${sent.path} is a documented endpoint`).toBeDefined();
      expect(sent.credential, 'the credential travels where the provider documents it').toBeDefined();
      // The credential is the secret, or holds it (with its other part), or is read from it
      // (a webhook URL's id and token).
      expect(sent.credential!.includes(secret) || secret.includes(sent.credential!)).toBe(true);

      fake.accept(sent.credential!);
      const again = findingsIn(text);
      const live = again.findings.filter((f) => f.ruleId === id).slice(0, 1);
      await verifyIn(live, again.base, env);
      const v = live[0]!.verification!;
      expect(v.status, v.detail).toBe('live');
      if (spec.response?.identity) expect(v.identity).toBeTruthy();
      expect(fake.requests).toHaveLength(2);
      expect(fake.requests[1]!.route).toBe(sent.route);
      fake.revoke(sent.credential!);
    });
  }
});
