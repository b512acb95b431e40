// Validates every rules/*.yaml with the same checks the CLI applies to user rules (plus the
// stricter example counts and the required references for built-ins) and writes
// dist/builtin-rules.json. Providers and verify blocks go to builtin-verify.json beside it: only
// verification reads them, never a scan.
//
//   node scripts/compile-rules.mjs [rules-dir [out-file]]   (defaults: rules/, dist/builtin-rules.json)
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { writeAtomic } from './write-atomic.mjs';

const { checkRuleFile } = await import('../dist/rules/validate.js');
const { checkVerifySpec, VerifySpecProblem } = await import('../dist/verify/check.js');
const [dirArg, outArg] = process.argv.slice(2);
const rulesDir = dirArg ? pathToFileURL(path.resolve(dirArg) + '/') : new URL('../rules/', import.meta.url);
const outFile = outArg ? pathToFileURL(path.resolve(outArg)) : new URL('../dist/builtin-rules.json', import.meta.url);
const label = dirArg ? path.basename(path.resolve(dirArg)) : 'rules';
const files = readdirSync(rulesDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const all = [];
const seen = new Map();
const providers = {};
const providerFile = new Map();
let failed = false;
for (const f of files) {
  const name = `${label}/${f}`;
  try {
    let data;
    try {
      data = parse(readFileSync(new URL(f, rulesDir), 'utf8'));
    } catch (e) {
      throw new Error(`${name}: not valid YAML: ${e.message.split('\n')[0]}`, { cause: e });
    }
    for (const [id, provider] of Object.entries(data?.providers ?? {})) {
      if (providerFile.has(id))
        throw new Error(`${name}: provider ${id}: already described in ${providerFile.get(id)}`);
      providerFile.set(id, name);
      providers[id] = provider;
    }
    for (const rule of checkRuleFile(data, name, { strictExamples: true, requireReferences: true })) {
      if (seen.has(rule.id)) throw new Error(`${name}: rule ${rule.id}: id already used in ${seen.get(rule.id)}`);
      seen.set(rule.id, name);
      all.push({ ...rule, source: name });
    }
  } catch (e) {
    failed = true;
    console.error(`compile-rules: ${e.message}`);
  }
}
const ids = new Set(all.map((r) => r.id));
for (const rule of all) {
  for (const other of rule.supersedes ?? []) {
    if (ids.has(other)) continue;
    failed = true;
    console.error(`compile-rules: ${rule.source}: rule ${rule.id}: supersedes ${other}, which is no rule`);
  }
}
const verifiers = {};
for (const rule of all) {
  if (!rule.verify) continue;
  try {
    if (!rule.verify.docs)
      throw new VerifySpecProblem('verify.docs: give the API reference the request was written from');
    checkVerifySpec(rule.verify, rule, providers, ids);
  } catch (e) {
    if (!(e instanceof VerifySpecProblem)) throw e;
    failed = true;
    console.error(`compile-rules: ${rule.source}: rule ${rule.id}: ${e.message}`);
  }
  verifiers[rule.id] = rule.verify;
}
if (failed) process.exit(1);
// Examples are for the test suite (which reads the YAML); a scan never needs them, and they are
// half the file the CLI parses at every start.
const runtime = all.map(({ examples: _e, counterExamples: _c, verify: _v, ...rule }) => ({
  ...rule,
  examples: [],
  counterExamples: [],
}));
// The rule digest of the built-ins, as a scan without a config would work it out at every start.
const { computeRulesDigest } = await import('../dist/scan/digest.js');
const digest = computeRulesDigest(JSON.parse(JSON.stringify(runtime)));
// The previous build's prefilter files were made for the previous rules: a tokguard run while
// compile-prefilter.mjs makes the new ones builds its own rather than use them with these.
for (const name of ['builtin-prefilter.json', 'builtin-patterns.json', 'builtin-automaton.bin'])
  rmSync(new URL(name, outFile), { force: true });
writeAtomic(new URL('builtin-verify.json', outFile), JSON.stringify({ providers, verifiers }));
writeAtomic(outFile, JSON.stringify({ rules: runtime, digest }));
console.log(
  `compiled ${all.length} rules from ${files.length} files (${Object.keys(verifiers).length} with verifiers, ${Object.keys(providers).length} providers)`,
);
