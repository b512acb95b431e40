#!/usr/bin/env node
// Issue 11: a provider rule whose pattern joins the words of a key's name with `{{join}}`,
// `{{qualifiers}}` or `{{codeJoin}}` accepts `Acme API key: …`, `Acme:ApiKey` and
// `ACME__API_KEY`, but it runs only where one of its keywords occurs (case-insensitively, as
// written): a rule whose keywords all spell the name joined (`acme_api_key`, `acmeapikey`) never
// sees those spellings. This lists such rules: for each example a rule finds, it writes the
// name's `_`/`-` joints as a space, `:`, `__`, `.` and `-`, and reports the spellings that the rule's
// pattern still matches (same secret) but the engine does not find.
//
//   npm run build && node scripts/keyword-joints.mjs      (exit 1 when a rule is listed)
//
// test/rules/keyword-joints.test.ts runs the same check on the rules' YAML sources.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How a joint of a name is written, by the forms `{{join}}` accepts (`_` is the examples' own). */
export const JOINT_SPELLINGS = [' ', ':', '__', '.', '-'];

/** Whether the rule as written joins name words with a shared fragment. */
export function usesNameJoint(pattern) {
  return /\{\{(?:join|qualifiers|codeJoin)\}\}/.test(pattern);
}

/**
 * The example's other spellings: in the name before the secret (from the match's start), every
 * `_` or `-` between two letters or digits is written as `joint`. Only the rule's own match is
 * rewritten, so a name elsewhere on the line stays as it was.
 */
function respell(example, nameStart, secretStart, joint) {
  const name = example.slice(nameStart, secretStart);
  const respelled = name.replace(/(?<=[A-Za-z0-9])[_-](?=[A-Za-z0-9])/g, joint);
  if (respelled === name) return undefined;
  return example.slice(0, nameStart) + respelled + example.slice(secretStart);
}

/** Where `spec`'s pattern (expanded) finds `secret` in `text`: the match, or undefined. */
function matchOf(spec, text, secret) {
  const regex = new RegExp(spec.pattern, `gd${spec.caseInsensitive ? 'i' : ''}`);
  for (const m of text.matchAll(regex)) {
    const group = m.groups?.secret !== undefined ? 'secret' : 1;
    const found = group === 'secret' ? m.groups.secret : m[1];
    if (found !== secret) continue;
    const at = group === 'secret' ? m.indices.groups.secret : m.indices[1];
    return { start: m.index, secretStart: at[0] };
  }
  return undefined;
}

/**
 * The spellings that `written` rules (patterns as written, for `usesNameJoint`) accept in their
 * patterns but `engine` (built from `loaded`, patterns expanded, same order) does not find:
 * `{ id, example, spelling }` each.
 */
export function keywordJointGaps(written, loaded, engine) {
  const gaps = [];
  const finds = (id, text, secret) =>
    engine.scan(Buffer.from(text, 'utf8')).some((m) => m.ruleId === id && m.secret === secret);
  loaded.forEach((spec, i) => {
    if (!usesNameJoint(written[i].pattern)) return;
    for (const example of spec.examples) {
      for (const m of engine.scan(Buffer.from(example, 'utf8')).filter((x) => x.ruleId === spec.id)) {
        const at = matchOf(spec, example, m.secret);
        if (!at) continue;
        for (const joint of JOINT_SPELLINGS) {
          const spelling = respell(example, at.start, at.secretStart, joint);
          if (spelling === undefined || !matchOf(spec, spelling, m.secret)) continue;
          if (!finds(spec.id, spelling, m.secret)) gaps.push({ id: spec.id, example, spelling });
        }
      }
    }
  });
  return gaps;
}

async function main() {
  const { parse } = await import('yaml');
  const { checkRuleFile } = await import('../dist/rules/validate.js');
  const { Engine } = await import('../dist/engine/engine.js');
  const dir = fileURLToPath(new URL('../rules/', import.meta.url));
  const written = [];
  const loaded = [];
  for (const f of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const data = parse(readFileSync(dir + f, 'utf8'));
    written.push(...data.rules);
    loaded.push(...checkRuleFile(data, `rules/${f}`));
  }
  const gaps = keywordJointGaps(written, loaded, new Engine(loaded));
  const ids = [...new Set(gaps.map((g) => g.id))];
  for (const id of ids) {
    const spec = loaded.find((r) => r.id === id);
    const spellings = gaps.filter((g) => g.id === id).map((g) => JSON.stringify(g.spelling));
    console.log(`${id}  keywords [${spec.keywords.join(', ')}]  misses ${spellings.slice(0, 3).join('  ')}`);
  }
  console.log(`${ids.length} rules whose keywords miss a spelling their pattern accepts`);
  process.exitCode = ids.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
