/**
 * The small interfaces every issuer and store adapter implements, and the per-unit state they
 * read and write. State holds identifiers only (version ids, accessors, hashes of key ids): the
 * journal serialises it as is, and `Secrets` checks that no secret ever slips in.
 */
import { hashSecret } from '../report/finding.js';

/** Credential part name (`value`, `accessKeyId`, ...) → secret value. In memory only. */
export type Parts = Record<string, string>;

/** Journal-safe identifiers. Strings, numbers and booleans only, never a secret. */
export type Ids = Record<string, string | number | boolean>;

export interface StepResult {
  ids?: Ids;
  /** Request ids from the remote service, for the audit log. */
  requestIds?: string[];
  /** Human note for the audit log and progress output (no secrets). */
  note?: string;
}

/** Context handed to adapters for one unit: the identifiers recorded so far. */
export interface UnitContext {
  rotationId: string;
  unitId: string;
  root: string;
  /** Identifiers recorded by earlier steps (mutable view; adapters return new ones in results). */
  state: Ids;
  /** The leaked literals by part, when still known (plan time, or recovered from files). */
  oldParts: Partial<Parts>;
  /** Reads a line from the operator (manual steps). Never used for arguments. */
  prompt: (question: string) => Promise<string>;
  log: (line: string) => void;
}

export interface IssuerAdapter {
  readonly kind: string;
  /** One-line description of the remote calls each step makes, for the plan. */
  planCalls(): Partial<Record<StepName, string>>;
  /** Check access and find the old credential's identifiers. Changes nothing. */
  preflight(ctx: UnitContext): Promise<StepResult>;
  /** Called before `issue` is attempted (again): remove anything a crashed attempt left. */
  recoverIssue(ctx: UnitContext): Promise<StepResult>;
  issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }>;
  /** Whether the new credential works; `undefined` when the issuer cannot tell. */
  verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }>;
  /** Make the old credential unusable, reversibly where the provider allows. */
  deactivateOld(ctx: UnitContext): Promise<StepResult>;
  /** False when the provider can only revoke (Vault tokens, leases): deactivate-old is then a no-op. */
  readonly canDeactivate: boolean;
  reactivateOld(ctx: UnitContext): Promise<StepResult>;
  deleteOld(ctx: UnitContext): Promise<StepResult>;
  /** Rollback: kill the credential this rotation issued. */
  revokeNew(ctx: UnitContext): Promise<StepResult>;
}

export interface StoreAdapter {
  readonly kind: string;
  planCalls(): Partial<Record<StepName, string>>;
  /** Check access, that the target exists, and that no foreign rotation is pending. */
  preflight(ctx: UnitContext): Promise<StepResult>;
  /** Idempotent: store `values` (env name → value) as the pending version. */
  putPending(ctx: UnitContext, values: Parts): Promise<StepResult>;
  /** The pending (or, once promoted, current) values this rotation stored, if readable. */
  readOurs(ctx: UnitContext): Promise<Parts | undefined>;
  promote(ctx: UnitContext): Promise<StepResult>;
  /** Rollback: make the previous version current again and drop ours. */
  rollback(ctx: UnitContext): Promise<StepResult>;
}

export const STEPS = [
  'contain',
  'issue',
  'store-pending',
  'rewrite',
  'verify',
  'promote',
  'deactivate-old',
  'record',
  'delete-old',
] as const;
export type StepName = (typeof STEPS)[number];

/**
 * Everything secret this process has seen. Output, journal and audit writers call `check` on
 * what they are about to write and refuse (a bug, not a user error) if a secret is in it.
 */
export class Secrets {
  private readonly values = new Set<string>();
  add(value: string | undefined): void {
    if (value && value.length >= 8) this.values.add(value);
  }
  addAll(parts: Partial<Parts>): void {
    for (const v of Object.values(parts)) this.add(v);
  }
  check(text: string, where: string): string {
    for (const v of this.values) {
      if (text.includes(v)) throw new Error(`internal error: refusing to write a secret to ${where}`);
    }
    return text;
  }
  scrub(text: string): string {
    let out = text;
    for (const v of this.values) out = out.split(v).join('[REDACTED]');
    return out;
  }
}

export const secrets = new Secrets();

/** Hash for identifiers that are themselves part of a credential (e.g. an AWS access key id). */
export function idHash(value: string): string {
  return hashSecret(value).slice(0, 32);
}
