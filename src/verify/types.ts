/**
 * Verifiers as data. A provider (host, auth style, docs, limits) is described once, in the rule
 * file of its keys (`providers:`); each rule that can be checked carries a `verify:` block naming
 * its provider and either an HTTPS request template with how to read the answer, or a named
 * function for checks that need code (AWS SigV4). The shapes below are what the schema
 * (src/rules/schemas/rule.schema.json) admits; the build checks the rest (see check.ts).
 */

/** How the secret is presented: `bearer` is `Authorization: Bearer ${secret}`. */
export type AuthSpec =
  'bearer' | 'none' | { header: string; value?: string } | { basic: { username: string; password: string } };

export interface ProviderSpec {
  name: string;
  /**
   * The API hosts a secret of this provider may be sent to. A host may open with one
   * placeholder label (`${dc}.api.mailchimp.com`): it is filled with a single DNS label taken
   * from the secret or a part found near it, so the request stays under the provider's domain.
   */
  hosts: string[];
  /** Default auth for this provider's requests. */
  auth?: AuthSpec;
  /** Headers every request to this provider carries (API version, Accept). */
  headers?: Record<string, string>;
  /** The provider's API reference for authentication. */
  docs: string;
  limits?: { concurrency?: number; perSecond?: number };
}

/**
 * Another value the check needs, found near the finding: the secret of another rule (`rule`),
 * a regex's first group (`pattern`, matched ignoring case), or a group of a regex run over the
 * secret (`fromSecret`).
 */
export interface PartSpec {
  rule?: string;
  pattern?: string;
  fromSecret?: string;
  /** How many lines before and after the finding to look (default 10). */
  lines?: number;
  /** Without it the check still runs (e.g. an AWS session token for a long-term key). */
  optional?: boolean;
  /** How a report names it when it is missing ("the Twilio account SID"). */
  describe?: string;
}

export type Scalar = string | number | boolean | null;

/** An answer matches when every given test holds. */
export interface Condition {
  status?: number[];
  /** JSON paths (`ok`, `result.status`) and the value, or one of the values, they must hold. */
  json?: Record<string, Scalar | Scalar[]>;
  /** Headers (case-insensitive names) and the exact value they must hold. */
  header?: Record<string, string>;
  /** For `unknown` conditions: why this answer cannot tell (shown as the detail). */
  note?: string;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'HEAD';
  /** `https://host/path?query`; `${name}` placeholders are URL-encoded where they stand. */
  url: string;
  auth?: AuthSpec;
  headers?: Record<string, string>;
  /** A JSON body; string leaves are templates. */
  json?: unknown;
  /** A form body (application/x-www-form-urlencoded); values are templates. */
  form?: Record<string, string>;
  body?: string;
}

export interface ResponseSpec {
  live: Condition | Condition[];
  dead: Condition | Condition[];
  /**
   * Answers that look like a rejection but cannot prove the key dead (a key of another region
   * of the provider), each with a `note` saying so.
   */
  unknown?: Condition | Condition[];
  /**
   * Field references: a JSON path (`login`, `user.email`, `scopes[].name`) or `header:Name`.
   * Identity values are joined with " / ".
   */
  identity?: string[];
  /** A JSON array of strings, a list in a string (comma or space separated) or a header. */
  scopes?: string;
  /** Short fields that explain the answer (an error code, an expiry), as `name=value`. */
  detail?: string[];
}

export interface VerifySpec {
  provider: string;
  docs?: string;
  /** A named check in src/verify/functions (for checks that need code). */
  function?: string;
  parts?: Record<string, PartSpec>;
  request?: RequestSpec;
  response?: ResponseSpec;
}

/** dist/builtin-verify.json: written by scripts/compile-rules.mjs, read only when verifying. */
export interface BuiltinVerifyData {
  providers: Record<string, ProviderSpec>;
  /** Rule id → its verify block. */
  verifiers: Record<string, VerifySpec>;
}
