import type { RuleSpec, Severity } from '../engine/types.js';

/** An allowlist as written in the config (global, or per rule under `rules[]`/`override`). */
export interface AllowlistSpec {
  description?: string;
  /** Globs on the finding's path (repository-root relative, as reports show it). */
  paths?: string[];
  /** Regexes on the finding's path (what gitleaks' `paths` are). */
  pathRegexes?: string[];
  /** Regexes on the secret. */
  secrets?: string[];
  /** Regexes on the line that holds the secret. */
  lines?: string[];
  /** Drop secrets that contain one of these words (case-insensitive). */
  stopwords?: string[];
  /** Commit SHAs (or unambiguous prefixes) whose history findings are allowed. */
  commits?: string[];
}

export interface CustomRuleSpec extends Omit<
  RuleSpec,
  'allowlist' | 'examples' | 'counterExamples' | 'source' | 'linear'
> {
  allowlist?: AllowlistSpec;
  examples?: string[];
  counterExamples?: string[];
  /** Set by the gitleaks importer: such rules may have no examples. */
  origin?: 'gitleaks';
}

export type RuleOverride = Partial<
  Pick<
    RuleSpec,
    | 'name'
    | 'description'
    | 'severity'
    | 'tags'
    | 'keywords'
    | 'pattern'
    | 'caseInsensitive'
    | 'confidence'
    | 'entropy'
    | 'context'
  >
> & {
  allowlist?: AllowlistSpec;
};

export interface ScanDefaults {
  maxFileSize?: string | number;
  include?: string[];
  exclude?: string[];
  failOn?: Severity;
  threads?: number;
  gitignore?: boolean;
  baseline?: string;
}

/** `.tokguard.yaml` after schema validation. */
export interface TokguardConfig {
  extends?: 'default' | 'none';
  rules?: CustomRuleSpec[];
  disable?: string[];
  override?: Record<string, RuleOverride>;
  allowlist?: AllowlistSpec;
  scan?: ScanDefaults;
  /** Owned by the rotate module (src/rotate/config.ts); passed through unchanged. */
  rotation?: Record<string, unknown>;
}
