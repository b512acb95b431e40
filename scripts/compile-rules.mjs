// Validates every rules/*.yaml with the same checks the CLI applies to user rules (plus the
// stricter example counts and the required references for built-ins) and writes
// dist/builtin-rules.json.
//
//   node scripts/compile-rules.mjs [rules-dir [out-file]]   (defaults: rules/, dist/builtin-rules.json)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const { checkRuleFile } = await import('../dist/rules/validate.js');
const [dirArg, outArg] = process.argv.slice(2);
const rulesDir = dirArg ? pathToFileURL(path.resolve(dirArg) + '/') : new URL('../rules/', import.meta.url);
const outFile = outArg ? pathToFileURL(path.resolve(outArg)) : new URL('../dist/builtin-rules.json', import.meta.url);
const label = dirArg ? path.basename(path.resolve(dirArg)) : 'rules';
const files = readdirSync(rulesDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const all = [];
const seen = new Map();
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
if (failed) process.exit(1);
// Examples are for the test suite (which reads the YAML); a scan never needs them, and they are
// half the file the CLI parses at every start.
const runtime = all.map(({ examples: _e, counterExamples: _c, ...rule }) => ({
  ...rule,
  examples: [],
  counterExamples: [],
}));
writeFileSync(outFile, JSON.stringify({ rules: runtime }));
console.log(`compiled ${all.length} rules from ${files.length} files`);
