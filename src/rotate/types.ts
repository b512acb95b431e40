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
  /** What a read-only check found (the IAM user, a secret's ARN and version), for the plan. No secrets. */
  facts?: string[];
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
  /** Starts showing a bounded wait (new credentials propagating). */
  wait: (what: string) => WaitProgress;
}

/**
 * What preflight must find in the store before anything changes: per store name (an env name or
 * `store.key`), the hash of the leaked value it should hold now. `mismatch: 'add'` lets a store
 * that does not hold the name yet take it (`--store-mismatch=add`); a name holding another value is
 * refused either way, since writing there would break whoever reads it.
 */
export interface StoreExpectation {
  hashes: Record<string, string>;
  mismatch: 'refuse' | 'add';
}

/**
 * What an issuer can do through an API. The planner and the executor pick the steps from this:
 * without `verify` the verify step is skipped (and said so); without `deactivate` the old
 * credential stays valid until delete-old, which becomes the point of no return; without
 * `revoke` or `reissue` the step is the operator's (the adapter prompts for it, see human.ts).
 */
export interface IssuerCapabilities {
  /** Create a new credential. */
  reissue: boolean;
  /** Tell whether the new credential authenticates. */
  verify: boolean;
  /** Disable the old credential reversibly. */
  deactivate: boolean;
  /** Delete or revoke the old credential for good. */
  revoke: boolean;
}

/** One line per step (and per preflight) naming the remote calls it makes, for the plan. */
export type PlanCalls = Partial<Record<StepName | 'preflight', string>>;

/** Shows a bounded wait (a spinner on a terminal, a line per retry otherwise). */
export interface WaitProgress {
  /** One retry: what is awaited, the attempt and the time left. */
  retry(line: string): void;
  done(line?: string): void;
}

/** What the operator does where an issuer has no API for a step (see IssuerCapabilities). */
export interface HumanSteps {
  /** How to issue a new credential by hand; the operator then pastes it on standard input. */
  issue?: string;
  /** How to disable the old credential by hand. */
  deactivate?: string;
  /** How to delete or revoke the old credential by hand. */
  revoke?: string;
}

/**
 * An issuer implements the methods of the capabilities it declares, and nothing else: the
 * executor (through IssuerSteps) turns a missing capability into the operator's step named in
 * `human`, or into a step that says why it does nothing.
 */
export interface IssuerAdapter {
  readonly kind: string;
  readonly can: IssuerCapabilities;
  readonly human?: HumanSteps;
  /**
   * Set when issuing also kills the old credential (GitLab's self-rotate, Cloudflare's roll): the
   * call is made once and never repeated on resume (repeating GitLab's revokes the new token); a
   * new credential lost in a crash comes by hand instead, and this text says how.
   */
  readonly issueOnce?: string;
  /**
   * A new credential entered by hand (no reissue API): check it works and belongs to the same
   * owner as the old one before it is stored. Throws a UserError to refuse it.
   */
  admit?(ctx: UnitContext, parts: Parts): Promise<StepResult>;
  /** One-line description of the remote calls each step makes, for the plan. */
  planCalls(): PlanCalls;
  /** Check access and find the old credential's identifiers. Changes nothing. */
  preflight(ctx: UnitContext): Promise<StepResult>;
  /** Called before `issue` is attempted (again): remove anything a crashed attempt left. */
  recoverIssue?(ctx: UnitContext): Promise<StepResult>;
  /** `can.reissue`: create the new credential. */
  issue?(ctx: UnitContext): Promise<StepResult & { parts: Parts }>;
  /** `can.verify`: whether the new credential works. */
  verify?(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }>;
  /** `can.deactivate`: make the old credential unusable, reversibly, and back. */
  deactivateOld?(ctx: UnitContext): Promise<StepResult>;
  reactivateOld?(ctx: UnitContext): Promise<StepResult>;
  /** `can.revoke`: delete the old credential for good. */
  deleteOld?(ctx: UnitContext): Promise<StepResult>;
  /**
   * Revokes the old credentials of several units in one call (GitHub takes 1,000 tokens a
   * request and 60 requests an hour): `--contain-first` uses it for all the units of this issuer.
   */
  revokeMany?(ctxs: UnitContext[]): Promise<StepResult>;
  /** `can.revoke`: rollback kills the credential this rotation issued. */
  revokeNew?(ctx: UnitContext): Promise<StepResult>;
}

export interface StoreAdapter {
  readonly kind: string;
  planCalls(): PlanCalls;
  /**
   * Check access, that the target exists, that no foreign rotation is pending, and that the
   * current value holds the leaked secret under `expect` (compared by hash; see StoreExpectation).
   */
  preflight(ctx: UnitContext, expect: StoreExpectation): Promise<StepResult>;
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
  /**
   * Text known to be public (rule ids, the paths of findings) that output prints on purpose. A
   * weak secret can be part of it (a generic finding whose value is `django-insecure-`, inside
   * the rule id `django-insecure-secret-key`); only what is left outside it is checked.
   */
  private readonly publicText = new Set<string>();
  /**
   * Per secret, where it lies inside public text: [public text, offset of the secret in it].
   * Kept up to date as either is added, so `check` looks up the few public texts that can
   * cover an occurrence instead of searching the output for every public text.
   */
  private readonly insidePublic = new Map<string, [string, number][]>();
  add(value: string | undefined): void {
    if (!value || value.length < 8 || this.values.has(value)) return;
    this.values.add(value);
    for (const t of this.publicText) this.index(value, t);
  }
  addAll(parts: Partial<Parts>): void {
    for (const v of Object.values(parts)) this.add(v);
  }
  addPublic(texts: Iterable<string>): void {
    for (const t of texts) {
      if (!t || this.publicText.has(t)) continue;
      this.publicText.add(t);
      for (const v of this.values) this.index(v, t);
    }
  }
  check(text: string, where: string): string {
    for (const v of this.values) {
      const covers = this.insidePublic.get(v) ?? [];
      for (let at = text.indexOf(v); at !== -1; at = text.indexOf(v, at + 1)) {
        // Allowed only where the whole occurrence sits inside public text printed around it: a
        // secret that merely contains a rule id or a path is still a secret.
        if (!covers.some(([t, offset]) => at >= offset && text.startsWith(t, at - offset)))
          throw new Error(`internal error: refusing to write a secret to ${where}`);
      }
    }
    return text;
  }
  private index(value: string, publicText: string): void {
    for (let at = publicText.indexOf(value); at !== -1; at = publicText.indexOf(value, at + 1)) {
      const covers = this.insidePublic.get(value) ?? [];
      covers.push([publicText, at]);
      this.insidePublic.set(value, covers);
    }
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
