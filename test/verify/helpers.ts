import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { Engine } from '../../src/engine/engine.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { toFinding, type Finding } from '../../src/report/finding.js';
import { checkRuleFile } from '../../src/rules/validate.js';
import { parseEndpoints } from '../../src/verify/endpoints.js';
import { verifyFindings, type VerifyOptions, type VerifySummary } from '../../src/verify/run.js';
import type { BuiltinVerifyData, VerifySpec } from '../../src/verify/types.js';
import { tempTree } from '../helpers/tmp.js';

const dir = new URL('../../rules/', import.meta.url);

/** The built-in rules as written (with examples and verify blocks), read from the YAML. */
export const YAML_RULES: (RuleSpec & { verify?: VerifySpec })[] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((f) =>
    checkRuleFile(parse(readFileSync(new URL(f, dir), 'utf8')), `rules/${f}`, { strictExamples: true }).map((r) => ({
      ...r,
      verify: r.verify as VerifySpec | undefined,
      source: `rules/${f}`,
    })),
  );

/** The compiled verify data (what the CLI loads); the build must have run. */
export function builtinVerify(): BuiltinVerifyData {
  return JSON.parse(
    readFileSync(new URL('../../dist/builtin-verify.json', import.meta.url), 'utf8'),
  ) as BuiltinVerifyData;
}

/** The rules as the scan sees them (no verify blocks: those live in builtin-verify.json). */
export const SCAN_RULES: RuleSpec[] = YAML_RULES.map(({ verify: _v, ...r }) => r);

/** Findings of `text` written to a file in a temporary folder (so parts can be read again). */
export function findingsIn(text: string, file = 'app.env'): { findings: Finding[]; base: string } {
  const base = tempTree({ [file]: text });
  writeFileSync(path.join(base, file), text);
  const byId = new Map(SCAN_RULES.map((r) => [r.id, r]));
  const findings = new Engine(SCAN_RULES)
    .scan(Buffer.from(text, 'utf8'))
    .map((m) => toFinding(m, byId.get(m.ruleId)!, file, 'worktree'));
  return { findings, base };
}

export function verifyIn(
  findings: Finding[],
  base: string,
  endpoints: string,
  extra: Partial<VerifyOptions> = {},
): Promise<VerifySummary> {
  return verifyFindings(findings, {
    rules: SCAN_RULES,
    customRuleIds: new Set(),
    trustCustomVerifiers: false,
    endpoints: parseEndpoints(endpoints),
    source: { base },
    userAgent: 'tokguard-test',
    ...extra,
  });
}
