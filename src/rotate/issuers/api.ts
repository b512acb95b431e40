/**
 * How a provider issuer talks to its provider: through the verifier's HTTP client (HTTPS only,
 * certificates checked, no redirect to another host, bodies capped), to the provider's own API
 * hosts only, mapped to loopback fakes by TOKGUARD_ENDPOINTS in tests. 429 is waited out
 * (Retry-After, bounded) and a 5xx retried twice; every other answer goes back to the issuer,
 * which knows what a 401 or a 404 means for its call. Failures name the service, the call as
 * documented (`DELETE /-/user/token/{token}`: never the real path, which may hold the secret)
 * and the host; never a body.
 */
import { HttpClient, HttpFailure } from '../../verify/http.js';
import { endpointsFromEnv } from '../../verify/endpoints.js';
import { retryAfterMs } from '../../verify/limiter.js';
import { cleanField, getPath } from '../../verify/response.js';
import { VERSION } from '../../version.js';
import { RemoteError, sleep } from '../adapters/remote.js';

/** Hosts the operator allows beyond each issuer's own (a self-managed GitLab), from the environment only. */
export const ISSUER_HOSTS_ENV = 'TOKGUARD_ISSUER_HOSTS';

export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** The call as its reference names it, for messages: `POST /credentials/revoke`. */
  what: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body parsed as JSON, or undefined. Read fields from it; never log it. */
  body: unknown;
}

const MAX_RETRY_AFTER_MS = 30_000;
const TRIES = 3;

export function allowedHosts(own: readonly string[], env: NodeJS.ProcessEnv = process.env): Set<string> {
  const extra = (env[ISSUER_HOSTS_ENV] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return new Set([...own, ...extra]);
}

export class ProviderApi {
  constructor(
    /** The provider's name in messages: `github`. */
    readonly service: string,
    /** The API hosts a credential of this provider may be sent to. */
    private readonly hosts: readonly string[],
    private readonly timeoutMs = 15_000,
  ) {}

  /** Refuses a URL on a host that is neither the provider's nor one the operator allowed. */
  checkHost(url: string): URL {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new RemoteError(`${this.service}: "${url}" is not a URL`);
    }
    if (u.protocol !== 'https:') throw new RemoteError(`${this.service}: ${u.origin} is not an https URL`);
    if (!allowedHosts(this.hosts).has(u.hostname))
      throw new RemoteError(
        `${this.service}: ${u.hostname} is not one of ${this.service}'s API hosts (${this.hosts.join(', ')}); to send the credential there, list it in ${ISSUER_HOSTS_ENV} in your environment`,
      );
    return u;
  }

  async call(c: ApiCall): Promise<ApiAnswer> {
    const url = this.checkHost(c.url);
    const headers: Record<string, string> = {
      'user-agent': `tokguard/${VERSION} (credential rotation)`,
      accept: 'application/json',
      ...lower(c.headers ?? {}),
    };
    let body: Buffer | undefined;
    if (c.json !== undefined) {
      body = Buffer.from(JSON.stringify(c.json));
      headers['content-type'] = 'application/json';
    } else if (c.form) {
      body = Buffer.from(new URLSearchParams(c.form).toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const client = new HttpClient({ endpoints: endpointsFromEnv(), userAgent: headers['user-agent']! });
    try {
      for (let attempt = 1; ; attempt++) {
        let answer;
        try {
          answer = await client.send(
            { method: c.method, url, headers: { ...headers }, ...(body ? { body } : {}) },
            this.timeoutMs,
          );
        } catch (err) {
          if (err instanceof HttpFailure)
            throw new RemoteError(`${this.service}: ${c.what} at ${url.host}: ${err.reason}`);
          throw err;
        }
        const retry = this.retryDelay(answer.status, answer.headers['retry-after'], attempt, c.what);
        if (retry === undefined)
          return { status: answer.status, headers: answer.headers, body: parseJson(answer.body) };
        await sleep(retry);
      }
    } finally {
      client.close();
    }
  }

  /** How long to wait before another try, or undefined to hand the answer back. */
  private retryDelay(
    status: number,
    retryAfter: string | undefined,
    attempt: number,
    what: string,
  ): number | undefined {
    if (status === 429) {
      const wait = retryAfterMs(retryAfter) ?? 1000;
      if (wait > MAX_RETRY_AFTER_MS)
        throw new RemoteError(
          `${this.service}: ${what}: rate limited (HTTP 429, Retry-After ${Math.ceil(wait / 1000)} s); try again later with --resume`,
          undefined,
          429,
        );
      if (attempt >= TRIES)
        throw new RemoteError(
          `${this.service}: ${what}: still rate limited after ${TRIES} tries (HTTP 429)`,
          undefined,
          429,
        );
      return wait;
    }
    if (status >= 500) {
      if (attempt >= TRIES)
        throw new RemoteError(
          `${this.service}: ${what}: provider error (HTTP ${status}) after ${TRIES} tries`,
          undefined,
          status,
        );
      return 500 * 2 ** (attempt - 1);
    }
    return undefined;
  }

  /** A one-line error for an answer the issuer did not expect, with the provider's short error code. */
  fail(a: ApiAnswer, what: string, hint = '', codeField?: string): RemoteError {
    const code = codeField ? cleanField(getPath(a.body, codeField), 80) : undefined;
    return new RemoteError(
      `${this.service}: ${what} answered HTTP ${a.status}${code ? ` (${code})` : ''}${hint ? `; ${hint}` : ''}`,
      a.headers['x-request-id'] ?? a.headers['x-github-request-id'],
      a.status,
    );
  }
}

function lower(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

function parseJson(buf: Buffer): unknown {
  const text = buf.toString('utf8').trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A string field of an answer, bounded and printable, or undefined. */
export function field(body: unknown, path: string): string | undefined {
  return cleanField(getPath(body, path), 200);
}

/** The request id a provider put on its answer, for the audit log. */
export function requestIdOf(a: ApiAnswer): string[] {
  const id = a.headers['x-request-id'] ?? a.headers['x-github-request-id'] ?? a.headers['cf-ray'];
  return id ? [id] : [];
}
