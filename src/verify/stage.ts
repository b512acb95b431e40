/**
 * The verify stage as commands run it: reads the test endpoint map from the environment (and
 * says so), decides whether the config's own verifiers may be used, and verifies.
 */
import path from 'node:path';
import type { RuleSpec } from '../engine/types.js';
import { UserError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { VERSION } from '../version.js';
import { endpointsFromEnv, endpointsWarning } from './endpoints.js';
import type { SourceContext } from './locate.js';
import { verifyFindings, type VerifySummary } from './run.js';

export interface VerifyStageInput {
  findings: Finding[];
  rules: readonly RuleSpec[];
  /** The config file in effect (as its loader named it), if any. */
  configFile?: string;
  /** The scanned repository (or folder): a config inside it is the repository's own. */
  scannedRoot: string;
  trustRepoVerifiers: boolean;
  source: SourceContext;
  timeoutSeconds?: string;
  maxTimeSeconds?: string;
  /** Prints a line to the user (stderr). */
  say: (line: string) => void;
}

function seconds(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max)
    throw new UserError(`${name} must be a number of seconds from 0 to ${max}, got "${value}"`);
  return Math.round(n * 1000);
}

/** A config file inside the scanned tree came with the repository, so it is not trusted by default. */
export function isRepositoryConfig(configFile: string | undefined, scannedRoot: string): boolean {
  if (!configFile) return false;
  const rel = path.relative(path.resolve(scannedRoot), path.resolve(configFile));
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

export async function runVerifyStage(input: VerifyStageInput): Promise<VerifySummary> {
  const timeoutMs = seconds('--verify-timeout', input.timeoutSeconds, 300);
  const maxTimeMs = seconds('--verify-max-time', input.maxTimeSeconds, 3600);
  const endpoints = endpointsFromEnv();
  const warning = endpointsWarning(endpoints);
  if (warning) input.say(warning);
  const customRuleIds = new Set(
    input.configFile ? input.rules.filter((r) => r.source === input.configFile).map((r) => r.id) : [],
  );
  const repoConfig = isRepositoryConfig(input.configFile, input.scannedRoot);
  const summary = await verifyFindings(input.findings, {
    rules: input.rules,
    customRuleIds,
    trustCustomVerifiers: !repoConfig || input.trustRepoVerifiers,
    endpoints,
    source: input.source,
    userAgent: `tokguard/${VERSION} (secret verification; https://tokguard.dev)`,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxTimeMs !== undefined ? { maxTimeMs } : {}),
  });
  for (const note of summary.notes) input.say(note);
  return summary;
}
