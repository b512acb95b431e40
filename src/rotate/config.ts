/**
 * Schema and validation of the `rotation:` section of `.tokguard.yaml`. The loader hands us the
 * raw value; every error names the key path so the user can find the line to fix.
 */
import { UserError } from '../errors.js';
import { isLoopback } from './adapters/remote.js';

export type IssuerConfig =
  | {
      type: 'aws-iam';
      user?: string;
      region: string;
      endpoint?: string;
      stsEndpoint?: string;
      /** Milliseconds verify keeps retrying while a new key propagates. */
      propagationMs: number;
    }
  | { type: 'vault-token'; policies: string[]; ttl: string; role?: string; renewable: boolean }
  | { type: 'vault-lease'; path: string; oldLeaseId: string }
  | { type: 'random'; length: number; charset: 'alnum' | 'hex' | 'base64url' | 'ascii'; prefix: string }
  | { type: 'manual'; instructions: string };

export type StoreConfig =
  | { type: 'aws-secrets-manager'; secretId: string; region: string; endpoint?: string; key?: string }
  | { type: 'vault-kv'; mount: string; path: string; key?: string }
  | { type: 'dotenv'; file: string };

export type ReferenceStyle = 'auto' | 'process-env' | 'os-environ' | 'shell' | 'github-actions';

export interface ReferenceConfig {
  /** Environment variable name per credential part (`value` for single-part credentials). */
  env: Record<string, string>;
  style: ReferenceStyle;
}

export interface TargetConfig {
  /** Position in `rotation.targets`, for messages. */
  index: number;
  match: { rules: string[]; paths: string[] };
  issuer: IssuerConfig;
  store: StoreConfig;
  reference: ReferenceConfig;
  /** Milliseconds between deactivating the old credential and deleting it. */
  graceMs: number;
}

export interface RotationConfig {
  targets: TargetConfig[];
}

/** Names of the parts each issuer produces, in a stable order. */
export function partsOf(issuer: IssuerConfig): string[] {
  switch (issuer.type) {
    case 'aws-iam':
      return ['accessKeyId', 'secretAccessKey'];
    case 'vault-lease':
      return ['username', 'password'];
    default:
      return ['value'];
  }
}

const DEFAULT_ENV: Record<string, Record<string, string>> = {
  'aws-iam': { accessKeyId: 'AWS_ACCESS_KEY_ID', secretAccessKey: 'AWS_SECRET_ACCESS_KEY' },
  'vault-token': { value: 'VAULT_TOKEN' },
  'vault-lease': { username: 'DB_USERNAME', password: 'DB_PASSWORD' },
};

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Reader {
  constructor(
    private readonly path: string,
    /** The config file as the user names it, for messages. */
    private readonly file = 'config',
  ) {}
  fail(msg: string, sub?: string): never {
    throw new UserError(`${this.file}: ${sub ? `${this.path}.${sub}` : this.path}: ${msg}`);
  }
  obj(v: unknown, sub?: string): Record<string, unknown> {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail('must be a mapping', sub);
    return v as Record<string, unknown>;
  }
  str(o: Record<string, unknown>, key: string, opts: { optional?: boolean; def?: string } = {}): string | undefined {
    const v = o[key];
    if (v === undefined || v === null) {
      if (opts.def !== undefined) return opts.def;
      if (opts.optional) return undefined;
      this.fail('is required', key);
    }
    if (typeof v !== 'string' || v.length === 0) this.fail('must be a non-empty string', key);
    return v;
  }
  req(o: Record<string, unknown>, key: string, def?: string): string {
    return this.str(o, key, def === undefined ? {} : { def }) as string;
  }
  strList(o: Record<string, unknown>, key: string): string[] {
    const v = o[key];
    if (v === undefined || v === null) return [];
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.length === 0)) {
      this.fail('must be a string or a list of strings', key);
    }
    return list as string[];
  }
  only(o: Record<string, unknown>, allowed: string[]): void {
    for (const k of Object.keys(o))
      if (!allowed.includes(k)) this.fail(`unknown key (expected one of: ${allowed.join(', ')})`, k);
  }
  sub(key: string): Reader {
    return new Reader(`${this.path}.${key}`, this.file);
  }
}

const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_MS[m[2] as string] as number);
}

const AWS_HOST = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/;

/**
 * An AWS endpoint from the repository's config: loopback (moto, LocalStack) or an AWS host (VPC
 * and FIPS endpoints included). Anything else must come from the operator's environment, so a
 * repository's config cannot send requests signed with the operator's credentials, or the new
 * credential, to a host of its choosing.
 */
function endpointOk(r: Reader, o: Record<string, unknown>, key: string, envName: string): string | undefined {
  const endpoint = r.str(o, key, { optional: true });
  if (endpoint === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(endpoint);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    return r.fail('must be an http(s) URL', key);
  }
  if (!isLoopback(endpoint) && !AWS_HOST.test(u.hostname)) {
    r.fail(
      `${u.host} is neither loopback nor an AWS host; set ${envName} (or AWS_ENDPOINT_URL) in your environment to use it`,
      key,
    );
  }
  return endpoint.replace(/\/+$/, '');
}

function parseIssuer(r: Reader, raw: unknown): IssuerConfig {
  const o = r.obj(raw);
  const type = r.req(o, 'type');
  switch (type) {
    case 'aws-iam': {
      r.only(o, ['type', 'user', 'region', 'endpoint', 'stsEndpoint', 'propagation']);
      const user = r.str(o, 'user', { optional: true });
      const endpoint = endpointOk(r, o, 'endpoint', 'AWS_ENDPOINT_URL_IAM');
      const stsEndpoint = endpointOk(r, o, 'stsEndpoint', 'AWS_ENDPOINT_URL_STS');
      const propagationMs = parseDuration(r.req(o, 'propagation', '30s'));
      if (propagationMs === undefined || propagationMs > 600_000)
        r.fail('must be a duration up to 10m, like 30s or 2m', 'propagation');
      return {
        type,
        ...(user ? { user } : {}),
        region: r.req(o, 'region', process.env.AWS_REGION ?? 'us-east-1'),
        ...(endpoint ? { endpoint } : {}),
        ...(stsEndpoint ? { stsEndpoint } : {}),
        propagationMs: propagationMs as number,
      };
    }
    case 'vault-token': {
      r.only(o, ['type', 'policies', 'ttl', 'role', 'renewable']);
      const ttl = r.req(o, 'ttl', '768h');
      if (parseDuration(ttl) === undefined) r.fail('must be a duration like 30m, 24h or 7d', 'ttl');
      const role = r.str(o, 'role', { optional: true });
      const renewable = o.renewable === undefined ? true : o.renewable;
      if (typeof renewable !== 'boolean') r.fail('must be true or false', 'renewable');
      return { type, policies: r.strList(o, 'policies'), ttl, ...(role ? { role } : {}), renewable };
    }
    case 'vault-lease': {
      r.only(o, ['type', 'path', 'oldLeaseId']);
      const path = r.req(o, 'path').replace(/^\/+|\/+$/g, '');
      const oldLeaseId = r.req(o, 'oldLeaseId');
      // Vault names a lease after the path that issued it: another path's lease is another credential.
      if (!oldLeaseId.startsWith(`${path}/`))
        r.fail(`must be a lease issued by ${path} (its id starts with "${path}/")`, 'oldLeaseId');
      return { type, path, oldLeaseId };
    }
    case 'random': {
      r.only(o, ['type', 'length', 'charset', 'prefix']);
      const length = o.length === undefined ? 40 : o.length;
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 16 || length > 512) {
        r.fail('must be an integer between 16 and 512', 'length');
      }
      const charset = r.req(o, 'charset', 'alnum');
      if (!['alnum', 'hex', 'base64url', 'ascii'].includes(charset)) {
        r.fail('must be one of: alnum, hex, base64url, ascii', 'charset');
      }
      const prefix = o.prefix === undefined ? '' : o.prefix;
      if (typeof prefix !== 'string') r.fail('must be a string', 'prefix');
      return { type, length, charset: charset as 'alnum', prefix };
    }
    case 'manual': {
      r.only(o, ['type', 'instructions']);
      return { type, instructions: r.req(o, 'instructions') };
    }
    default:
      return r.fail(
        `unknown issuer type "${type}" (expected aws-iam, vault-token, vault-lease, random or manual)`,
        'type',
      );
  }
}

function parseStore(r: Reader, raw: unknown): StoreConfig {
  const o = r.obj(raw);
  const type = r.req(o, 'type');
  switch (type) {
    case 'aws-secrets-manager': {
      r.only(o, ['type', 'secretId', 'region', 'endpoint', 'key']);
      const endpoint = endpointOk(r, o, 'endpoint', 'AWS_ENDPOINT_URL_SECRETS_MANAGER');
      const key = r.str(o, 'key', { optional: true });
      return {
        type,
        secretId: r.req(o, 'secretId'),
        region: r.req(o, 'region', process.env.AWS_REGION ?? 'us-east-1'),
        ...(endpoint ? { endpoint } : {}),
        ...(key ? { key } : {}),
      };
    }
    case 'vault-kv': {
      r.only(o, ['type', 'mount', 'path', 'key']);
      const key = r.str(o, 'key', { optional: true });
      const path = r.req(o, 'path').replace(/^\/+|\/+$/g, '');
      return { type, mount: r.req(o, 'mount', 'secret').replace(/^\/+|\/+$/g, ''), path, ...(key ? { key } : {}) };
    }
    case 'dotenv': {
      r.only(o, ['type', 'file']);
      const file = r.req(o, 'file', '.env');
      if (file.startsWith('/') || file.split(/[\\/]/).includes('..'))
        r.fail('must be a path inside the repository', 'file');
      return { type, file };
    }
    default:
      return r.fail(`unknown store type "${type}" (expected aws-secrets-manager, vault-kv or dotenv)`, 'type');
  }
}

function parseReference(r: Reader, raw: unknown, issuer: IssuerConfig, store: StoreConfig): ReferenceConfig {
  const o = raw === undefined ? {} : r.obj(raw);
  r.only(o, ['env', 'style']);
  const parts = partsOf(issuer);
  let env: Record<string, string>;
  if (typeof o.env === 'string') {
    if (parts.length !== 1) r.fail(`must map each part (${parts.join(', ')}) to a variable name`, 'env');
    env = { value: o.env };
  } else if (o.env !== undefined) {
    const m = r.obj(o.env, 'env');
    env = {};
    for (const p of parts) {
      const v = m[p] ?? DEFAULT_ENV[issuer.type]?.[p];
      if (typeof v !== 'string') r.fail(`needs a variable name for "${p}"`, 'env');
      env[p] = v;
    }
    for (const k of Object.keys(m))
      if (!parts.includes(k)) r.fail(`unknown part "${k}" (expected ${parts.join(', ')})`, 'env');
  } else {
    const def =
      DEFAULT_ENV[issuer.type] ??
      (store.type !== 'dotenv' && 'key' in store && store.key ? { value: store.key } : undefined);
    if (!def) r.fail('is required for this issuer (the environment variable consumers read)', 'env');
    env = { ...def };
  }
  for (const [p, name] of Object.entries(env)) {
    if (!ENV_NAME.test(name)) r.fail(`"${name}" is not a valid variable name`, `env.${p}`);
  }
  const style = r.req(o, 'style', 'auto');
  if (!['auto', 'process-env', 'os-environ', 'shell', 'github-actions'].includes(style)) {
    r.fail('must be one of: auto, process-env, os-environ, shell, github-actions', 'style');
  }
  return { env, style: style as ReferenceStyle };
}

/**
 * The one schema of the `rotation:` section: `tokguard rotate` and `tokguard config check` both
 * read it through here. `file` names the config file in messages.
 */
export function parseRotationConfig(raw: unknown, file = 'config'): RotationConfig {
  if (raw === undefined || raw === null) {
    throw new UserError(
      `${file}: rotation: missing; add a rotation.targets list to .tokguard.yaml (see docs/rotation.md)`,
    );
  }
  const root = new Reader('rotation', file);
  const o = root.obj(raw);
  root.only(o, ['targets']);
  if (!Array.isArray(o.targets) || o.targets.length === 0) root.fail('must be a non-empty list', 'targets');
  const targets = (o.targets as unknown[]).map((t, index) => {
    const r = root.sub(`targets[${index}]`);
    const to = r.obj(t);
    r.only(to, ['match', 'issuer', 'store', 'reference', 'grace']);
    const mr = r.sub('match');
    const m = mr.obj(to.match);
    mr.only(m, ['rule', 'rules', 'paths']);
    const rules = [...mr.strList(m, 'rule'), ...mr.strList(m, 'rules')];
    const paths = mr.strList(m, 'paths');
    if (rules.length === 0 && paths.length === 0) mr.fail('needs rule or paths');
    if (to.issuer === undefined) r.fail('is required', 'issuer');
    if (to.store === undefined) r.fail('is required', 'store');
    const issuer = parseIssuer(r.sub('issuer'), to.issuer);
    const store = parseStore(r.sub('store'), to.store);
    const reference = parseReference(r.sub('reference'), to.reference, issuer, store);
    const graceText = to.grace === undefined ? '24h' : to.grace;
    const graceMs = typeof graceText === 'string' ? parseDuration(graceText) : undefined;
    if (graceMs === undefined) r.fail('must be a duration like 0s, 30m, 24h or 7d', 'grace');
    return { index, match: { rules, paths }, issuer, store, reference, graceMs: graceMs as number };
  });
  return { targets };
}
