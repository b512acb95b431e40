/**
 * Issuer: AWS IAM access keys. The user's keys are listed before every create (IAM allows two
 * per user), so a key created by an attempt that crashed before it was recorded is found and
 * deleted on resume. The old key is deactivated before it is deleted. Access key ids are part
 * of the credential, so the journal holds their hashes and the keys are found again by listing.
 *
 * The new key is verified with `sts:GetCallerIdentity` signed by the key itself: it needs no
 * permission (a least-privilege CI key can make it), and it says whose key it is. New keys take
 * a few seconds to be accepted everywhere, so verify retries within a bound and shows the wait.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, Parts, StepResult, UnitContext } from '../types.js';
import { idHash, secrets } from '../types.js';
import {
  assertNotLeakedKey,
  awsError,
  awsErrorName,
  clientConfig,
  endpointOf,
  keyLabel,
  quietSdk,
  requestIdOf,
} from './aws.js';
import { RemoteError, networkCode, sleep } from './remote.js';

type Cfg = Extract<IssuerConfig, { type: 'aws-iam' }>;
type Sdk = typeof import('@aws-sdk/client-iam');

interface KeyMeta {
  id: string;
  status: string;
}

/** The answers AWS gives a key it does not know (yet): retried while the key propagates. */
const NOT_YET = /InvalidClientTokenId|UnrecognizedClient|AuthFailure|SignatureDoesNotMatch|InvalidAccessKeyId/;
/** The answers AWS gives a key it authenticated but will not let do this: proof enough that it works. */
const DENIED = /AccessDenied|UnauthorizedOperation|NotAuthorized/;

/** True when `arn` is the IAM user `user` (any path): arn:aws:iam::123456789012:user/path/name. */
export function arnIsUser(arn: string | undefined, user: string): boolean {
  const resource = arn?.split(':').slice(5).join(':') ?? '';
  return resource.startsWith('user/') && resource.split('/').pop() === user;
}

export class AwsIamIssuer implements IssuerAdapter {
  readonly kind = 'aws-iam';
  readonly can = { reissue: true, verify: true, deactivate: true, revoke: true };
  private sdk?: Sdk;
  private client?: IAMClient;

  constructor(private readonly cfg: Cfg) {}

  planCalls() {
    const u = this.cfg.user ?? '<owner of the leaked key>';
    const wait = Math.round(this.cfg.propagationMs / 1000);
    return {
      preflight: `${this.cfg.user ? '' : 'iam:GetAccessKeyLastUsed <leaked key> (which user owns it); '}iam:ListAccessKeys ${u} (the leaked key is there, a free slot)`,
      contain: `iam:UpdateAccessKey ${u} old key → Inactive`,
      issue: `iam:ListAccessKeys ${u}; iam:CreateAccessKey ${u}`,
      verify: `iam:ListAccessKeys ${u} (new key Active); sts:GetCallerIdentity signed with the new key (ARN must be user ${u}; retried up to ${wait}s while the key propagates)`,
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
      throw awsError(err, `iam ${what}`, (await endpointOf(client, this.cfg)).url);
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
    const endpoint = await endpointOf(client, this.cfg);
    const oldId = ctx.oldParts.accessKeyId;
    const oldHash = oldId ? idHash(oldId) : (ctx.state.oldKeyHash as string | undefined);
    if (!oldHash)
      throw new RemoteError('aws-iam: the leaked access key id is not known (no aws access key id among the findings)');
    await assertNotLeakedKey(() => client.config.credentials(), [oldHash], 'iam', endpoint.url);
    const requestIds: string[] = [];
    const oldLabel = oldId ? keyLabel(oldId) : String(ctx.state.oldKeyLabel ?? '');
    let user = (ctx.state.iamUser as string | undefined) ?? this.cfg.user;
    // Verify signs with the new key and sends it to STS: say where, before it exists.
    const sts = (await this.stsWith('', '')).endpoint;
    const facts = [
      `IAM endpoint: ${endpoint.url} (${endpoint.source})`,
      `STS endpoint (verify, signed with the new key): ${sts.url} (${sts.source})`,
    ];
    if (!user && oldId) {
      const out = await this.call(`GetAccessKeyLastUsed ${oldLabel}`, (sdk, c) =>
        c.send(new sdk.GetAccessKeyLastUsedCommand({ AccessKeyId: oldId })),
      );
      requestIds.push(...requestIdOf(out));
      user = out.UserName;
      if (user) facts.push(`iam:GetAccessKeyLastUsed: key ${oldLabel} belongs to IAM user ${user}`);
    }
    if (!user) throw new RemoteError('aws-iam: cannot tell which IAM user owns the leaked key; set issuer.user');
    const { keys, requestIds: r2 } = await this.listKeys(user);
    requestIds.push(...r2);
    const ids = { iamUser: user, oldKeyHash: oldHash, oldKeyLabel: oldLabel };
    const old = keys.find((k) => idHash(k.id) === oldHash);
    if (!old && ctx.state.oldKeyHash === undefined) {
      throw new RemoteError(`aws-iam: access key ${oldLabel} does not belong to IAM user ${user} (already deleted?)`);
    }
    facts.push(
      `iam:ListAccessKeys ${user}: ${keys.length} key(s): ${keys.map((k) => `${keyLabel(k.id)} ${k.status}${idHash(k.id) === oldHash ? ' (leaked)' : ''}`).join(', ')}`,
    );
    const ours = ctx.state.newKeyHash;
    const others = keys.filter((k) => idHash(k.id) !== oldHash && idHash(k.id) !== ours);
    if (!ctx.state.newKeyHash && ctx.state.preIssueKeyHashes === undefined && keys.length >= 2 && others.length > 0) {
      throw new RemoteError(
        `aws-iam: IAM user ${user} already has two access keys (the limit); delete the unused one (${others.map((k) => keyLabel(k.id)).join(', ')}) first`,
      );
    }
    return { ids, requestIds, facts };
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
      ids: { newKeyHash: idHash(id), newKeyLabel: keyLabel(id) },
      requestIds: requestIdOf(out),
    };
  }

  /**
   * The new key as its consumers will use it: listed Active by the operator's credentials, then
   * `sts:GetCallerIdentity` signed with it, which must name the rotated user. A key AWS does not
   * accept yet is retried (with the wait shown) until `propagation` runs out.
   */
  async verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const user = this.user(ctx);
    const newId = parts.accessKeyId ?? '';
    const label = keyLabel(newId);
    const { keys, requestIds } = await this.listKeys(user);
    const k = keys.find((x) => x.id === newId);
    if (!k) return { ok: false, requestIds, note: `new key ${label} is not among IAM user ${user}'s keys` };
    if (k.status !== 'Active') return { ok: false, requestIds, note: `new key ${label} is ${k.status}` };
    const probe = await this.stsWith(newId, parts.secretAccessKey ?? '');
    const what = `sts:GetCallerIdentity signed with the new key ${label} of IAM user ${user}`;
    const deadline = Date.now() + this.cfg.propagationMs;
    let wait: ReturnType<UnitContext['wait']> | undefined;
    let delay = 1000;
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await probe.call();
        requestIds.push(...requestIdOf(out));
        wait?.done(`new key ${label} accepted after ${attempt} attempts`);
        if (!arnIsUser(out.Arn, user)) {
          return { ok: false, requestIds, note: `${what} answered as ${out.Arn ?? 'nobody'}, not IAM user ${user}` };
        }
        return { ok: true, requestIds, ids: { verifiedArn: out.Arn ?? '' }, note: `${what}: ${out.Arn}` };
      } catch (err) {
        const name = awsErrorName(err);
        if (DENIED.test(name)) {
          wait?.done();
          // AWS refuses a call only after it has checked the signature: the key authenticates.
          return {
            ok: true,
            requestIds,
            note: `${what}: ${name}, which AWS answers only to a key it accepted; the identity was not confirmed`,
          };
        }
        const left = deadline - Date.now();
        if (!NOT_YET.test(name) || networkCode(err) || left < delay) {
          wait?.done();
          throw this.verifyFailure(err, what, attempt, probe.endpoint.url);
        }
        wait ??= ctx.wait(`waiting for AWS to accept the new key ${label}`);
        wait.retry(
          `${what}: ${name} (attempt ${attempt}); new keys take a few seconds to propagate, retrying in ${delay / 1000}s, giving up in ${Math.ceil(left / 1000)}s`,
        );
        await sleep(delay);
        delay = Math.min(delay * 2, 8000);
      }
    }
  }

  /** An STS client signing with the given key, and where it sends requests. */
  private async stsWith(
    accessKeyId: string,
    secretAccessKey: string,
  ): Promise<{
    call: () => Promise<{ Arn?: string; $metadata?: unknown }>;
    endpoint: Awaited<ReturnType<typeof endpointOf>>;
  }> {
    quietSdk();
    const sts = await import('@aws-sdk/client-sts');
    const opts = { region: this.cfg.region, ...(this.cfg.stsEndpoint ? { endpoint: this.cfg.stsEndpoint } : {}) };
    const client = new sts.STSClient({
      ...clientConfig(opts),
      maxAttempts: 1,
      credentials: { accessKeyId, secretAccessKey },
    });
    const endpoint = await endpointOf(client, opts);
    return { call: () => client.send(new sts.GetCallerIdentityCommand({})), endpoint };
  }

  private verifyFailure(err: unknown, what: string, attempts: number, endpoint: string): RemoteError {
    const name = awsErrorName(err);
    if (networkCode(err) || !NOT_YET.test(name)) return awsError(err, `verify: ${what}`, endpoint);
    const rid = requestIdOf(err)[0];
    return new RemoteError(
      `aws: verify: ${what} was rejected (${name}) ${attempts} time(s) within the ${Math.round(this.cfg.propagationMs / 1000)}s propagation bound; the old key is untouched and the new one waits as pending${rid ? ` (request ${rid})` : ''}`,
      rid,
    );
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
