/**
 * Contract tests: each provider issuer, run against its provider's loopback fake, sends exactly
 * the documented requests (the fake answers only documented methods and paths, and reads the
 * credential only where the reference says it travels), in the documented order, and leaves
 * the provider in the state the reference describes: the old credential dead, the new one live
 * and of the same owner.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { context, issuer, routes, run, useFakes } from './helpers.js';

const keys = new FakeKeys('issuer-contract');
const { fake } = useFakes();

describe('github', () => {
  it('owner from GET /user; a pasted token of the same login; revoke by unauthenticated POST /credentials/revoke', async () => {
    const gh = fake('github');
    const old = keys.github();
    const neu = keys.github();
    gh.accept(old, { login: 'octo-dev', scopes: 'repo' }).accept(neu, { login: 'octo-dev' });
    const i = issuer('github');
    const ctx = context(old, [neu]);
    const pre = await run(ctx, i.preflight(ctx));
    expect(pre.facts!.join('\n')).toMatch(/owned by octo-dev/);
    expect(ctx.state.oldLogin).toBe('octo-dev');
    const issued = await run(ctx, i.issue(ctx));
    expect(issued.parts.value).toBe(neu);
    expect((await i.verify(ctx, issued.parts)).ok).toBe(true);
    await i.deleteOld(ctx);
    expect(routes(gh)).toEqual(['GET /user', 'GET /user', 'GET /user', 'POST /credentials/revoke']);
    const revoke = gh.requests[3]!;
    expect(revoke.headers.authorization).toBeUndefined();
    expect(JSON.parse(revoke.body)).toEqual({ credentials: [old] });
    expect(revoke.status).toBe(202);
    expect(gh.isLive(old)).toBe(false);
    expect(gh.isLive(neu)).toBe(true);
  });

  it('refuses a pasted token of another login, and a dead one, before anything stores it', async () => {
    const gh = fake('github');
    const old = keys.github();
    const other = keys.github();
    gh.accept(old, { login: 'octo-dev' }).accept(other, { login: 'mallory' });
    const i = issuer('github');
    const ctx = context(old, [other]);
    await run(ctx, i.preflight(ctx));
    await expect(i.issue(ctx)).rejects.toThrow(/belongs to login mallory, not octo-dev/);
    const ctx2 = context(old, [keys.github()]);
    await run(ctx2, i.preflight(ctx2));
    await expect(i.issue(ctx2)).rejects.toThrow(/new token is rejected \(GET \/user answered 401\)/);
  });

  it('a leaked token already dead is reported so, and revoking it again still answers 202', async () => {
    const gh = fake('github');
    const old = keys.github();
    const i = issuer('github');
    const ctx = context(old);
    const pre = await run(ctx, i.preflight(ctx));
    expect(ctx.state.oldDead).toBe(true);
    expect(pre.facts!.join()).toMatch(/already dead \(GET \/user answered 401\)/);
    const r = await i.deleteOld(ctx);
    expect(r.note).toMatch(/202/);
    expect(gh.requests.at(-1)!.status).toBe(202);
  });

  it('422 (throttled) fails with the documented reason', async () => {
    const gh = fake('github');
    gh.fault({ kind: 'status', status: 422, json: { message: 'Validation Failed' } });
    const ctx = context(keys.github());
    await expect(issuer('github').deleteOld(ctx)).rejects.toThrow(
      /github: POST \/credentials\/revoke answered HTTP 422 \(Validation Failed\); validation failed or the endpoint is throttled/,
    );
  });
});

describe('gitlab', () => {
  it('rotates with the old token: one POST .../self/rotate, old revoked, new live for the same user', async () => {
    const gl = fake('gitlab');
    const old = keys.gitlabPat();
    gl.accept(old, { user_id: 42, name: 'deploy', scopes: ['api'] });
    const i = issuer('gitlab');
    const ctx = context(old);
    const pre = await run(ctx, i.preflight(ctx));
    expect(pre.facts!.join('\n')).toMatch(/user 42 \(token "deploy"\)/);
    expect(ctx.state.selfRotate).toBe(true);
    const issued = await run(ctx, i.issue(ctx));
    expect(ctx.state.oldDeleted).toBe(true);
    expect(gl.isLive(old)).toBe(false);
    expect(gl.isLive(issued.parts.value!)).toBe(true);
    expect((await i.verify(ctx, issued.parts)).ok).toBe(true);
    expect((await i.deleteOld(ctx)).note).toMatch(/revoked it when it was rotated/);
    expect(routes(gl)).toEqual([
      'GET /api/v4/personal_access_tokens/self',
      'POST /api/v4/personal_access_tokens/self/rotate',
      'GET /api/v4/personal_access_tokens/self',
    ]);
    expect(gl.requests[1]!.headers['private-token']).toBe(old);
    expect(i.issueOnce).toMatch(/second rotate call/);
  });

  it('a token without api or self_rotate goes by hand: the pasted token must be the same user, then the old one is revoked by DELETE .../self', async () => {
    const gl = fake('gitlab');
    const old = keys.gitlabPat();
    const neu = keys.gitlabPat();
    gl.accept(old, { user_id: 7, scopes: ['read_api'] }).accept(neu, { user_id: 7, scopes: ['read_api'] });
    const i = issuer('gitlab');
    const ctx = context(old, [neu]);
    const pre = await run(ctx, i.preflight(ctx));
    expect(pre.facts!.join('\n')).toMatch(/neither the api nor the self_rotate scope/);
    const issued = await run(ctx, i.issue(ctx));
    expect(issued.parts.value).toBe(neu);
    await i.deleteOld(ctx);
    expect(routes(gl)).toEqual([
      'GET /api/v4/personal_access_tokens/self',
      'GET /api/v4/personal_access_tokens/self',
      'DELETE /api/v4/personal_access_tokens/self',
    ]);
    expect(gl.isLive(old)).toBe(false);
  });

  it('a repeated rotate with the old token would revoke the new one (why the call is never repeated)', async () => {
    const gl = fake('gitlab');
    const old = keys.gitlabPat();
    gl.accept(old, { user_id: 1, scopes: ['api'] });
    const i = issuer('gitlab');
    const ctx = context(old);
    await run(ctx, i.preflight(ctx));
    const first = await i.issue(ctx);
    await expect(i.issue(ctx)).rejects.toThrow(/answered 401: the leaked token was revoked or rotated meanwhile/);
    expect(gl.isLive(first.parts.value!)).toBe(false);
  });

  it('a self-managed host must be allowed by the operator (TOKGUARD_ISSUER_HOSTS), never by the config alone', async () => {
    const ctx = context(keys.gitlabPat());
    await expect(issuer('gitlab', { url: 'https://gitlab.acme.dev' }).preflight(ctx)).rejects.toThrow(
      /gitlab\.acme\.dev is not one of gitlab's API hosts \(gitlab\.com\); to send the credential there, list it in TOKGUARD_ISSUER_HOSTS/,
    );
  });
});

describe('slack', () => {
  it('owner from auth.test; revoke with auth.revoke; a pasted token must be the same team and user', async () => {
    const sl = fake('slack');
    const old = keys.slackBot();
    const neu = keys.slackBot();
    sl.accept(old, { team: 'Acme', user: 'deploybot' }).accept(neu, { team: 'Acme', user: 'deploybot' });
    const i = issuer('slack');
    const ctx = context(old, [neu]);
    expect((await run(ctx, i.preflight(ctx))).facts!.join()).toMatch(/owned by Acme \/ deploybot/);
    await run(ctx, i.issue(ctx));
    expect((await i.verify(ctx, { value: neu })).ok).toBe(true);
    expect((await i.deleteOld(ctx)).note).toBe('revoked');
    expect(routes(sl)).toEqual([
      'POST /api/auth.test',
      'POST /api/auth.test',
      'POST /api/auth.test',
      'POST /api/auth.revoke',
    ]);
    expect(sl.requests[3]!.headers.authorization).toBe(`Bearer ${old}`);
    expect(sl.isLive(old)).toBe(false);
    expect((await i.deleteOld(ctx)).note).toMatch(/already revoked \(invalid_auth\)/);
  });
});

describe('npm', () => {
  it('owner from whoami; revoke with DELETE /-/user/token/{token} as npm logout does', async () => {
    const n = fake('npm');
    const old = keys.npm();
    n.accept(old, { username: 'acme-bot' });
    const i = issuer('npm');
    const ctx = context(old);
    expect((await run(ctx, i.preflight(ctx))).facts!.join()).toMatch(/owned by acme-bot/);
    await i.deleteOld(ctx);
    expect(routes(n)).toEqual(['GET /-/whoami', 'DELETE /-/user/token/{token}']);
    expect(n.isLive(old)).toBe(false);
    expect((await i.deleteOld(ctx)).note).toMatch(/already revoked \(HTTP 401\)/);
  });
});

describe('cloudflare', () => {
  it('rolls the token: PUT /user/tokens/{id}/value, same id, the old value dead at once', async () => {
    const cf = fake('cloudflare');
    const old = keys.chars(40, 'abcdefghijklmnopqrstuvwxyz0123456789');
    cf.accept(old, { id: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4' });
    const i = issuer('cloudflare');
    const ctx = context(old);
    await run(ctx, i.preflight(ctx));
    expect(ctx.state.tokenId).toBe('a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4');
    const issued = await run(ctx, i.issue(ctx));
    expect(cf.isLive(old)).toBe(false);
    expect((await i.verify(ctx, issued.parts)).ok).toBe(true);
    expect((await i.deleteOld(ctx)).note).toMatch(/roll invalidated/);
    expect(routes(cf)).toEqual([
      'GET /client/v4/user/tokens/verify',
      'PUT /client/v4/user/tokens/{id}/value',
      'GET /client/v4/user/tokens/verify',
    ]);
    expect(cf.requests[1]!.body).toBe('{}');
  });

  it('403 on the roll names the permission it needs', async () => {
    const cf = fake('cloudflare');
    const old = keys.chars(40, 'abcdefghijklmnopqrstuvwxyz0123456789');
    cf.accept(old, { id: 'ffffffffffffffffffffffffffffffff', canWriteTokens: false });
    const i = issuer('cloudflare');
    const ctx = context(old);
    await run(ctx, i.preflight(ctx));
    await expect(i.issue(ctx)).rejects.toThrow(/HTTP 403 .*needs API Tokens Write/);
    expect(cf.isLive(old)).toBe(true);
  });
});

describe('sendgrid', () => {
  const sgKey = () =>
    `SG.${keys.chars(22, 'abcdefghijklmnopqrstuvwxyz0123456789')}.${keys.chars(43, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

  it('reads the key by id, creates one with the same scopes, deletes the old by id', async () => {
    const sg = fake('sendgrid');
    const old = sgKey();
    sg.accept(old, { name: 'mailer', scopes: ['mail.send', 'api_keys.create'] });
    const i = issuer('sendgrid');
    const ctx = context(old);
    await run(ctx, i.preflight(ctx));
    await run(ctx, i.recoverIssue(ctx));
    const issued = await run(ctx, i.issue(ctx));
    expect((await i.verify(ctx, issued.parts)).ok).toBe(true);
    await i.deleteOld(ctx);
    expect(routes(sg)).toEqual([
      'GET /v3/api_keys/{id}',
      'GET /v3/api_keys',
      'POST /v3/api_keys',
      'GET /v3/scopes',
      'DELETE /v3/api_keys/{id}',
    ]);
    expect(JSON.parse(sg.requests[2]!.body)).toEqual({
      name: 'mailer (tokguard rot-test u1)',
      scopes: ['mail.send', 'api_keys.create'],
    });
    expect(sg.isLive(old)).toBe(false);
    expect(sg.isLive(issued.parts.value!)).toBe(true);
  });

  it('a key an interrupted attempt created is found by its name and deleted before the next one', async () => {
    const sg = fake('sendgrid');
    const old = sgKey();
    sg.accept(old, { name: 'mailer' });
    const i = issuer('sendgrid');
    const ctx = { ...context(old), unitId: 'u2' };
    await run(ctx, i.preflight(ctx));
    const lost = await i.issue(ctx); // the process "dies" before storing it
    const r = await run(ctx, i.recoverIssue(ctx));
    expect(r.note).toMatch(/deleted 1 key/);
    expect(sg.isLive(lost.parts.value!)).toBe(false);
  });

  it('a key without the api_keys scopes is refused at preflight with what to set', async () => {
    const sg = fake('sendgrid');
    const old = sgKey();
    sg.accept(old, { manage: false });
    const ctx = context(old);
    await expect(issuer('sendgrid').preflight(ctx)).rejects.toThrow(/HTTP 403.*set SENDGRID_API_KEY/);
  });
});

describe('openai-admin', () => {
  it('finds the key by its redacted value, creates a new admin key, deletes the old by id', async () => {
    const oa = fake('openai');
    const old = `sk-admin-${keys.chars(58, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    oa.accept(old, { keyId: 'key_old', name: 'ops' });
    const i = issuer('openai-admin');
    const ctx = context(old);
    await run(ctx, i.preflight(ctx));
    expect(ctx.state.oldKeyId).toBe('key_old');
    const issued = await run(ctx, i.issue(ctx));
    expect((await i.verify(ctx, issued.parts)).ok).toBe(true);
    await i.deleteOld(ctx);
    expect(routes(oa)).toEqual([
      'GET /v1/organization/admin_api_keys',
      'POST /v1/organization/admin_api_keys',
      'GET /v1/organization/admin_api_keys',
      'DELETE /v1/organization/admin_api_keys/{keyId}',
    ]);
    expect(oa.isLive(old)).toBe(false);
    expect(oa.isLive(issued.parts.value!)).toBe(true);
  });
});

describe('datadog', () => {
  it('needs DD_APP_KEY; finds the key by its last four characters; creates, verifies, deletes by id', async () => {
    const dd = fake('datadog');
    const old = keys.chars(32, '0123456789abcdef');
    dd.accept(old, { keyId: 'kid-old', name: 'agent' });
    dd.memo.set('appKey', 'app-key-of-the-operator');
    const i = issuer('datadog');
    const ctx = context(old);
    await expect(i.preflight(ctx)).rejects.toThrow(/set DD_APP_KEY/);
    process.env.DD_APP_KEY = 'app-key-of-the-operator';
    try {
      await run(ctx, i.preflight(ctx));
      expect(ctx.state.oldKeyId).toBe('kid-old');
      const issued = await run(ctx, i.issue(ctx));
      expect((await i.verify(ctx, issued.parts)).ok).toBe(true);
      await i.deleteOld(ctx);
      expect(routes(dd)).toEqual([
        'GET /api/v2/api_keys',
        'POST /api/v2/api_keys',
        'GET /api/v1/validate',
        'DELETE /api/v2/api_keys/{id}',
      ]);
      expect(dd.requests[1]!.headers['dd-application-key']).toBe('app-key-of-the-operator');
      expect(dd.isLive(old)).toBe(false);
    } finally {
      delete process.env.DD_APP_KEY;
    }
  });
});

describe('digitalocean', () => {
  it('owner from /v2/account; revoke with POST /v1/oauth/revoke (token= and bearer)', async () => {
    const d = fake('digitalocean');
    const old = `dop_v1_${keys.chars(64, '0123456789abcdef')}`;
    d.accept(old, { email: 'sammy@acme.dev' });
    const i = issuer('digitalocean');
    const ctx = context(old);
    expect((await run(ctx, i.preflight(ctx))).facts!.join()).toMatch(/sammy@acme\.dev/);
    await i.deleteOld(ctx);
    expect(routes(d)).toEqual(['GET /v2/account', 'POST /v1/oauth/revoke']);
    expect(new URLSearchParams(d.requests[1]!.body).get('token')).toBe(old);
    expect(d.isLive(old)).toBe(false);
  });
});

describe('discord-webhook', () => {
  it('the URL is the credential: GET names the channel, DELETE removes the webhook', async () => {
    const dc = fake('discord');
    const id = keys.chars(18, '0123456789');
    const token = keys.chars(68, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const url = `https://discord.com/api/webhooks/${id}/${token}`;
    dc.accept(`/webhooks/${id}/${token}`, { name: 'deploys' });
    const i = issuer('discord-webhook');
    const ctx = context(url);
    expect((await run(ctx, i.preflight(ctx))).facts!.join()).toMatch(/webhook "deploys" in channel/);
    await i.deleteOld(ctx);
    expect(routes(dc)).toEqual(['GET /api/v10/webhooks/{id}/{token}', 'DELETE /api/v10/webhooks/{id}/{token}']);
    expect(dc.isLive(`/webhooks/${id}/${token}`)).toBe(false);
  });
});

describe('every issuer meets faults the documented way', () => {
  it('429 with Retry-After is waited out and the call retried', async () => {
    const n = fake('npm');
    const old = keys.npm();
    n.accept(old, { username: 'acme-bot' });
    n.fault({ kind: 'status', status: 429, headers: { 'retry-after': '0' } });
    const ctx = context(old);
    await run(ctx, issuer('npm').preflight(ctx));
    expect(n.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('a Retry-After too long stops with a line saying to resume later', async () => {
    const n = fake('npm');
    n.fault({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    await expect(issuer('npm').preflight(context(keys.npm()))).rejects.toThrow(
      /npm: GET \/-\/whoami: rate limited \(HTTP 429, Retry-After 3600 s\); try again later with --resume/,
    );
  });

  it('a 5xx is retried; three in a row fail with the status', async () => {
    const sl = fake('slack');
    const old = keys.slackBot();
    sl.accept(old);
    sl.fault({ kind: 'status', status: 503 });
    const ctx = context(old);
    await run(ctx, issuer('slack').preflight(ctx));
    expect(sl.requests.map((r) => r.status)).toEqual([503, 200]);
    sl.fault({ kind: 'status', status: 500 }, 3);
    await expect(issuer('slack').deleteOld(ctx)).rejects.toThrow(
      /slack: POST \/api\/auth\.revoke: provider error \(HTTP 500\) after 3 tries/,
    );
    expect(sl.isLive(old)).toBe(true);
  });

  it('a slow answer within the timeout is waited for; beyond it, the error names the call and host, never the token', async () => {
    const n = fake('npm');
    const old = keys.npm();
    n.accept(old);
    n.fault({ kind: 'slow', ms: 300 });
    const ctx = context(old);
    await run(ctx, issuer('npm').preflight(ctx));
    n.fault({ kind: 'slow', ms: 1500 });
    const err = await issuer('npm', { timeoutMs: 500 })
      .deleteOld(ctx)
      .catch((e: Error) => e);
    expect(String(err)).toMatch(
      /npm: DELETE \/-\/user\/token\/\{token\} at registry\.npmjs\.org: timeout after 0\.5 s/,
    );
    expect(String(err)).not.toContain(old);
  });

  it('a 404 for a key already deleted counts as done (the step is idempotent)', async () => {
    const ctx = context('SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', [], {
      oldKeyId: 'zzzzzzzzzzzzzzzzzzzzzz',
    });
    fake('sendgrid').accept('SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
    expect((await issuer('sendgrid').deleteOld(ctx)).note).toMatch(/already deleted/);
  });

  it('no request leaves loopback: an unmapped host is refused while TOKGUARD_ENDPOINTS is set', async () => {
    process.env.TOKGUARD_ISSUER_HOSTS = 'gitlab.acme.dev';
    try {
      await expect(
        issuer('gitlab', { url: 'https://gitlab.acme.dev' }).preflight(context(keys.gitlabPat())),
      ).rejects.toThrow(/gitlab\.acme\.dev is not mapped by TOKGUARD_ENDPOINTS/);
    } finally {
      delete process.env.TOKGUARD_ISSUER_HOSTS;
    }
  });
});
