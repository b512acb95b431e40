/**
 * The safety rules of verification that hold below the CLI: HTTPS only with certificates
 * checked, no redirect to another host, a secret only on its provider's hosts, per-host limits,
 * Retry-After, timeouts per request and per run, and clear reasons for every `unknown`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEndpoints } from '../../src/verify/endpoints.js';
import { HttpClient, HttpFailure } from '../../src/verify/http.js';
import { buildUrl, hostAllowed, UnsafeRequest } from '../../src/verify/template.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { ProviderFake } from '../servers/provider-fake.js';
import { github } from '../servers/providers/github.js';
import { findingsIn, verifyIn } from './helpers.js';

const keys = new FakeKeys('verify-safety');
let gh: ProviderFake;
let other: ProviderFake;

beforeAll(async () => {
  gh = await new ProviderFake(github).start();
  other = await new ProviderFake({ ...github, provider: 'other', hosts: ['api.other.example'] }).start();
});
afterAll(async () => {
  await gh.stop();
  await other.stop();
});
afterEach(() => {
  gh.requests.length = 0;
  other.requests.length = 0;
  gh.maxInFlight = 0;
});

function tokens(n: number): { text: string; list: string[] } {
  const list = Array.from({ length: n }, () => keys.github());
  return { text: list.map((t, i) => `TOKEN_${i}=${t}`).join('\n'), list };
}

describe('where a secret may go', () => {
  const mailchimp = { name: 'Mailchimp', hosts: ['${dc}.api.mailchimp.com'], docs: 'https://mailchimp.com/developer/' };

  it('builds only https URLs on the provider’s declared hosts', () => {
    expect(buildUrl('https://${dc}.api.mailchimp.com/3.0/', { dc: 'us6' }, mailchimp).href).toBe(
      'https://us6.api.mailchimp.com/3.0/',
    );
    expect(() => buildUrl('http://${dc}.api.mailchimp.com/3.0/', { dc: 'us6' }, mailchimp)).toThrow(UnsafeRequest);
    // A value from the scanned text cannot move the request to another host.
    for (const dc of ['evil.example/x?', 'evil.example#', 'a.b', 'us6:8443', '']) {
      expect(() => buildUrl('https://${dc}.api.mailchimp.com/3.0/', { dc }, mailchimp), dc).toThrow(UnsafeRequest);
    }
    expect(hostAllowed('us6.api.mailchimp.com', mailchimp)).toBe(true);
    expect(hostAllowed('evil.com.api.mailchimp.com', mailchimp)).toBe(false);
    expect(hostAllowed('api.mailchimp.com.evil.example', mailchimp)).toBe(false);
  });

  it('URL-encodes values in the path, so they cannot add path segments or a query', () => {
    const provider = { name: 'Telegram', hosts: ['api.telegram.org'], docs: 'https://core.telegram.org/bots/api' };
    const url = buildUrl('https://api.telegram.org/bot${secret}/getMe', { secret: '1:a/../../x?y=1#z' }, provider);
    expect(url.hostname).toBe('api.telegram.org');
    expect(url.pathname).toBe('/bot1:a%2F..%2F..%2Fx%3Fy=1%23z/getMe');
    expect(url.search).toBe('');
  });

  it('sends nothing over plain http', async () => {
    const client = new HttpClient({ endpoints: parseEndpoints(undefined), userAgent: 't' });
    await expect(
      client.send({ method: 'GET', url: new URL('http://api.github.com/user'), headers: {} }, 1000),
    ).rejects.toThrow(/not an https URL/);
    client.close();
  });

  it('contacts no unmapped host once TOKGUARD_ENDPOINTS is set', async () => {
    const { findings, base } = findingsIn(`GITHUB_TOKEN=${keys.github()}\n`);
    await verifyIn(findings, base, other.endpoints().join(','));
    expect(findings[0]!.verification).toMatchObject({
      status: 'unknown',
      detail: 'not sent: api.github.com is not mapped by TOKGUARD_ENDPOINTS',
    });
    expect(other.requests).toHaveLength(0);
  });

  it('follows no redirect to another host (and a same-host one only)', async () => {
    const t = keys.github();
    gh.accept(t, { login: 'octo' });
    gh.fault({ kind: 'redirect', location: `${other.url}/user` });
    const { findings, base } = findingsIn(`GITHUB_TOKEN=${t}\n`);
    await verifyIn(findings, base, gh.endpoints().join(','));
    expect(findings[0]!.verification).toMatchObject({
      status: 'unknown',
      detail: 'redirected (HTTP 302) to another host, not followed',
    });
    expect(other.requests).toHaveLength(0);

    gh.fault({ kind: 'redirect', status: 307, location: '/user' });
    const again = findingsIn(`GITHUB_TOKEN=${t}\n`);
    await verifyIn(again.findings, again.base, gh.endpoints().join(','));
    expect(again.findings[0]!.verification).toMatchObject({ status: 'live', identity: 'octo' });
  });
});

describe('certificates', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const dir = tempDir('tokguard-tls-');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ]),
      { stdio: 'ignore' },
    );
    server = createHttpsServer(
      { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
      (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"login":"mallory"}'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('rejects a certificate it cannot verify, even with NODE_TLS_REJECT_UNAUTHORIZED=0', async () => {
    vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0');
    const { findings, base } = findingsIn(`GITHUB_TOKEN=${keys.github()}\n`);
    await verifyIn(findings, base, `api.github.com=${url}`);
    expect(findings[0]!.verification?.status).toBe('unknown');
    expect(findings[0]!.verification?.detail).toMatch(
      /^TLS certificate rejected \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)$/,
    );
  });
});

describe('limits', () => {
  it('keeps at most the provider’s concurrency in flight per host', async () => {
    const { text, list } = tokens(6);
    for (const t of list) gh.accept(t);
    gh.fault({ kind: 'slow', ms: 600 }, 6);
    const { findings, base } = findingsIn(text);
    const summary = await verifyIn(findings, base, gh.endpoints().join(','));
    expect(gh.requests).toHaveLength(6);
    expect(summary.live).toBe(6);
    expect(gh.maxInFlight).toBe(2); // GitHub's declared limit (rules/github.yaml)
  });

  it('waits out a 429’s Retry-After, then asks again', async () => {
    const t = keys.github();
    gh.accept(t, { login: 'octo' });
    gh.fault({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    const { findings, base } = findingsIn(`GITHUB_TOKEN=${t}\n`);
    await verifyIn(findings, base, gh.endpoints().join(','));
    expect(findings[0]!.verification).toMatchObject({ status: 'live', identity: 'octo' });
    expect(gh.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('gives up on a Retry-After longer than allowed, and after a bounded number of 429s', async () => {
    gh.fault({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const long = findingsIn(`GITHUB_TOKEN=${keys.github()}\n`);
    await verifyIn(long.findings, long.base, gh.endpoints().join(','));
    expect(long.findings[0]!.verification).toMatchObject({
      status: 'unknown',
      detail: 'rate limited (HTTP 429, Retry-After 3600 s is longer than the wait allowed)',
    });
    expect(gh.requests).toHaveLength(1);

    gh.requests.length = 0;
    gh.fault({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, 5);
    const many = findingsIn(`GITHUB_TOKEN=${keys.github()}\n`);
    await verifyIn(many.findings, many.base, gh.endpoints().join(','));
    expect(many.findings[0]!.verification?.detail).toBe('rate limited (HTTP 429, still after 3 tries)');
    expect(gh.requests).toHaveLength(3);
    gh.fault({ kind: 'slow', ms: 0 }, 0);
  });

  it('times out a slow request', async () => {
    gh.fault({ kind: 'slow', ms: 3000 });
    const { findings, base } = findingsIn(`GITHUB_TOKEN=${keys.github()}\n`);
    await verifyIn(findings, base, gh.endpoints().join(','), { timeoutMs: 200 });
    expect(findings[0]!.verification).toMatchObject({ status: 'unknown', detail: 'timeout after 0.2 s' });
  });

  it('stops at the run time limit and says which secrets were not checked', async () => {
    const { text, list } = tokens(5);
    for (const t of list) gh.accept(t);
    gh.fault({ kind: 'slow', ms: 3000 }, 5);
    const { findings, base } = findingsIn(text);
    const summary = await verifyIn(findings, base, gh.endpoints().join(','), { maxTimeMs: 300 });
    expect(summary.unknown).toBe(5);
    for (const f of findings)
      expect(f.verification?.detail).toMatch(/^(run time limit reached|not checked: the run time limit was reached)$/);
    // Only the host's two slots were ever used: the rest never started.
    expect(gh.requests.length).toBeLessThanOrEqual(2);
  });

  it('says why when the network refuses', async () => {
    const closed = await new ProviderFake(github).start();
    const endpoints = closed.endpoints().join(',');
    await closed.stop();
    const { findings, base } = findingsIn(`GITHUB_TOKEN=${keys.github()}\n`);
    await verifyIn(findings, base, endpoints);
    expect(findings[0]!.verification).toMatchObject({ status: 'unknown', detail: 'network: connection refused' });
  });
});

describe('HttpFailure', () => {
  it('never carries the URL (some providers take the key in the path)', async () => {
    const client = new HttpClient({ endpoints: parseEndpoints(`api.telegram.org=${gh.url}`), userAgent: 't' });
    gh.fault({ kind: 'slow', ms: 2000 });
    const secretPath = '/bot123456:SECRETSECRET/getMe';
    const err = await client
      .send({ method: 'GET', url: new URL(`https://api.telegram.org${secretPath}`), headers: {} }, 100)
      .catch((e: unknown) => e);
    client.close();
    expect(err).toBeInstanceOf(HttpFailure);
    expect(String((err as Error).message)).not.toContain('SECRET');
  });
});
