// Validates every rules/*.yaml with the same checks the CLI applies to user rules (plus the
// stricter example counts for built-ins) and writes dist/builtin-rules.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const { checkRuleFile } = await import('../dist/rules/validate.js');
const rulesDir = new URL('../rules/', import.meta.url);
const files = readdirSync(rulesDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const all = [];
const seen = new Map();
let failed = false;
for (const f of files) {
  const name = `rules/${f}`;
  try {
    let data;
    try {
      data = parse(readFileSync(new URL(f, rulesDir), 'utf8'));
    } catch (e) {
      throw new Error(`${name}: not valid YAML: ${e.message.split('\n')[0]}`, { cause: e });
    }
    for (const rule of checkRuleFile(data, name, { strictExamples: true })) {
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
writeFileSync(new URL('../dist/builtin-rules.json', import.meta.url), JSON.stringify({ rules: runtime }));
console.log(`compiled ${all.length} rules from ${files.length} files`);
