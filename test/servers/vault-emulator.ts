/**
 * A small Vault HTTP emulator for tests, on loopback only: KV v2 (versions, check-and-set,
 * metadata delete), token create / create-orphan / create/<role>, lookup, lookup-self, revoke,
 * revoke-accessor, a dynamic-secrets engine at `database/creds/<role>` with leases, lease lookup,
 * revoke and revoke-prefix (202 unless `sync`), and Vault's error shape `{"errors":[...]}`.
 * Faults can be injected per path (500s, 429s) to test resume.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface TokenEntry {
  id: string;
  accessor: string;
  policies: string[];
  meta: Record<string, string> | null;
  orphan: boolean;
  parent?: string;
  expiresAt: number;
  displayName: string;
}

interface KvSecret {
  versions: { data: Record<string, unknown>; created: string; deleted?: boolean }[];
}

export interface Lease {
  id: string;
  path: string;
  data: { username: string; password: string };
  expiresAt: number;
}

interface Fault {
  match: RegExp;
  status: number;
  remaining: number;
}

function seconds(ttl: unknown, def: number): number {
  if (typeof ttl === 'number') return ttl;
  if (typeof ttl !== 'string' || !ttl) return def;
  const m = /^(\d+)(s|m|h|d)?$/.exec(ttl);
  if (!m) return def;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's') as 's'];
}

export class VaultEmulator {
  readonly rootToken = `hvs.root${randomBytes(12).toString('hex')}`;
  tokens = new Map<string, TokenEntry>();
  kv = new Map<string, KvSecret>();
  leases = new Map<string, Lease>();
  requests: { method: string; path: string; status: number }[] = [];
  private faults: Fault[] = [];
  private server?: Server;
  url = '';

  constructor() {
    this.reset();
  }

  reset(): void {
    this.tokens.clear();
    this.kv.clear();
    this.leases.clear();
    this.faults = [];
    this.requests = [];
    this.tokens.set(this.rootToken, {
      id: this.rootToken,
      accessor: randomBytes(12).toString('hex'),
      policies: ['root'],
      meta: null,
      orphan: true,
      expiresAt: Number.POSITIVE_INFINITY,
      displayName: 'root',
    });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** The next `count` requests whose "METHOD /v1/path" matches get `status`. */
  fail(match: RegExp, status: number, count = 1): void {
    this.faults.push({ match, status, remaining: count });
  }

  createToken(opts: { policies?: string[]; ttl?: string; meta?: Record<string, string> } = {}): TokenEntry {
    const t: TokenEntry = {
      id: `hvs.${randomBytes(18).toString('base64url')}`,
      accessor: randomBytes(12).toString('base64url'),
      policies: opts.policies ?? ['default'],
      meta: opts.meta ?? null,
      orphan: true,
      expiresAt: Date.now() + seconds(opts.ttl, 3600) * 1000,
      displayName: 'token',
    };
    this.tokens.set(t.id, t);
    return t;
  }

  createLease(path: string): Lease {
    const id = `${path}/${randomBytes(8).toString('hex')}`;
    const l: Lease = {
      id,
      path,
      data: {
        username: `v-app-${randomBytes(4).toString('hex')}`,
        password: `A1a-${randomBytes(16).toString('base64url')}`,
      },
      expiresAt: Date.now() + 3600_000,
    };
    this.leases.set(id, l);
    return l;
  }

  putKv(mount: string, path: string, data: Record<string, unknown>): number {
    const key = `${mount}/${path}`;
    const s = this.kv.get(key) ?? { versions: [] };
    s.versions.push({ data, created: new Date().toISOString() });
    this.kv.set(key, s);
    return s.versions.length;
  }

  currentKv(mount: string, path: string): { version: number; data: Record<string, unknown> } | undefined {
    const s = this.kv.get(`${mount}/${path}`);
    const v = s?.versions.at(-1);
    return v && s ? { version: s.versions.length, data: v.data } : undefined;
  }

  private live(token: string | undefined): TokenEntry | undefined {
    if (!token) return undefined;
    const t = this.tokens.get(token);
    if (!t || t.expiresAt < Date.now()) return undefined;
    return t;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        try {
          this.handle(req, res, body);
        } catch (err) {
          this.send(res, req, 500, { errors: [String((err as Error).message)] });
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private send(res: ServerResponse, req: IncomingMessage, status: number, body?: unknown): void {
    this.requests.push({ method: req.method ?? '', path: (req.url ?? '').split('?')[0] ?? '', status });
    if (body === undefined) {
      res.writeHead(status);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  private ok(data: Record<string, unknown>): Record<string, unknown> {
    return {
      request_id: randomUUID(),
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      wrap_info: null,
      warnings: null,
      auth: null,
      ...data,
    };
  }

  private lookupData(t: TokenEntry): Record<string, unknown> {
    return {
      accessor: t.accessor,
      creation_ttl: 0,
      display_name: t.displayName,
      expire_time: Number.isFinite(t.expiresAt) ? new Date(t.expiresAt).toISOString() : null,
      id: t.id,
      meta: t.meta,
      num_uses: 0,
      orphan: t.orphan,
      path: 'auth/token/create',
      policies: t.policies,
      renewable: true,
      ttl: Number.isFinite(t.expiresAt) ? Math.round((t.expiresAt - Date.now()) / 1000) : 0,
      type: 'service',
    };
  }

  private revokeTree(t: TokenEntry): void {
    this.tokens.delete(t.id);
    for (const c of [...this.tokens.values()]) if (c.parent === t.id && !c.orphan) this.revokeTree(c);
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/v1\//, '');
    const fault = this.faults.find((f) => f.remaining > 0 && f.match.test(`${method} /v1/${path}`));
    if (fault) {
      fault.remaining--;
      const msg = fault.status === 429 ? 'request path "' + path + '": rate limit quota exceeded' : 'internal error';
      return this.send(res, req, fault.status, { errors: [msg] });
    }
    if (path === 'sys/health')
      return this.send(res, req, 200, { initialized: true, sealed: false, standby: false, version: '1.15.0-emulator' });
    const caller = this.live(req.headers['x-vault-token'] as string | undefined);
    if (!caller) return this.send(res, req, 403, { errors: ['permission denied'] });
    let body: Record<string, unknown> = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return this.send(res, req, 400, { errors: ['failed to parse JSON input'] });
      }
    }
    const write = method === 'POST' || method === 'PUT';

    // --- tokens
    if (write && /^auth\/token\/create(-orphan|\/[\w-]+)?$/.test(path)) {
      const ttl = seconds(body.ttl, 2764800);
      const t: TokenEntry = {
        id: `hvs.${randomBytes(18).toString('base64url')}`,
        accessor: randomBytes(12).toString('base64url'),
        policies: Array.isArray(body.policies) && body.policies.length ? (body.policies as string[]) : caller.policies,
        meta: (body.meta as Record<string, string>) ?? null,
        orphan: path !== 'auth/token/create' || body.no_parent === true,
        parent: caller.id,
        expiresAt: Date.now() + ttl * 1000,
        displayName: `token-${String(body.display_name ?? '')}`,
      };
      this.tokens.set(t.id, t);
      return this.send(
        res,
        req,
        200,
        this.ok({
          auth: {
            client_token: t.id,
            accessor: t.accessor,
            policies: t.policies,
            token_policies: t.policies,
            metadata: t.meta,
            lease_duration: ttl,
            renewable: body.renewable !== false,
            entity_id: '',
            token_type: 'service',
            orphan: t.orphan,
            num_uses: 0,
          },
        }),
      );
    }
    if (path === 'auth/token/lookup-self' && method === 'GET')
      return this.send(res, req, 200, this.ok({ data: this.lookupData(caller) }));
    if (path === 'auth/token/lookup' && write) {
      const t = this.live(body.token as string);
      if (!t) return this.send(res, req, 403, { errors: ['bad token'] });
      return this.send(res, req, 200, this.ok({ data: this.lookupData(t) }));
    }
    if (path === 'auth/token/lookup-accessor' && write) {
      const t = [...this.tokens.values()].find((x) => x.accessor === body.accessor);
      if (!t) return this.send(res, req, 400, { errors: ['invalid accessor'] });
      return this.send(res, req, 200, this.ok({ data: { ...this.lookupData(t), id: '' } }));
    }
    if (path === 'auth/token/revoke' && write) {
      const t = this.tokens.get(body.token as string);
      if (t) this.revokeTree(t);
      return this.send(res, req, 204);
    }
    if (path === 'auth/token/revoke-accessor' && write) {
      const t = [...this.tokens.values()].find((x) => x.accessor === body.accessor);
      if (!t) return this.send(res, req, 400, { errors: ['invalid accessor'] });
      this.revokeTree(t);
      return this.send(res, req, 204);
    }

    // --- leases
    if (path === 'sys/leases/lookup' && write) {
      const l = this.leases.get(body.lease_id as string);
      if (!l || l.expiresAt < Date.now()) return this.send(res, req, 400, { errors: ['invalid lease'] });
      return this.send(
        res,
        req,
        200,
        this.ok({
          data: {
            id: l.id,
            issue_time: '',
            expire_time: new Date(l.expiresAt).toISOString(),
            renewable: true,
            ttl: 3600,
          },
        }),
      );
    }
    if (path === 'sys/leases/revoke' && write) {
      if (typeof body.lease_id !== 'string') return this.send(res, req, 400, { errors: ['lease_id is required'] });
      this.leases.delete(body.lease_id);
      return this.send(res, req, body.sync === true ? 204 : 202, body.sync === true ? undefined : this.ok({}));
    }
    const prefix = /^sys\/leases\/revoke-prefix\/(.+)$|^sys\/revoke-prefix\/(.+)$/.exec(path);
    if (prefix && write) {
      const p = (prefix[1] ?? prefix[2]) as string;
      for (const id of [...this.leases.keys()]) if (id.startsWith(p)) this.leases.delete(id);
      return this.send(res, req, body.sync === true ? 204 : 202, body.sync === true ? undefined : this.ok({}));
    }
    const creds = /^(database|[\w-]+)\/creds\/([\w-]+)$/.exec(path);
    if (creds && method === 'GET') {
      const l = this.createLease(path);
      return this.send(res, req, 200, {
        ...this.ok({ data: l.data }),
        lease_id: l.id,
        renewable: true,
        lease_duration: 3600,
      });
    }

    // --- KV v2
    const kv = /^([\w-]+)\/(data|metadata)\/(.+)$/.exec(path);
    if (kv) {
      const [, mount, kind, sub] = kv as unknown as [string, string, string, string];
      const key = `${mount}/${sub}`;
      const s = this.kv.get(key);
      if (kind === 'data' && method === 'GET') {
        const wanted = url.searchParams.get('version');
        const n = wanted ? Number(wanted) : (s?.versions.length ?? 0);
        const v = s?.versions[n - 1];
        if (!s || !v || v.deleted) return this.send(res, req, 404, { errors: [] });
        return this.send(
          res,
          req,
          200,
          this.ok({
            data: {
              data: v.data,
              metadata: {
                created_time: v.created,
                custom_metadata: null,
                deletion_time: '',
                destroyed: false,
                version: n,
              },
            },
          }),
        );
      }
      if (kind === 'data' && write) {
        const data = body.data;
        if (!data || typeof data !== 'object') return this.send(res, req, 400, { errors: ['no data provided'] });
        const cas = (body.options as { cas?: unknown } | undefined)?.cas;
        const current = s?.versions.length ?? 0;
        if (cas !== undefined && Number(cas) !== current) {
          return this.send(res, req, 400, { errors: ['check-and-set parameter did not match the current version'] });
        }
        const version = this.putKv(mount, sub, data as Record<string, unknown>);
        return this.send(
          res,
          req,
          200,
          this.ok({
            data: {
              created_time: new Date().toISOString(),
              custom_metadata: null,
              deletion_time: '',
              destroyed: false,
              version,
            },
          }),
        );
      }
      if (kind === 'metadata' && method === 'GET') {
        if (!s) return this.send(res, req, 404, { errors: [] });
        const versions: Record<string, unknown> = {};
        s.versions.forEach(
          (v, i) => (versions[String(i + 1)] = { created_time: v.created, deletion_time: '', destroyed: false }),
        );
        return this.send(
          res,
          req,
          200,
          this.ok({
            data: {
              current_version: s.versions.length,
              oldest_version: 1,
              versions,
              cas_required: false,
              max_versions: 0,
            },
          }),
        );
      }
      if (kind === 'metadata' && method === 'DELETE') {
        this.kv.delete(key);
        return this.send(res, req, 204);
      }
    }
    return this.send(res, req, 404, { errors: [`no handler for route "${path}". route entry not found.`] });
  }
}
