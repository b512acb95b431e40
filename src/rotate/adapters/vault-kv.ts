/**
 * Store: Vault KV version 2. KV has no staging labels, so the pending value lives at a sibling
 * path (`<path>__tokguard_pending`, created with cas=0 so two rotations cannot both own it) and
 * promotion writes the real path with check-and-set against the version seen when the pending
 * value was stored. Earlier versions stay in KV history; rollback writes the previous one back.
 */
import type { StoreConfig } from '../config.js';
import type { Parts, StepResult, StoreAdapter, StoreExpectation, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { checkStoreHolds, heldFact } from '../store-check.js';
import { RemoteError } from './remote.js';
import { rid, vaultEndpointFact, vcall, type VaultResponse } from './vault.js';

type Cfg = Extract<StoreConfig, { type: 'vault-kv' }>;

const MARK = 'tokguard_rotation';

interface KvRead {
  data: Record<string, unknown>;
  version: number;
  requestIds: string[];
}

export class VaultKvStore implements StoreAdapter {
  readonly kind = 'vault-kv';
  constructor(private readonly cfg: Cfg) {}

  private get dataPath(): string {
    return `${this.cfg.mount}/data/${this.cfg.path}`;
  }
  private get pendingPath(): string {
    return `${this.cfg.mount}/data/${this.cfg.path}__tokguard_pending`;
  }
  private get pendingMeta(): string {
    return `${this.cfg.mount}/metadata/${this.cfg.path}__tokguard_pending`;
  }

  planCalls() {
    return {
      preflight: `vault GET ${this.dataPath} (exists, current version, holds the leaked value? compared by hash); GET ${this.pendingPath} (no foreign pending value)`,
      'store-pending': `vault POST ${this.pendingPath} (cas=0)`,
      promote: `vault POST ${this.dataPath} (cas=<version when pending was stored>); DELETE ${this.pendingMeta}`,
    };
  }

  private async read(path: string, version?: number): Promise<KvRead | undefined> {
    try {
      const r = await vcall<VaultResponse>(`read ${path}`, (c) =>
        c.read(version ? `${path}?version=${version}` : path),
      );
      const d = (r.data ?? {}) as { data?: Record<string, unknown> | null; metadata?: { version?: number } };
      const data = d.data ?? {};
      for (const [k, v] of Object.entries(data)) if (k !== MARK && typeof v === 'string') secrets.add(v);
      return { data, version: d.metadata?.version ?? 0, requestIds: rid(r) };
    } catch (err) {
      if ((err as RemoteError).status === 404) return undefined;
      throw err;
    }
  }

  private async write(
    path: string,
    data: Record<string, unknown>,
    cas: number,
  ): Promise<{ version: number; requestIds: string[] } | 'cas-mismatch'> {
    try {
      const r = await vcall<VaultResponse>(`write ${path}`, (c) => c.write(path, { options: { cas }, data }));
      return { version: Number((r.data as { version?: number } | null)?.version ?? 0), requestIds: rid(r) };
    } catch (err) {
      const e = err as RemoteError;
      if (e.status === 400 && /check-and-set/i.test(e.message)) return 'cas-mismatch';
      throw err;
    }
  }

  async preflight(ctx: UnitContext, expect: StoreExpectation): Promise<StepResult> {
    const cur = await this.read(this.dataPath);
    if (!cur)
      throw new RemoteError(
        `vault: secret ${this.cfg.mount}/${this.cfg.path} does not exist (create it first, or check the mount)`,
      );
    const pending = await this.read(this.pendingPath);
    if (pending && Object.keys(pending.data).length > 0 && pending.data[MARK] !== ctx.state.storeToken) {
      throw new RemoteError(
        `vault: ${this.cfg.mount}/${this.cfg.path} has a pending value from another rotation (${String(pending.data[MARK] ?? 'unknown')}); finish or cancel it first`,
      );
    }
    const where = `vault secret ${this.cfg.mount}/${this.cfg.path} (version ${cur.version})`;
    const facts = [vaultEndpointFact()];
    if (Object.keys(expect.hashes).length) {
      const fields = Object.fromEntries(
        Object.keys(expect.hashes).map((n) => [
          n,
          typeof cur.data[n] === 'string' ? (cur.data[n] as string) : undefined,
        ]),
      );
      facts.push(heldFact(where, checkStoreHolds(where, fields, expect)));
    } else facts.push(`${where} exists`);
    return { requestIds: [...cur.requestIds, ...(pending?.requestIds ?? [])], facts };
  }

  async putPending(ctx: UnitContext, values: Parts): Promise<StepResult> {
    const token = String(ctx.state.storeToken);
    const base = await this.read(this.dataPath);
    if (!base) throw new RemoteError(`vault: secret ${this.cfg.mount}/${this.cfg.path} does not exist`);
    const ids = { kvBaseVersion: typeof ctx.state.kvBaseVersion === 'number' ? ctx.state.kvBaseVersion : base.version };
    const existing = await this.read(this.pendingPath);
    if (existing && existing.data[MARK] === token) return { ids, note: 'pending value already stored' };
    if (existing && Object.keys(existing.data).length > 0) {
      throw new RemoteError(`vault: ${this.cfg.mount}/${this.cfg.path} has a pending value from another rotation`);
    }
    const w = await this.write(this.pendingPath, { ...values, [MARK]: token }, existing ? existing.version : 0);
    if (w === 'cas-mismatch') {
      const again = await this.read(this.pendingPath);
      if (again?.data[MARK] === token) return { ids };
      throw new RemoteError(
        `vault: ${this.cfg.mount}/${this.cfg.path}: check-and-set mismatch on the pending value; another rotation is running`,
      );
    }
    return { ids: { ...ids, kvPendingVersion: w.version }, requestIds: w.requestIds };
  }

  private pick(data: Record<string, unknown>, names: string[]): Parts | undefined {
    const out: Parts = {};
    for (const n of names) {
      const v = data[n];
      if (typeof v !== 'string') return undefined;
      out[n] = v;
    }
    return out;
  }

  async readOurs(ctx: UnitContext): Promise<Parts | undefined> {
    const names = typeof ctx.state.storeNames === 'string' ? ctx.state.storeNames.split(',') : [];
    if (typeof ctx.state.kvPromotedVersion === 'number') {
      const r = await this.read(this.dataPath, ctx.state.kvPromotedVersion);
      return r ? this.pick(r.data, names) : undefined;
    }
    const p = await this.read(this.pendingPath);
    if (!p || p.data[MARK] !== ctx.state.storeToken) return undefined;
    return this.pick(p.data, names);
  }

  async promote(ctx: UnitContext): Promise<StepResult> {
    const names = String(ctx.state.storeNames).split(',');
    const base = Number(ctx.state.kvBaseVersion);
    const requestIds: string[] = [];
    const cur = await this.read(this.dataPath);
    if (!cur) throw new RemoteError(`vault: secret ${this.cfg.mount}/${this.cfg.path} disappeared`);
    const pending = await this.read(this.pendingPath);
    const ours = pending && pending.data[MARK] === ctx.state.storeToken ? this.pick(pending.data, names) : undefined;
    let promoted: number;
    if (cur.version > base && ours && names.every((n) => cur.data[n] === ours[n])) {
      promoted = cur.version; // written by an attempt that died before recording it
    } else {
      if (!ours) throw new RemoteError(`vault: the pending value for ${this.cfg.mount}/${this.cfg.path} is gone`);
      const w = await this.write(this.dataPath, { ...cur.data, ...ours }, base);
      if (w === 'cas-mismatch') {
        throw new RemoteError(
          `vault: ${this.cfg.mount}/${this.cfg.path} changed since the rotation stored its pending value (check-and-set mismatch); nothing was promoted`,
        );
      }
      promoted = w.version;
      requestIds.push(...w.requestIds);
    }
    await this.dropPending();
    return { ids: { kvPromotedVersion: promoted }, requestIds };
  }

  private async dropPending(): Promise<void> {
    try {
      await vcall(`delete ${this.pendingMeta}`, (c) => c.delete(this.pendingMeta));
    } catch (err) {
      if ((err as RemoteError).status !== 404) throw err;
    }
  }

  async rollback(ctx: UnitContext): Promise<StepResult> {
    const requestIds: string[] = [];
    const promoted = ctx.state.kvPromotedVersion;
    if (typeof promoted === 'number') {
      const cur = await this.read(this.dataPath);
      const prev = await this.read(this.dataPath, Number(ctx.state.kvBaseVersion));
      if (cur && prev && cur.version === promoted) {
        const w = await this.write(this.dataPath, prev.data, cur.version);
        if (w === 'cas-mismatch')
          throw new RemoteError(`vault: ${this.cfg.mount}/${this.cfg.path} changed during rollback`);
        requestIds.push(...w.requestIds);
      } else if (cur && cur.version !== promoted) {
        throw new RemoteError(
          `vault: ${this.cfg.mount}/${this.cfg.path} has changed since the rotation promoted version ${promoted}; restore it by hand`,
        );
      }
    }
    const p = await this.read(this.pendingPath);
    if (p && p.data[MARK] === ctx.state.storeToken) await this.dropPending();
    return { requestIds };
  }
}
