/**
 * Issuer: Vault dynamic secrets (database credentials and the like). A new lease is read from
 * the secrets engine's creds path; leases are revoked with `sync: true`, because without it
 * Vault answers 202 (queued), which node-vault treats as an error.
 */
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { RemoteError } from './remote.js';
import { rid, vaultEndpointFact, vcall, vaultClient, type VaultResponse } from './vault.js';

type Cfg = Extract<IssuerConfig, { type: 'vault-lease' }>;

export class VaultLeaseIssuer implements IssuerAdapter {
  readonly kind = 'vault-lease';
  readonly can = { reissue: true, verify: true, deactivate: false, revoke: true };

  constructor(private readonly cfg: Cfg) {}

  planCalls() {
    return {
      preflight: `vault PUT sys/leases/lookup ${this.cfg.oldLeaseId} (the leaked credential's lease: still live?)`,
      contain: `vault PUT sys/leases/revoke ${this.cfg.oldLeaseId} sync=true`,
      issue: `vault GET ${this.cfg.path} (new lease)`,
      verify: 'vault PUT sys/leases/lookup (new lease is live)',
      'delete-old': `vault PUT sys/leases/revoke ${this.cfg.oldLeaseId} sync=true`,
    };
  }

  private async lookup(leaseId: string): Promise<VaultResponse | undefined> {
    try {
      return await vcall<VaultResponse>(`lease lookup ${leaseId}`, (c) =>
        c.write('sys/leases/lookup', { lease_id: leaseId }),
      );
    } catch (err) {
      if ((err as RemoteError).status === 400 || (err as RemoteError).status === 404) return undefined;
      throw err;
    }
  }

  async preflight(): Promise<StepResult> {
    await vaultClient();
    const id = this.cfg.oldLeaseId;
    const r = await this.lookup(id);
    const expires = r?.data?.expire_time;
    const facts = [
      vaultEndpointFact(),
      r
        ? `sys/leases/lookup ${id}: live${typeof expires === 'string' && expires ? `, expires ${expires}` : ''}; revoked at delete-old`
        : `sys/leases/lookup ${id}: no such lease: it expired or was revoked (the leaked credential is dead), or oldLeaseId names another lease (then the leaked one stays live: check it)`,
    ];
    return {
      ids: { oldLeaseId: id },
      requestIds: rid(r),
      facts,
      ...(r ? {} : { note: 'the old lease has already expired' }),
    };
  }

  async recoverIssue(): Promise<StepResult> {
    return {};
  }

  async issue(): Promise<StepResult & { parts: Parts }> {
    const r = await vcall<VaultResponse>(`GET ${this.cfg.path}`, (c) => c.read(this.cfg.path));
    const username = r.data?.username;
    const password = r.data?.password;
    if (!r.lease_id || typeof password !== 'string') throw new RemoteError(`vault: ${this.cfg.path} returned no lease`);
    secrets.add(password);
    return {
      parts: { username: typeof username === 'string' ? username : '', password },
      ids: { newLeaseId: r.lease_id },
      requestIds: rid(r),
    };
  }

  async verify(ctx: UnitContext): Promise<StepResult & { ok: boolean | undefined }> {
    const r = await this.lookup(String(ctx.state.newLeaseId));
    return {
      ok: r !== undefined,
      requestIds: rid(r),
      note: 'lease is live (the credential itself is checked by its consumer)',
    };
  }

  private async revoke(leaseId: unknown, label: string): Promise<StepResult> {
    if (typeof leaseId !== 'string' || !leaseId) return { note: `${label}: nothing to revoke` };
    const r = await vcall<VaultResponse | undefined>(`revoke ${label}`, (c) =>
      c.write('sys/leases/revoke', { lease_id: leaseId, sync: true }),
    );
    return { requestIds: rid(r) };
  }

  deleteOld(ctx: UnitContext): Promise<StepResult> {
    return this.revoke(ctx.state.oldLeaseId, 'old lease');
  }

  revokeNew(ctx: UnitContext): Promise<StepResult> {
    return this.revoke(ctx.state.newLeaseId, 'new lease');
  }
}
