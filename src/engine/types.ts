/**
 * Types shared by the engine and its callers. The engine is pure: it never touches the file
 * system, git or the console, so everything it needs arrives through these shapes.
 */
import type { FileKind } from './evidence/file-kind.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/**
 * How sure the engine is that a match is a real credential (not how bad it would be: that is the
 * severity). Provider formats with a structure or checksum are `high`; generic detectors are
 * scored from the evidence around the value (src/engine/evidence/).
 */
export type Confidence = 'high' | 'medium' | 'low';

export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** What the engine concluded about one candidate. */
export interface Assessment {
  confidence: Confidence;
  /** Documentation or test demo credential (`scott:tiger@localhost` in a .rst file). */
  example?: boolean;
  /** Why the confidence is lower than the rule's, when one fact decided it (`CHECKSUM_MISMATCH_REASON`). */
  reasons?: string[];
}

/**
 * A validator's verdict on a value whose format carries a checksum (GitHub's CRC32, bech32,
 * base58check) when everything but the checksum fits: the engine reports it at `low` confidence
 * when it also opens with the provider's prefix and has the documented shape, and drops it
 * otherwise (src/engine/checksum-mismatch.ts).
 */
export const CHECKSUM_MISMATCH = 'checksum-mismatch';

/**
 * The reason such a finding carries. It cannot be a working credential as written, so it counts
 * as `info` for `--fail-on`, like test keys and demo credentials (src/report/filters.ts).
 */
export const CHECKSUM_MISMATCH_REASON = 'checksum does not match: test value or edited token';

/** What the engine may know about a chunk besides its bytes. */
export interface ChunkMeta {
  /** Path inside the scanned folder, forward slashes: the file's kind is judged from it. */
  path?: string;
}

/** A rule as written in `rules/*.yaml` or a user config, after schema validation. */
export interface RuleSpec {
  id: string;
  name: string;
  description?: string;
  severity: Severity;
  /** The provider's documentation of the format or of the API that takes it (https URLs). */
  references?: string[];
  /** Literal strings, one of which must occur (case-insensitively) for the rule to run. */
  keywords: string[];
  /** JS regex source. The secret is the named group `secret` if present, else group 1. */
  pattern: string;
  /** Compile the pattern case-insensitively. */
  caseInsensitive?: boolean;
  /**
   * Every match starts exactly where one of the keywords starts (case-insensitively). The
   * engine then tries the pattern only at keyword positions instead of searching the text.
   */
  startsWithKeyword?: boolean;
  /**
   * The value is one a tool saved for its user (a client's connection file), so a password from
   * the dummy list (`password`, `admin`) is the real, weak password: report it at `low`
   * confidence instead of dropping it. Templates and placeholder words are still dropped.
   */
  keepDummyValues?: boolean;
  /**
   * The confidence of a match this rule accepts, when no validator says otherwise (default:
   * `high`, `medium` for generic rules). A provider rule whose format its documentation does not
   * state in full says `medium`, so its findings are not read as certain.
   */
  confidence?: Confidence;
  /**
   * The whole secret as the provider's documentation (or every key it issues) shapes it: a regex
   * tested against the captured secret. A match of `pattern` that does not fit it is one step
   * less sure (high becomes medium): a key with the provider's own prefix but an odd length or
   * alphabet is still reported, without claiming the certainty of the documented shape.
   */
  shape?: string;
  /**
   * Every match holds a run of at least `length` characters of the class `chars` (a regex
   * character class such as `[1-9A-HJ-NP-Za-km-z]`): text without such a run skips the rule.
   * Rules naming the same class share one pass over the text, which is cheaper than each
   * searching it with a pattern that has no literal to start from.
   */
  minRun?: { chars: string; length: number };
  /**
   * The kinds of file (src/engine/evidence/file-kind.ts) the rule runs on; every kind when
   * absent. A rule with no keyword to look for, whose evidence only a kind of file gives (a
   * random value under a name that says nothing, in a settings file), then costs nothing on the
   * code, the docs and the tests it would never report in.
   */
  fileKinds?: FileKind[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  /** Name of a structural check from the validator registry (see validators/index.ts). */
  validate?: string;
  /** Words that must occur near the match (for generic detectors). */
  context?: { words: string[]; window?: number };
  /**
   * Secrets matching any of these regexes, or containing a stopword, are dropped. `userSecrets`
   * are regexes a user's config added to a built-in rule: they run on the linear-time engine.
   */
  allowlist?: { secrets?: string[]; stopwords?: string[]; userSecrets?: string[] };
  tags?: string[];
  /**
   * Rules this one wins over when both capture exactly the same secret: a format shared by
   * two providers (Yandex's S3-compatible keys look like AWS's) goes to the one whose context
   * proved it.
   */
  supersedes?: string[];
  /**
   * A custom rule's `verify:` block, passed through untouched (the engine ignores it; src/verify
   * checks it). Built-in rules' blocks are compiled to dist/builtin-verify.json instead.
   */
  verify?: unknown;
  /**
   * The pattern (and allowlist regexes) came from a user's config: they run on the linear-time
   * engine (src/engine/linear-regex.ts), which a hostile pattern cannot make backtrack. Set by
   * the config loader, never read from a file.
   */
  linear?: boolean;
  /** Where the rule was defined (`rules/aws.yaml`, a config path); set by the loaders. */
  source?: string;
  examples: string[];
  counterExamples: string[];
}

/** A candidate the engine accepted. Offsets are byte offsets into the scanned buffer. */
export interface Match {
  ruleId: string;
  /** The secret as text (UTF-8 decoded). Kept in memory only; never logged. */
  secret: string;
  confidence: Confidence;
  /** A documentation or test demo credential: reported as an example, at low confidence. */
  example?: true;
  /** Why the confidence is lower than the rule's (see `Assessment.reasons`). */
  reasons?: string[];
  /** Byte offsets of the secret in the input. */
  start: number;
  end: number;
  /** 1-based line and column (column counts Unicode code points) of the secret's start. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * The line that holds the start of the secret, as raw bytes around it. The reporter masks
   * every secret span of the input in it (this match's and its neighbours'), so nothing here
   * is ever printed as it is.
   */
  window: LineWindow;
  /** Set when the match was found inside decoded content (base64, percent-encoding, ...). */
  decodedFrom?: string;
  /**
   * Other encoded stretches of the input that decode to this same secret (byte offsets), which
   * are not reported again: the reporter masks them wherever they show.
   */
  encodedAt?: [number, number][];
}

/** A stretch of the line around a match: latin1-decoded bytes, so offsets are byte offsets. */
export interface LineWindow {
  /** Byte offset of `bytes` in the input. */
  start: number;
  bytes: string;
  /** The line goes on before or after the window (long lines are cut around the secret). */
  cutBefore: boolean;
  cutAfter: boolean;
}
