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

export function loadBuiltinRules(): RuleSpec[] {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_RULES_PATH, 'utf8');
    } catch {
      throw new Error(`built-in rules are missing (${BUILTIN_RULES_PATH}); run "npm run build"`);
    }
    cached = (JSON.parse(text) as { rules: RuleSpec[] }).rules;
  }
  return cached;
}
