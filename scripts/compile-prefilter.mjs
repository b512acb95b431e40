// Builds the built-in rules' keyword prefilter ahead of time (see src/rules/builtin-prefilter.ts):
// dist/builtin-prefilter.json (keywords with their base64 spellings, window plans),
// dist/builtin-patterns.json (start gates and provider openings, read when first needed) and
// dist/builtin-automaton.bin (the automaton's tables). Runs after compile-rules.mjs.
import { writeAtomic } from './write-atomic.mjs';

const { Engine } = await import('../dist/engine/engine.js');
const { loadBuiltinRules } = await import('../dist/rules/builtin.js');
const { PREFILTER_JSON, PATTERNS_JSON, AUTOMATON_BIN, writeAutomaton, prefilterFiles } =
  await import('../dist/rules/builtin-prefilter.js');

const snapshot = new Engine(loadBuiltinRules()).prefilterSnapshot();
const { automaton, ...keywords } = snapshot;
const files = prefilterFiles(keywords);
// The tables and the patterns' file first: the keyword file is what tells an engine that the
// others fit its rules (compile-rules.mjs removed the previous build's).
writeAtomic(PATTERNS_JSON, files.patterns);
const bin = writeAutomaton(automaton);
writeAtomic(AUTOMATON_BIN, bin);
writeAtomic(PREFILTER_JSON, files.prefilter);
console.log(
  `built the prefilter: ${keywords.keywords.length} keywords, ${automaton.positional.length} states (${(bin.length / 1024 / 1024).toFixed(1)} MB)`,
);
