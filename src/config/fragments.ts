/**
 * A config's patterns may reference the same `{{name}}` fragments as the built-in rules
 * (src/engine/fragments.ts). They are expanded before anything else reads the config, so the
 * linear-time check, the compiler and the examples all see the regex that will run.
 */
import { expandFragments, UnknownFragmentError } from '../engine/fragments.js';
import { UserError } from '../errors.js';
import type { TokguardConfig } from './types.js';

function expand(pattern: string, where: string, file: string): string {
  try {
    return expandFragments(pattern);
  } catch (e) {
    if (e instanceof UnknownFragmentError) throw new UserError(`${file}: ${where}: ${e.message}`);
    throw e;
  }
}

/**
 * The config with fragments expanded in custom rules' and overrides' patterns. Rules imported
 * from gitleaks are left as translated: their regexes were written for another tool, where
 * `{{…}}` means nothing.
 */
export function expandConfigFragments(config: TokguardConfig, file: string): TokguardConfig {
  const rules = config.rules?.map((r, i) =>
    r.origin ? r : { ...r, pattern: expand(r.pattern, `rules[${i}] (id ${r.id}).pattern`, file) },
  );
  const override = config.override
    ? Object.fromEntries(
        Object.entries(config.override).map(([id, o]) => [
          id,
          o.pattern === undefined ? o : { ...o, pattern: expand(o.pattern, `override.${id}.pattern`, file) },
        ]),
      )
    : undefined;
  return { ...config, ...(rules ? { rules } : {}), ...(override ? { override } : {}) };
}
