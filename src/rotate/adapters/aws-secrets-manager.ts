/**
 * Store: AWS Secrets Manager, driven by the client (no rotation Lambda). The new value is put
 * as AWSPENDING under a ClientRequestToken that the journal records before the call, so a
 * retried put is recognised as ours. Promotion moves AWSCURRENT with UpdateSecretVersionStage;
 * Secrets Manager then labels the old version AWSPREVIOUS, which rollback moves back.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { hashSecret } from '../../report/finding.js';
import type { StoreConfig } from '../config.js';
import type { Parts, StepResult, StoreAdapter, StoreExpectation, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { checkStoreHolds, heldFact } from '../store-check.js';
import { assertNotLeakedKey, awsError, clientConfig, endpointOf, quietSdk, requestIdOf } from './aws.js';
import { RemoteError } from './remote.js';

type Cfg = Extract<StoreConfig, { type: 'aws-secrets-manager' }>;
type Sdk = typeof import('@aws-sdk/client-secrets-manager');

export class AwsSecretsManagerStore implements StoreAdapter {
  readonly kind = 'aws-secrets-manager';
  private sdk?: Sdk;
  private client?: SecretsManagerClient;

  constructor(private readonly cfg: Cfg) {}

  planCalls() {
    const s = this.cfg.secretId;
    return {
      preflight: `secretsmanager:DescribeSecret ${s} (ARN, versions, no foreign AWSPENDING); secretsmanager:GetSecretValue ${s} AWSCURRENT (holds the leaked value? compared by hash)`,
      'store-pending': `secretsmanager:PutSecretValue ${s} stage AWSPENDING (ClientRequestToken recorded first)`,
      promote: `secretsmanager:UpdateSecretVersionStage ${s} AWSCURRENT → new version (old becomes AWSPREVIOUS)`,
    };
  }

  private async sm(): Promise<{ sdk: Sdk; client: SecretsManagerClient }> {
    if (!this.sdk || !this.client) {
      quietSdk();
      this.sdk = await import('@aws-sdk/client-secrets-manager');
      this.client = new this.sdk.SecretsManagerClient(clientConfig(this.cfg));
    }
    return { sdk: this.sdk, client: this.client };
  }

  private async call<T>(what: string, fn: (sdk: Sdk, c: SecretsManagerClient) => Promise<T>): Promise<T> {
    const { sdk, client } = await this.sm();
    try {
      return await fn(sdk, client);
    } catch (err) {
      throw awsError(err, `secretsmanager ${what} ${this.cfg.secretId}`, (await endpointOf(client, this.cfg)).url);
    }
  }

  private async stages(): Promise<{ map: Record<string, string[]>; arn?: string; requestIds: string[] }> {
    const out = await this.call('DescribeSecret', (sdk, c) =>
      c.send(new sdk.DescribeSecretCommand({ SecretId: this.cfg.secretId })),
    );
    return { map: out.VersionIdsToStages ?? {}, ...(out.ARN ? { arn: out.ARN } : {}), requestIds: requestIdOf(out) };
  }

  private versionWith(map: Record<string, string[]>, stage: string): string | undefined {
    return Object.entries(map).find(([, st]) => st.includes(stage))?.[0];
  }

  private async getValue(versionId: string): Promise<string | undefined> {
    const out = await this.call('GetSecretValue', (sdk, c) =>
      c.send(new sdk.GetSecretValueCommand({ SecretId: this.cfg.secretId, VersionId: versionId })),
    );
    if (out.SecretString !== undefined) secrets.add(out.SecretString);
    return out.SecretString;
  }

  async preflight(ctx: UnitContext, expect: StoreExpectation): Promise<StepResult> {
    const { client } = await this.sm();
    const endpoint = await endpointOf(client, this.cfg);
    const leaked = [ctx.state.oldKeyHash].filter((x): x is string => typeof x === 'string');
    await assertNotLeakedKey(() => client.config.credentials(), leaked, 'secretsmanager', endpoint.url);
    const { map, arn, requestIds } = await this.stages();
    const pending = this.versionWith(map, 'AWSPENDING');
    const current = this.versionWith(map, 'AWSCURRENT');
    const ours = ctx.state.storeToken;
    if (pending && pending !== ours && pending !== current) {
      throw new RemoteError(
        `aws: secret ${this.cfg.secretId} already has a pending version (${pending}) from another rotation; finish or cancel it first`,
      );
    }
    const facts = [
      `Secrets Manager endpoint: ${endpoint.url} (${endpoint.source})`,
      `secretsmanager:DescribeSecret ${this.cfg.secretId}: ${arn ?? '(no ARN)'}; AWSCURRENT version ${current ?? 'none'}${pending && pending !== current ? `, AWSPENDING ${pending} (ours)` : ''}`,
    ];
    if (Object.keys(expect.hashes).length) {
      const value = current ? await this.getValue(current) : undefined;
      const where = `secret ${this.cfg.secretId} (AWSCURRENT version ${current ?? 'none'})`;
      const held = checkStoreHolds(where, this.fields(value, Object.keys(expect.hashes)), expect);
      facts.push(`secretsmanager:GetSecretValue: ${heldFact(where, held)}`);
    }
    return { requestIds, facts, ...(arn ? { ids: { smArn: arn } } : {}) };
  }

  /** The named fields of a secret string: the raw string for a single unnamed value, else its JSON keys. */
  private fields(text: string | undefined, names: string[]): Record<string, string | undefined> {
    if (text === undefined) return {};
    if (names.length === 1 && !this.cfg.key) return { [names[0]!]: text };
    try {
      const obj = JSON.parse(text) as Record<string, unknown>;
      return Object.fromEntries(names.map((n) => [n, typeof obj[n] === 'string' ? (obj[n] as string) : undefined]));
    } catch {
      return {};
    }
  }

  /**
   * Encodes the values as the secret string: one value and no `key` is stored raw; otherwise the
   * values (already named by the executor) are merged into the current JSON object.
   */
  private encode(values: Parts, current: string | undefined): string {
    const entries = Object.entries(values);
    if (entries.length === 1 && !this.cfg.key) return entries[0]![1];
    let base: Record<string, unknown> = {};
    if (current !== undefined && current.trim().startsWith('{')) {
      try {
        base = JSON.parse(current) as Record<string, unknown>;
      } catch {
        base = {};
      }
    }
    return JSON.stringify({ ...base, ...values });
  }

  private decode(text: string, names: string[]): Parts | undefined {
    if (names.length === 1 && !this.cfg.key) return { [names[0]!]: text };
    try {
      const obj = JSON.parse(text) as Record<string, unknown>;
      const out: Parts = {};
      for (const n of names) {
        const v = obj[n];
        if (typeof v !== 'string') return undefined;
        out[n] = v;
      }
      return out;
    } catch {
      return undefined;
    }
  }

  async putPending(ctx: UnitContext, values: Parts): Promise<StepResult> {
    const token = ctx.state.storeToken;
    if (typeof token !== 'string') throw new Error('storeToken must be recorded before putPending');
    const { map, requestIds } = await this.stages();
    const current = this.versionWith(map, 'AWSCURRENT');
    const ids: Record<string, string> = { storeNames: Object.keys(values).join(',') };
    if (current && current !== token) ids.smPrevVersion = current;
    if (map[token]) {
      // Ours already (a retry after a crash). moto would overwrite it silently with a new value; AWS would
      // refuse. Either way, check the stored value is the one we meant.
      const stored = await this.getValue(token);
      const want = ctx.state.smValueHash;
      if (stored === undefined || (typeof want === 'string' && hashSecret(stored) !== want)) {
        throw new RemoteError(
          `aws: secret ${this.cfg.secretId} version ${token} holds a different value than this rotation stored`,
        );
      }
      return { ids, requestIds, note: 'pending version already stored' };
    }
    const pending = this.versionWith(map, 'AWSPENDING');
    if (pending && pending !== current) {
      throw new RemoteError(
        `aws: secret ${this.cfg.secretId} has a foreign pending version (${pending}); another rotation is in progress`,
      );
    }
    const currentValue = current ? await this.getValue(current) : undefined;
    const text = this.encode(values, currentValue);
    secrets.add(text);
    const out = await this.call('PutSecretValue', (sdk, c) =>
      c.send(
        new sdk.PutSecretValueCommand({
          SecretId: this.cfg.secretId,
          ClientRequestToken: token,
          SecretString: text,
          VersionStages: ['AWSPENDING'],
        }),
      ),
    );
    return { ids: { ...ids, smValueHash: hashSecret(text) }, requestIds: [...requestIds, ...requestIdOf(out)] };
  }

  async readOurs(ctx: UnitContext): Promise<Parts | undefined> {
    const token = ctx.state.storeToken;
    if (typeof token !== 'string' || typeof ctx.state.storeNames !== 'string') return undefined;
    const { map } = await this.stages();
    if (!map[token]) return undefined;
    const text = await this.getValue(token);
    if (text === undefined) return undefined;
    if (typeof ctx.state.smValueHash === 'string' && hashSecret(text) !== ctx.state.smValueHash) {
      throw new RemoteError(`aws: secret ${this.cfg.secretId} version ${token} was changed by someone else`);
    }
    const parts = this.decode(text, ctx.state.storeNames.split(','));
    if (parts) secrets.addAll(parts);
    return parts;
  }

  async promote(ctx: UnitContext): Promise<StepResult> {
    const token = String(ctx.state.storeToken);
    const { map, requestIds } = await this.stages();
    const stages = map[token];
    if (!stages) throw new RemoteError(`aws: secret ${this.cfg.secretId}: pending version ${token} is gone`);
    if (!stages.includes('AWSCURRENT')) {
      const current = this.versionWith(map, 'AWSCURRENT');
      const out = await this.call('UpdateSecretVersionStage AWSCURRENT', (sdk, c) =>
        c.send(
          new sdk.UpdateSecretVersionStageCommand({
            SecretId: this.cfg.secretId,
            VersionStage: 'AWSCURRENT',
            MoveToVersionId: token,
            ...(current ? { RemoveFromVersionId: current } : {}),
          }),
        ),
      );
      requestIds.push(...requestIdOf(out));
    }
    if (stages.includes('AWSPENDING')) requestIds.push(...(await this.clearPending(token, '')));
    return { ids: { smPromoted: true }, requestIds };
  }

  async rollback(ctx: UnitContext): Promise<StepResult> {
    const token = ctx.state.storeToken;
    if (typeof token !== 'string') return { note: 'nothing stored' };
    const { map, requestIds } = await this.stages();
    const stages = map[token];
    if (!stages) return { note: 'our version is gone', requestIds };
    const prev = ctx.state.smPrevVersion;
    if (stages.includes('AWSCURRENT') && typeof prev === 'string') {
      const out = await this.call('UpdateSecretVersionStage AWSCURRENT (rollback)', (sdk, c) =>
        c.send(
          new sdk.UpdateSecretVersionStageCommand({
            SecretId: this.cfg.secretId,
            VersionStage: 'AWSCURRENT',
            MoveToVersionId: prev,
            RemoveFromVersionId: token,
          }),
        ),
      );
      requestIds.push(...requestIdOf(out));
    }
    if (stages.includes('AWSPENDING')) requestIds.push(...(await this.clearPending(token, ' (rollback)')));
    return { requestIds };
  }

  /** Takes the AWSPENDING label off our version (after promotion, or on rollback). */
  private async clearPending(token: string, why: string): Promise<string[]> {
    const out = await this.call(`UpdateSecretVersionStage AWSPENDING${why}`, (sdk, c) =>
      c.send(
        new sdk.UpdateSecretVersionStageCommand({
          SecretId: this.cfg.secretId,
          VersionStage: 'AWSPENDING',
          RemoveFromVersionId: token,
        }),
      ),
    );
    return requestIdOf(out);
  }
}
