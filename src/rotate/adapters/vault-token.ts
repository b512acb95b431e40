/**
 * Issuer: Vault tokens. New tokens are created through `auth/token/create-orphan` (or a role),
 * so they do not die with the operator's token; the old one is found by `auth/token/lookup` and
 * killed by accessor. Tokens cannot be disabled, only revoked: revocation is the point of no return.
 */
import { redact } from '../../report/finding.js';
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { RemoteError } from './remote.js';
import { hashSecret } from '../../report/finding.js';
import {
  operatorTokenHash,
  rid,
  vaultEndpointFact,
  vaultStatus,
  vcall,
  vaultError,
  vaultClient,
  type VaultResponse,
} from './vault.js';

type Cfg = Extract<IssuerConfig, { type: 'vault-token' }>;

export class VaultTokenIssuer implements IssuerAdapter {
  readonly kind = 'vault-token';
  readonly can = { reissue: true, verify: true, deactivate: false, revoke: true };

  constructor(private readonly cfg: Cfg) {}

  private createPath(): string {
    return this.cfg.role ? `auth/token/create/${this.cfg.role}` : 'auth/token/create-orphan';
  }

  planCalls() {
    return {
      preflight:
        'vault POST auth/token/lookup with the leaked token (still valid? its accessor, which revoke-accessor needs)',
      contain: 'vault POST auth/token/revoke-accessor (old token)',
      issue: `vault POST ${this.createPath()} policies=[${this.cfg.policies.join(',')}] ttl=${this.cfg.ttl}`,
      verify: 'vault GET auth/token/lookup-self with the new token',
      'delete-old': 'vault POST auth/token/revoke-accessor (old token)',
    };
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    const old = ctx.oldParts.value;
    if (old && operatorTokenHash() === hashSecret(old)) {
      throw new RemoteError('vault: VAULT_TOKEN is the leaked token itself; run tokguard with another token');
    }
    await vaultClient();
    const facts = [vaultEndpointFact()];
    if (typeof ctx.state.oldAccessor === 'string' || !old) return { facts };
    const label = redact(old);
    try {
      const r = await vcall<VaultResponse>('lookup of the leaked token', (c) =>
        c.write('auth/token/lookup', { token: old }),
      );
      const { accessor, policies, expire_time: expires } = r.data ?? {};
      const policyList = Array.isArray(policies) ? policies.join(', ') : '';
      facts.push(
        `auth/token/lookup: the leaked token ${label} is valid (policies ${policyList || 'none'}; ${typeof expires === 'string' && expires ? `expires ${expires}` : 'no expiry'}); revoked by accessor at delete-old`,
      );
      return {
        ids: { oldAccessor: typeof accessor === 'string' ? accessor : '', oldLabel: label },
        requestIds: rid(r),
        facts,
      };
    } catch (err) {
      // A leaked token that is already invalid still has to leave the files.
      const status = (err as RemoteError).status;
      if (status === 403 || status === 400) {
        facts.push(
          `auth/token/lookup: the leaked token ${label} is already invalid (Vault answered ${status}); it only has to leave the files`,
        );
        return { ids: { oldAccessor: '' }, note: 'the leaked token is already invalid', facts };
      }
      throw err;
    }
  }

  async recoverIssue(): Promise<StepResult> {
    // A token created by an attempt that died before recording it cannot be found without sudo
    // (`auth/token/accessors`); nobody knows its value and it expires at its TTL.
    return {};
  }

  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    const body = {
      policies: this.cfg.policies,
      ttl: this.cfg.ttl,
      renewable: this.cfg.renewable,
      display_name: 'tokguard-rotated',
      meta: { tokguard_rotation: ctx.rotationId },
    };
    const r = await vcall<VaultResponse>(`POST ${this.createPath()}`, (c) => c.write(this.createPath(), body));
    const token = r.auth?.client_token;
    const accessor = r.auth?.accessor;
    if (!token || !accessor) throw new RemoteError(`vault: ${this.createPath()} returned no token`);
    secrets.add(token);
    return { parts: { value: token }, ids: { newAccessor: accessor }, requestIds: rid(r) };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const c = await vaultClient();
    try {
      const r = (await c.request({
        path: '/auth/token/lookup-self',
        method: 'GET',
        headers: { 'X-Vault-Token': parts.value },
      })) as VaultResponse;
      return { ok: true, requestIds: rid(r) };
    } catch (err) {
      if (vaultStatus(err) === 403) return { ok: false, note: 'the new token is rejected' };
      throw vaultError(err, 'lookup-self with the new token');
    }
  }

  private async revokeAccessor(accessor: unknown, label: string): Promise<StepResult> {
    if (typeof accessor !== 'string' || accessor === '') return { note: `${label}: nothing to revoke` };
    try {
      const r = await vcall<VaultResponse | undefined>(`revoke ${label}`, (c) =>
        c.write('auth/token/revoke-accessor', { accessor }),
      );
      return { requestIds: rid(r) };
    } catch (err) {
      // Vault answers 400 "invalid accessor" for a token that is already gone.
      if ((err as RemoteError).status === 400) return { note: `${label} already revoked` };
      throw err;
    }
  }

  deleteOld(ctx: UnitContext): Promise<StepResult> {
    return this.revokeAccessor(ctx.state.oldAccessor, 'old token');
  }

  revokeNew(ctx: UnitContext): Promise<StepResult> {
    return this.revokeAccessor(ctx.state.newAccessor, 'new token');
  }
}
