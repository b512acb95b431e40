#!/usr/bin/env node
// Issue 11: replaces the assignment tail that provider "context" rules used to spell by hand
// between the provider's name and the token with the shared fragment `{{assign}}`
// (src/engine/fragments.ts), which accepts more of the literal forms code writes. Idempotent: run
// it again after merging rules written the old way. test/rules/assign-fragment.test.ts fails while
// any built-in rule still spells the old tail.
//
//   node scripts/codemod-assign.mjs [rules-dir]     (default: rules/); --check: change nothing,
//                                                   exit 1 if a file would change
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The old tail as a pattern holds it (after YAML has unquoted it). */
export const OLD_TAIL = `["']?(?:\\s*(?:=>|:=|[:=,(])\\s*|\\s+)["']?`;
/** Its core, which a variant of the tail (other quotes or spaces around it) still holds. */
export const OLD_CORE = '(?:=>|:=|[:=,(])';
export const FRAGMENT = '{{assign}}';

/**
 * The tail as it is written in a rule file: in a single-quoted YAML scalar (the rule files' style)
 * a quote is doubled; in a plain or block scalar it is not. A class with its quote twice means
 * the same, so either spelling is the tail wherever it stands.
 */
const SPELLINGS = [OLD_TAIL.replaceAll("'", "''"), OLD_TAIL];

/** `text` with every spelling of the old tail replaced by the fragment. */
export function rewrite(text) {
  let out = text;
  for (const s of SPELLINGS) out = out.replaceAll(s, FRAGMENT);
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = dirArg ? path.resolve(dirArg) : fileURLToPath(new URL('../rules/', import.meta.url));
  let changed = 0;
  const leftover = [];
  for (const f of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = path.join(dir, f);
    const before = readFileSync(file, 'utf8');
    const after = rewrite(before);
    if (after !== before) {
      changed++;
      if (!check) writeFileSync(file, after);
    }
    // A tail the text replacement could not see (a double-quoted scalar, a variant): listed for
    // a hand edit rather than guessed at.
    for (const rule of parse(after)?.rules ?? []) {
      if (typeof rule?.pattern === 'string' && rule.pattern.includes(OLD_CORE)) leftover.push(`${f}: ${rule.id}`);
    }
  }
  console.log(`${check ? 'would change' : 'changed'} ${changed} file(s)`);
  if (leftover.length) {
    console.log(`still spelling an assignment tail by hand (edit to use ${FRAGMENT}):\n  ${leftover.join('\n  ')}`);
  }
  if ((check && changed) || leftover.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
