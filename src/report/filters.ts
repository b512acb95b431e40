import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../engine/types.js';
import { checksumFailed, type Finding } from './finding.js';

export const DEFAULT_FAIL_ON: Severity = 'low';

export function parseSeverity(value: string, what: string): Severity {
  const v = value.toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  throw new Error(`${what} must be one of ${SEVERITIES.join(', ')}, got "${value}"`);
}

export function parseConfidence(value: string, what: string): Confidence {
  const v = value.toLowerCase();
  if ((CONFIDENCES as readonly string[]).includes(v)) return v as Confidence;
  throw new Error(`${what} must be one of ${CONFIDENCES.join(', ')}, got "${value}"`);
}

/** Rank: high 2, medium 1, low 0. */
export function confidenceRank(c: Confidence): number {
  return CONFIDENCES.length - 1 - CONFIDENCES.indexOf(c);
}

/** Rank: critical 4 … info 0. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

/** Test-mode and sandbox keys (rules tagged `test`) count as `info` for `--fail-on`. */
export function isTestKey(f: Pick<Finding, 'tags'>): boolean {
  return f.tags.includes('test');
}

/**
 * The severity `--fail-on` compares against: test keys, demo credentials and tokens whose
 * checksum fails (test values, tokens cut or edited: none works as written) count as `info`.
 */
export function gateSeverity(f: Pick<Finding, 'severity' | 'tags' | 'example' | 'reasons'>): Severity {
  return isTestKey(f) || f.example || checksumFailed(f) ? 'info' : f.severity;
}

/**
 * Does this finding fail the build? Findings at or above `failOn` do, except test keys, demo
 * credentials and tokens whose checksum fails (unless `failOn` is `info`), and secrets that
 * `tokguard rotate` has already rotated.
 */
export function failsBuild(f: Finding, failOn: Severity): boolean {
  if (f.status === 'rotated') return false;
  return severityRank(gateSeverity(f)) >= severityRank(failOn);
}
