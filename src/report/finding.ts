import { nodeCrypto } from '../node-crypto.js';
import { CHECKSUM_MISMATCH_REASON, type Confidence, type Match, type Severity } from '../engine/types.js';
import { maskedLine, rawLine, redact, secretSpans, type SecretSpan } from './redact.js';

export { redact } from './redact.js';

/** Where a finding came from. History findings also name the commit that introduced them. */
export type SourceKind = 'worktree' | 'staged' | 'history' | 'stdin';

/** What the provider said about a secret (`scan --verify`, `tokguard verify`). */
export type VerificationStatus = 'live' | 'dead' | 'unknown';

export interface Verification {
  status: VerificationStatus;
  /** Who the provider says owns the key: a login, an ARN, a team and user. */
  identity?: string;
  /** What the key can reach, as the provider names it (GitHub's X-OAuth-Scopes, GitLab's scopes). */
  scopes?: string[];
  /** Why the status is `unknown` (no verifier, timeout, rate limited…), or a short fact about the answer. */
  detail?: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
}

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** ISO 8601 author date. */
  date: string;
  subject: string;
}

/**
 * Where a finding lies inside a zip archive: the archive's path (as `file` names files) and the
 * entry's path inside it, nested archives joined with `!/`. A finding's `file` is then
 * `${path}!/${entry}`.
 */
export interface ArchiveEntry {
  path: string;
  entry: string;
}

/**
 * A match enriched with its provenance. `secret` is held in memory only: reporters print
 * `redacted` unless the user asked for secrets, and serialisers never write `secret` by default.
 */
export interface Finding {
  ruleId: string;
  ruleName: string;
  /** The rule's severity, lowered for a weakly evidenced finding (see `reportedSeverity`). */
  severity: Severity;
  /** How sure the engine is that this is a real credential (src/engine/evidence/). */
  confidence: Confidence;
  /** A documentation or test demo credential (`scott:tiger@localhost` in a .rst file). */
  example?: true;
  /** Why the confidence is lower than the rule's (`checksum does not match: …`). */
  reasons?: string[];
  tags: string[];
  source: SourceKind;
  /** Path relative to the scan root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: string;
  redacted: string;
  /** The line holding the secret, with every secret on it (this one and any other) masked. */
  lineText: string;
  /**
   * The line as scanned, secrets included. Like `secret`, kept in memory only: allowlist `lines`
   * patterns match it, and only `--show-secrets` prints it.
   */
  rawLine?: string;
  /** sha256 of the secret (domain-separated, hex). Safe to store; never the secret itself. */
  secretHash: string;
  /** Stable id from rule + secret + path: does not change when the line moves. */
  fingerprint: string;
  decodedFrom?: string;
  commit?: CommitInfo;
  blob?: string;
  /** Set when the finding is in an entry of a zip archive (`file` is then `path!/entry`). */
  archive?: ArchiveEntry;
  /** History only: how many other commits/paths carry the same secret. */
  otherOccurrences?: number;
  /**
   * History only: the introducing commit's committer time and position in the whole history
   * (larger is older), which sharded reports carry so that `tokguard merge` can pick the same
   * commit as an unsharded scan.
   */
  attribution?: { time: number; order: number };
  /** `scan --repos`: the repository the finding is in, as the list names it. */
  repository?: string;
  /**
   * Set by filters that keep a finding but change what it means: `rotated` (recorded by
   * `tokguard rotate`, reported but not failing the build).
   */
  status?: 'rotated';
  /** Set by the verify stage (`scan --verify`): the same object on every finding of one secret. */
  verification?: Verification;
}

export function hashSecret(secret: string): string {
  return nodeCrypto().createHash('sha256').update('tokguard:secret:v1\0').update(secret).digest('hex');
}

export function fingerprintOf(ruleId: string, secretHash: string, file: string): string {
  return nodeCrypto()
    .createHash('sha256')
    .update('tokguard:fp:v1\0')
    .update(ruleId)
    .update('\0')
    .update(secretHash)
    .update('\0')
    .update(file)
    .digest('hex')
    .slice(0, 32);
}

const SEVERITY_ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/**
 * The severity a finding is reported at: the rule's, capped at `medium` when the evidence is
 * weak and at `low` for a demo credential or a token whose checksum fails (`unusable`), so that
 * a gate on `high` is not tripped by a documentation example while `--fail-on low` still sees it.
 */
export function reportedSeverity(rule: Severity, confidence: Confidence, example: boolean, unusable = false): Severity {
  const cap: Severity = example || unusable ? 'low' : confidence === 'low' ? 'medium' : 'critical';
  return SEVERITY_ORDER[Math.min(SEVERITY_ORDER.indexOf(rule), SEVERITY_ORDER.indexOf(cap))]!;
}

/**
 * The finding's token fails its format's checksum (src/engine/checksum-mismatch.ts): a test
 * value or a token cut or edited, which cannot work as written.
 */
export function checksumFailed(f: { reasons?: readonly string[] }): boolean {
  return f.reasons?.includes(CHECKSUM_MISMATCH_REASON) ?? false;
}

export interface RuleInfo {
  id: string;
  name: string;
  severity: Severity;
  tags?: string[];
}

/**
 * `spans` are all the secret spans of the input the match came from (`secretSpans` of all its
 * matches), so that the line shows none of them.
 */
export function toFinding(
  match: Match,
  rule: RuleInfo,
  file: string,
  source: SourceKind,
  spans: readonly SecretSpan[] = secretSpans([match]),
): Finding {
  const secretHash = hashSecret(match.secret);
  return findingOf(
    {
      ...match,
      redacted: redact(match.secret),
      lineText: maskedLine(match.window, spans),
      rawLine: rawLine(match.window),
      secretHash,
    },
    rule,
    file,
    source,
    fingerprintOf(rule.id, secretHash, file),
  );
}

/** What a finding shows of its match, whether matched now or kept by `--state` (src/scan/restore.ts). */
export interface ShownMatch {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  confidence: Confidence;
  example?: boolean;
  reasons?: string[];
  decodedFrom?: string;
  /** Empty when only the match's record is at hand. */
  secret: string;
  redacted: string;
  lineText: string;
  rawLine?: string;
  secretHash: string;
}

/** A match shown as a finding of `rule` at `file`: the one place a finding's fields are laid out. */
export function findingOf(
  m: ShownMatch,
  rule: RuleInfo,
  file: string,
  source: SourceKind,
  fingerprint: string,
): Finding {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: reportedSeverity(rule.severity, m.confidence, Boolean(m.example), checksumFailed(m)),
    confidence: m.confidence,
    ...(m.example ? { example: true as const } : {}),
    ...(m.reasons?.length ? { reasons: m.reasons } : {}),
    tags: rule.tags ?? [],
    source,
    file,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    secret: m.secret,
    redacted: m.redacted,
    lineText: m.lineText,
    ...(m.rawLine !== undefined ? { rawLine: m.rawLine } : {}),
    secretHash: m.secretHash,
    fingerprint,
    ...(m.decodedFrom ? { decodedFrom: m.decodedFrom } : {}),
  };
}
