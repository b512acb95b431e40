/**
 * Turning service failures into one-line user errors. Every remote failure is a `RemoteError`
 * (exit 2) whose message names the service, the operation and the cause, with any secret scrubbed.
 */
import { UserError } from '../../errors.js';
import { secrets } from '../types.js';

export class RemoteError extends UserError {
  constructor(
    message: string,
    readonly requestId?: string,
    readonly status?: number,
  ) {
    super(secrets.scrub(message));
    this.name = 'RemoteError';
  }
}

const NET_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'ENETUNREACH',
]);

export function networkCode(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && NET_CODES.has(e.code)) return e.code;
    if (Array.isArray(e.errors)) {
      for (const sub of e.errors) {
        const c = networkCode(sub);
        if (c) return c;
      }
    }
    e = e.cause as typeof e;
  }
  return undefined;
}

export function isLoopback(url: string): boolean {
  try {
    const h = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\./.test(h);
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
