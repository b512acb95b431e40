/**
 * What the Vault adapters share: a node-vault client from VAULT_ADDR / VAULT_TOKEN (loaded with
 * dynamic import), and error mapping. node-vault's own `tokenCreate` replaces the client's token
 * with the one it creates, and its `revoke` drops the `sync` flag, so the adapters call the HTTP
 * paths through `request`/`write` instead.
 */
import type NodeVault from 'node-vault';
import { RemoteError, networkCode } from './remote.js';
import { hashSecret } from '../../report/finding.js';

export type VaultClient = NodeVault.client;

export interface VaultResponse {
  request_id?: string;
  lease_id?: string;
  data?: Record<string, unknown> | null;
  auth?: { client_token?: string; accessor?: string; policies?: string[]; lease_duration?: number } | null;
  warnings?: string[] | null;
}

let cached: { key: string; client: VaultClient } | undefined;

export async function vaultClient(): Promise<VaultClient> {
  const endpoint = process.env.VAULT_ADDR;
  const token = process.env.VAULT_TOKEN;
  if (!endpoint) throw new RemoteError('vault: VAULT_ADDR is not set');
  if (!token) throw new RemoteError('vault: VAULT_TOKEN is not set (tokguard needs its own Vault token)');
  const key = `${endpoint}\0${hashSecret(token)}`;
  if (cached?.key === key) return cached.client;
  const mod = (await import('node-vault')) as unknown as { default: typeof NodeVault };
  const client = mod.default({
    endpoint,
    token,
    ...(process.env.VAULT_NAMESPACE ? { namespace: process.env.VAULT_NAMESPACE } : {}),
  });
  cached = { key, client };
  return client;
}

/** Where Vault calls go, for the plan: VAULT_ADDR (and VAULT_NAMESPACE), the only source there is. */
export function vaultEndpointFact(): string {
  const ns = process.env.VAULT_NAMESPACE;
  return `Vault: ${process.env.VAULT_ADDR ?? ''} (VAULT_ADDR${ns ? `; namespace ${ns} from VAULT_NAMESPACE` : ''})`;
}

export function operatorTokenHash(): string | undefined {
  const t = process.env.VAULT_TOKEN;
  return t ? hashSecret(t) : undefined;
}

interface VaultErr {
  message?: string;
  response?: { statusCode?: number; body?: { errors?: string[] } };
}

export function vaultStatus(err: unknown): number | undefined {
  return (err as VaultErr | undefined)?.response?.statusCode;
}

export function vaultError(err: unknown, what: string): RemoteError {
  if (err instanceof RemoteError) return err;
  const e = (err ?? {}) as VaultErr;
  const status = e.response?.statusCode;
  const net = networkCode(err);
  const detail = (e.response?.body?.errors ?? []).join('; ') || e.message || 'unknown error';
  let msg: string;
  if (net) msg = `vault: ${what}: cannot reach ${process.env.VAULT_ADDR ?? 'Vault'} (${net})`;
  else if (status === 403) msg = `vault: ${what}: permission denied; check VAULT_TOKEN and its policies`;
  else if (status === 404) msg = `vault: ${what}: not found`;
  else if (status === 429) msg = `vault: ${what}: rate limited; wait and run the same command with --resume`;
  else if (status !== undefined && status >= 500) msg = `vault: ${what}: server error ${status}: ${detail}`;
  else if (status !== undefined) msg = `vault: ${what}: ${status}: ${detail}`;
  else msg = `vault: ${what}: ${detail.split('\n')[0]}`;
  return new RemoteError(msg, undefined, status);
}

export async function vcall<T = VaultResponse>(what: string, fn: (c: VaultClient) => Promise<T>): Promise<T> {
  const c = await vaultClient();
  try {
    return await fn(c);
  } catch (err) {
    throw vaultError(err, what);
  }
}

export function rid(r: VaultResponse | undefined): string[] {
  return r?.request_id ? [r.request_id] : [];
}
