/**
 * The one way a verifier talks to a provider. It sends to HTTPS URLs only, checks certificates
 * whatever the environment says (NODE_TLS_REJECT_UNAUTHORIZED is not honoured here), follows a
 * redirect only to the same origin, caps the answer's size and time, and reports failures as
 * short reasons built from error codes: never a URL (some providers take the key in the path),
 * never a body.
 */
import http from 'node:http';
import https from 'node:https';
import { routeUrl, EndpointRefused, type EndpointMap } from './endpoints.js';

export interface HttpRequest {
  method: string;
  /** The provider URL (https, on the provider's host), before any test mapping. */
  url: URL;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface HttpAnswer {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
}

/** A request that got no usable answer; `reason` is safe to show (no URL, no body). */
export class HttpFailure extends Error {
  constructor(
    readonly reason: string,
    readonly kind: 'network' | 'timeout' | 'tls' | 'redirect' | 'deadline' | 'refused' | 'size' = 'network',
  ) {
    super(reason);
  }
}

const MAX_BODY = 256 * 1024;
const MAX_REDIRECTS = 3;

const TLS_CODES =
  /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_)/;

function describeNetworkError(err: NodeJS.ErrnoException): HttpFailure {
  const code = err.code ?? '';
  if (TLS_CODES.test(code)) return new HttpFailure(`TLS certificate rejected (${code})`, 'tls');
  switch (code) {
    case 'ECONNREFUSED':
      return new HttpFailure('network: connection refused');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new HttpFailure('network: host not found');
    case 'ECONNRESET':
    case 'EPIPE':
      return new HttpFailure('network: connection reset');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new HttpFailure('network: unreachable');
    default:
      return new HttpFailure(`network: ${code || 'error'}`);
  }
}

export interface HttpClientOptions {
  endpoints: EndpointMap;
  userAgent: string;
}

export class HttpClient {
  private readonly httpsAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: true });
  private readonly httpAgent = new http.Agent({ keepAlive: true });

  constructor(private readonly options: HttpClientOptions) {}

  /** Sends `req`; `timeoutMs` bounds the whole exchange, `signal` is the run's deadline. */
  async send(req: HttpRequest, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
    if (req.url.protocol !== 'https:') throw new HttpFailure('refused: not an https URL', 'refused');
    let logical = req.url;
    let method = req.method;
    let body = req.body;
    for (let hop = 0; ; hop++) {
      let target: URL;
      try {
        target = routeUrl(logical, this.options.endpoints);
      } catch (e) {
        if (e instanceof EndpointRefused) throw new HttpFailure(`refused: ${e.message}`, 'refused');
        throw e;
      }
      const answer = await this.once(method, target, { ...req.headers }, body, timeoutMs, signal);
      const location = answer.headers.location;
      if (answer.status < 300 || answer.status >= 400 || answer.status === 304 || !location) return answer;
      // Redirects: same origin only, so a secret never follows a Location to another host.
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        throw new HttpFailure(`redirect (HTTP ${answer.status}) to an invalid location, not followed`, 'redirect');
      }
      if (next.origin !== target.origin)
        throw new HttpFailure(`redirected (HTTP ${answer.status}) to another host, not followed`, 'redirect');
      if (hop >= MAX_REDIRECTS) throw new HttpFailure('too many redirects', 'redirect');
      logical = new URL(`${next.pathname.slice(this.basePath(target, logical).length)}${next.search}`, logical.origin);
      if (answer.status === 303) {
        method = 'GET';
        body = undefined;
      }
    }
  }

  /** The loopback base path a mapped request was prefixed with ('' when not mapped). */
  private basePath(target: URL, logical: URL): string {
    return target.pathname.endsWith(logical.pathname)
      ? target.pathname.slice(0, target.pathname.length - logical.pathname.length)
      : '';
  }

  private once(
    method: string,
    target: URL,
    headers: Record<string, string>,
    body: Buffer | undefined,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<HttpAnswer> {
    if (signal?.aborted) return Promise.reject(new HttpFailure('run time limit reached', 'deadline'));
    const secure = target.protocol === 'https:';
    // A POST without a body says so (some APIs, Dropbox's, take no body and no content type).
    if (body || method === 'POST') headers['content-length'] = String(body?.length ?? 0);
    return new Promise<HttpAnswer>((resolve, reject) => {
      let settled = false;
      const finish = (err: HttpFailure | undefined, answer?: HttpAnswer): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (err) {
          request.destroy();
          reject(err);
        } else resolve(answer!);
      };
      const onAbort = (): void => finish(new HttpFailure('run time limit reached', 'deadline'));
      const timer = setTimeout(
        () => finish(new HttpFailure(`timeout after ${Math.round(timeoutMs / 100) / 10} s`, 'timeout')),
        timeoutMs,
      );
      const options: https.RequestOptions = {
        method,
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || (secure ? 443 : 80),
        path: `${target.pathname}${target.search}`,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
        ...(secure ? { rejectUnauthorized: true, servername: target.hostname } : {}),
      };
      const request = (secure ? https : http).request(options, (res) => {
        const parts: Buffer[] = [];
        let size = 0;
        res.on('data', (d: Buffer) => {
          size += d.length;
          if (size > MAX_BODY) finish(new HttpFailure('answer too large', 'size'));
          else parts.push(d);
        });
        res.on('end', () => {
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          }
          finish(undefined, { status: res.statusCode ?? 0, headers: out, body: Buffer.concat(parts) });
        });
        res.on('error', (e: NodeJS.ErrnoException) => finish(describeNetworkError(e)));
      });
      request.on('error', (e: NodeJS.ErrnoException) => finish(describeNetworkError(e)));
      signal?.addEventListener('abort', onAbort);
      request.end(body);
    });
  }

  close(): void {
    this.httpsAgent.destroy();
    this.httpAgent.destroy();
  }
}
