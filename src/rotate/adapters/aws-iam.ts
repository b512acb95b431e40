/**
 * Issuer: AWS IAM access keys. The user's keys are listed before every create (IAM allows two
 * per user), so a key created by an attempt that crashed before it was recorded is found and
 * deleted on resume. The old key is deactivated before it is deleted. Access key ids are part
 * of the credential, so the journal holds their hashes and the keys are found again by listing.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import { redact } from '../../report/finding.js';
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, Parts, StepResult, UnitContext } from '../types.js';
import { idHash, secrets } from '../types.js';
import { assertNotLeakedKey, awsError, clientConfig, quietSdk, requestIdOf } from './aws.js';
import { RemoteError, isLoopback, sleep } from './remote.js';

type Cfg = Extract<IssuerConfig, { type: 'aws-iam' }>;
type Sdk = typeof import('@aws-sdk/client-iam');

interface KeyMeta {
  id: string;
  status: string;
}

export class AwsIamIssuer implements IssuerAdapter {
  readonly kind = 'aws-iam';
  readonly canDeactivate = true;
  private sdk?: Sdk;
  private client?: IAMClient;

  constructor(private readonly cfg: Cfg) {}

  planCalls() {
    const u = this.cfg.user ?? '<owner of the leaked key>';
    return {
      contain: `iam:UpdateAccessKey ${u} old key → Inactive`,
      issue: `iam:ListAccessKeys ${u}; iam:CreateAccessKey ${u}`,
      verify: `iam:ListAccessKeys ${u} (new key Active); iam:GetUser signed with the new key`,
      'deactivate-old': `iam:UpdateAccessKey ${u} old key → Inactive`,
      'delete-old': `iam:DeleteAccessKey ${u} old key`,
    };
  }

  private async iam(): Promise<{ sdk: Sdk; client: IAMClient }> {
    if (!this.sdk || !this.client) {
      quietSdk();
      this.sdk = await import('@aws-sdk/client-iam');
      this.client = new this.sdk.IAMClient(clientConfig(this.cfg));
    }
    return { sdk: this.sdk, client: this.client };
  }

  private async call<T>(what: string, fn: (sdk: Sdk, client: IAMClient) => Promise<T>): Promise<T> {
    const { sdk, client } = await this.iam();
    try {
      return await fn(sdk, client);
    } catch (err) {
      throw awsError(err, `iam ${what}`, clientConfig(this.cfg).endpoint);
    }
  }

  private async listKeys(user: string): Promise<{ keys: KeyMeta[]; requestIds: string[] }> {
    const out = await this.call(`ListAccessKeys ${user}`, (sdk, c) =>
      c.send(new sdk.ListAccessKeysCommand({ UserName: user })),
    );
    const keys = (out.AccessKeyMetadata ?? []).map((k) => ({ id: k.AccessKeyId ?? '', status: k.Status ?? '' }));
    return { keys, requestIds: requestIdOf(out) };
  }

  private user(ctx: UnitContext): string {
    const u = (ctx.state.iamUser as string | undefined) ?? this.cfg.user;
    if (!u) throw new Error('iam user unknown before preflight');
    return u;
  }

  private async findByHash(ctx: UnitContext, hash: unknown): Promise<KeyMeta | undefined> {
    if (typeof hash !== 'string') return undefined;
    const { keys } = await this.listKeys(this.user(ctx));
    return keys.find((k) => idHash(k.id) === hash);
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    const { client } = await this.iam();
    const oldId = ctx.oldParts.accessKeyId;
    const oldHash = oldId ? idHash(oldId) : (ctx.state.oldKeyHash as string | undefined);
    if (!oldHash)
      throw new RemoteError('aws-iam: the leaked access key id is not known (no aws access key id among the findings)');
    await assertNotLeakedKey(() => client.config.credentials(), [oldHash], 'iam', clientConfig(this.cfg).endpoint);
    const requestIds: string[] = [];
    let user = (ctx.state.iamUser as string | undefined) ?? this.cfg.user;
    if (!user && oldId) {
      const out = await this.call(`GetAccessKeyLastUsed ${redact(oldId)}`, (sdk, c) =>
        c.send(new sdk.GetAccessKeyLastUsedCommand({ AccessKeyId: oldId })),
      );
      requestIds.push(...requestIdOf(out));
      user = out.UserName;
    }
    if (!user) throw new RemoteError('aws-iam: cannot tell which IAM user owns the leaked key; set issuer.user');
    const { keys, requestIds: r2 } = await this.listKeys(user);
    requestIds.push(...r2);
    const ids = {
      iamUser: user,
      oldKeyHash: oldHash,
      oldKeyLabel: oldId ? redact(oldId) : String(ctx.state.oldKeyLabel ?? ''),
    };
    const old = keys.find((k) => idHash(k.id) === oldHash);
    if (!old && ctx.state.oldKeyHash === undefined) {
      throw new RemoteError(
        `aws-iam: access key ${ids.oldKeyLabel} does not belong to IAM user ${user} (already deleted?)`,
      );
    }
    const ours = ctx.state.newKeyHash;
    const others = keys.filter((k) => idHash(k.id) !== oldHash && idHash(k.id) !== ours);
    if (!ctx.state.newKeyHash && ctx.state.preIssueKeyHashes === undefined && keys.length >= 2 && others.length > 0) {
      throw new RemoteError(
        `aws-iam: IAM user ${user} already has two access keys (the limit); delete the unused one (${others.map((k) => redact(k.id)).join(', ')}) first`,
      );
    }
    return { ids, requestIds };
  }

  async recoverIssue(ctx: UnitContext): Promise<StepResult> {
    const user = this.user(ctx);
    const before = typeof ctx.state.preIssueKeyHashes === 'string' ? ctx.state.preIssueKeyHashes.split(',') : undefined;
    const listed = await this.listKeys(user);
    let keys = listed.keys;
    const requestIds = listed.requestIds;
    let note: string | undefined;
    if (before) {
      // A previous attempt may have created a key whose secret was never stored: it is useless, delete it.
      const orphans = keys.filter((k) => !before.includes(idHash(k.id)) && idHash(k.id) !== ctx.state.oldKeyHash);
      for (const k of orphans) {
        const out = await this.call(`DeleteAccessKey ${user} (orphan)`, (sdk, c) =>
          c.send(new sdk.DeleteAccessKeyCommand({ UserName: user, AccessKeyId: k.id })),
        );
        requestIds.push(...requestIdOf(out));
      }
      if (orphans.length) note = `deleted ${orphans.length} key(s) left by an interrupted attempt`;
      keys = keys.filter((k) => !orphans.includes(k));
    }
    if (keys.length >= 2) {
      throw new RemoteError(`aws-iam: IAM user ${user} has two access keys; cannot create a new one`);
    }
    return {
      ids: { preIssueKeyHashes: keys.map((k) => idHash(k.id)).join(',') },
      requestIds,
      ...(note ? { note } : {}),
    };
  }

  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    const user = this.user(ctx);
    const out = await this.call(`CreateAccessKey ${user}`, (sdk, c) =>
      c.send(new sdk.CreateAccessKeyCommand({ UserName: user })),
    );
    const id = out.AccessKey?.AccessKeyId;
    const secret = out.AccessKey?.SecretAccessKey;
    if (!id || !secret) throw new RemoteError('aws-iam: CreateAccessKey returned no key');
    secrets.add(id);
    secrets.add(secret);
    return {
      parts: { accessKeyId: id, secretAccessKey: secret },
      ids: { newKeyHash: idHash(id), newKeyLabel: redact(id) },
      requestIds: requestIdOf(out),
    };
  }

  async verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const user = this.user(ctx);
    const newId = parts.accessKeyId ?? '';
    const { keys, requestIds } = await this.listKeys(user);
    const k = keys.find((x) => x.id === newId);
    if (!k || k.status !== 'Active') return { ok: false, requestIds, note: 'new key is not active' };
    // Sign a call with the new key itself. New IAM keys take a few seconds to propagate.
    const { sdk } = await this.iam();
    const cc = clientConfig(this.cfg);
    const probe = new sdk.IAMClient({
      ...cc,
      maxAttempts: 1,
      credentials: { accessKeyId: newId, secretAccessKey: parts.secretAccessKey ?? '' },
    });
    const attempts = cc.endpoint && isLoopback(cc.endpoint) ? 1 : 6;
    let last: unknown;
    for (let i = 0; i < attempts; i++) {
      try {
        const out = await probe.send(new sdk.GetUserCommand({}));
        requestIds.push(...requestIdOf(out));
        const name = out.User?.UserName;
        // moto answers for a default user whatever the signature; only a real name mismatch is a failure.
        if (name && name !== user && !(cc.endpoint && isLoopback(cc.endpoint))) {
          return { ok: false, requestIds, note: `new key belongs to ${name}, not ${user}` };
        }
        return { ok: true, requestIds };
      } catch (err) {
        last = err;
        await sleep(2000 * (i + 1));
      }
    }
    throw awsError(last, 'iam GetUser with the new key', cc.endpoint);
  }

  private async setStatus(ctx: UnitContext, status: 'Active' | 'Inactive'): Promise<StepResult> {
    const user = this.user(ctx);
    const k = await this.findByHash(ctx, ctx.state.oldKeyHash);
    if (!k) return { note: 'old key no longer exists' };
    if (k.status === status) return { note: `old key already ${status}` };
    const out = await this.call(`UpdateAccessKey ${user} → ${status}`, (sdk, c) =>
      c.send(new sdk.UpdateAccessKeyCommand({ UserName: user, AccessKeyId: k.id, Status: status })),
    );
    return { requestIds: requestIdOf(out) };
  }

  deactivateOld(ctx: UnitContext): Promise<StepResult> {
    return this.setStatus(ctx, 'Inactive');
  }

  reactivateOld(ctx: UnitContext): Promise<StepResult> {
    return this.setStatus(ctx, 'Active');
  }

  private async deleteByHash(ctx: UnitContext, hash: unknown, label: string): Promise<StepResult> {
    const user = this.user(ctx);
    const k = await this.findByHash(ctx, hash);
    if (!k) return { note: `${label} already gone` };
    const out = await this.call(`DeleteAccessKey ${user} ${label}`, (sdk, c) =>
      c.send(new sdk.DeleteAccessKeyCommand({ UserName: user, AccessKeyId: k.id })),
    );
    return { requestIds: requestIdOf(out) };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    const k = await this.findByHash(ctx, ctx.state.oldKeyHash);
    if (k && k.status === 'Active') {
      // Deactivate before delete, always.
      await this.setStatus(ctx, 'Inactive');
    }
    return this.deleteByHash(ctx, ctx.state.oldKeyHash, 'old key');
  }

  revokeNew(ctx: UnitContext): Promise<StepResult> {
    return this.deleteByHash(ctx, ctx.state.newKeyHash, 'new key');
  }
}
