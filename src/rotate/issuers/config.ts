/**
 * The `issuer:` keys of a provider issuer (`type: github`, `gitlab`, …), read with the one
 * rotation schema's reader so errors name the key path. A URL here only chooses among the
 * provider's API hosts (a Datadog site, SendGrid's EU host); any other host, such as a
 * self-managed GitLab, must also be listed by the operator in TOKGUARD_ISSUER_HOSTS, so a
 * repository's config cannot send a credential to a server of its choosing.
 */
import type { Reader } from '../config.js';
import { parseDuration } from '../config.js';
import { ISSUERS, type ProviderIssuerType } from './registry.js';

export interface ProviderIssuerConfig {
  type: ProviderIssuerType;
  /** Base URL of the provider's API (self-managed GitLab, another Datadog site). */
  url?: string;
  /** What the operator does by hand to issue a new credential, when the issuer cannot. */
  instructions?: string;
  /** Per request, including waits for 429. */
  timeoutMs: number;
}

export function parseProviderIssuer(
  r: Reader,
  o: Record<string, unknown>,
  type: ProviderIssuerType,
): ProviderIssuerConfig {
  r.only(o, ['type', 'url', 'instructions', 'timeout']);
  const url = r.str(o, 'url', { optional: true });
  if (url !== undefined) {
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      u = undefined;
    }
    if (!u || u.protocol !== 'https:' || u.search || u.hash || u.username)
      r.fail('must be an https:// base URL, like https://gitlab.example.com', 'url');
  }
  const instructions = r.str(o, 'instructions', { optional: true });
  const timeoutMs = parseDuration(r.req(o, 'timeout', '15s'));
  if (timeoutMs === undefined || timeoutMs < 100 || timeoutMs > 120_000)
    r.fail('must be a duration from 100ms to 2m, like 15s', 'timeout');
  return {
    type,
    ...(url ? { url: url.replace(/\/+$/, '') } : {}),
    ...(instructions ? { instructions } : {}),
    timeoutMs: timeoutMs as number,
  };
}

/** The variable consumers read when a target names none (GITHUB_TOKEN, …). */
export function providerDefaultEnv(type: string): Record<string, string> | undefined {
  const env = ISSUERS[type]?.defaultEnv;
  return env ? { value: env } : undefined;
}
