import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { RuleSpec } from '../engine/types.js';

/**
 * The build (scripts/compile-rules.mjs) validates rules/*.yaml and writes them as one JSON file,
 * so loading built-in rules is a JSON.parse: no YAML parser or schema compiler at start-up.
 */
export const BUILTIN_RULES_PATH = path.join(PACKAGE_ROOT, 'dist', 'builtin-rules.json');

let cached: RuleSpec[] | undefined;
/** The build's digest of exactly these rules (src/scan/digest.ts), so a scan need not hash 500 rules. */
let cachedDigest: string | undefined;

export function loadBuiltinRules(): RuleSpec[] {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_RULES_PATH, 'utf8');
    } catch {
      throw new Error(`built-in rules are missing (${BUILTIN_RULES_PATH}); run "npm run build"`);
    }
    const parsed = JSON.parse(text) as { rules: RuleSpec[]; digest?: unknown };
    cached = parsed.rules;
    cachedDigest = typeof parsed.digest === 'string' ? parsed.digest : undefined;
  }
  return cached;
}

/** The digest the build wrote for the built-in rules, when `rules` is that very list (unchanged by any config). */
export function builtinRulesDigest(rules: readonly RuleSpec[]): string | undefined {
  return rules === cached ? cachedDigest : undefined;
}
