/**
 * Every regex a config supplies runs on the linear-time engine (src/engine/linear-regex.ts).
 * This lists, before anything else is built, each one that engine cannot run (a lookahead, a
 * backreference), so the user sees them all at once rather than one per attempt.
 */
import { LinearRegex, NotLinearError } from '../engine/linear-regex.js';
import { UserError } from '../errors.js';
import type { AllowlistSpec, TokguardConfig } from './types.js';

interface Pattern {
  where: string;
  source: string;
  ignoreCase: boolean;
}

function allowlistPatterns(a: AllowlistSpec | undefined, where: string): Pattern[] {
  if (!a) return [];
  return (['secrets', 'lines', 'pathRegexes'] as const).flatMap((key) =>
    (a[key] ?? []).map((s, i) => ({
      where: `${where}.${key}[${i}]`,
      source: s.startsWith('(?i)') ? s.slice(4) : s,
      ignoreCase: s.startsWith('(?i)'),
    })),
  );
}

/** The config's regexes, each named by its key path (`rules[0] (id x).pattern`). */
function userPatterns(config: TokguardConfig): Pattern[] {
  const out: Pattern[] = [];
  (config.rules ?? []).forEach((r, i) => {
    const where = `rules[${i}] (id ${r.id})`;
    out.push({ where: `${where}.pattern`, source: r.pattern, ignoreCase: Boolean(r.caseInsensitive) });
    out.push(...allowlistPatterns(r.allowlist, `${where}.allowlist`));
  });
  for (const [id, o] of Object.entries(config.override ?? {})) {
    if (o.pattern !== undefined)
      out.push({ where: `override.${id}.pattern`, source: o.pattern, ignoreCase: Boolean(o.caseInsensitive) });
    out.push(...allowlistPatterns(o.allowlist, `override.${id}.allowlist`));
  }
  out.push(...allowlistPatterns(config.allowlist, 'allowlist'));
  return out;
}

/**
 * Throws a UserError naming every pattern of the config that cannot run in linear time. A
 * pattern that is not a valid regex at all is left to the loader's other checks.
 */
export function checkLinearPatterns(config: TokguardConfig, file: string): void {
  const problems: string[] = [];
  for (const p of userPatterns(config)) {
    try {
      void new RegExp(p.source);
    } catch {
      continue;
    }
    try {
      LinearRegex.check(p.source, p.ignoreCase);
    } catch (e) {
      if (!(e instanceof NotLinearError)) throw e;
      problems.push(`${p.where}: ${e.reason}`);
    }
  }
  if (problems.length === 0) return;
  const what = problems.length === 1 ? 'a pattern' : `${problems.length} patterns`;
  throw new UserError(`${file}: ${what} cannot run on the linear-time engine: ${problems.join('; ')}`);
}
