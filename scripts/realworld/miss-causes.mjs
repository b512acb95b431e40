#!/usr/bin/env node
// Sorts the tune split's missed provider leaks by cause, so a round of work starts from classes
// rather than from a list of lines (issue 11). Reads the bench's details on standard input:
//
//   npm run bench:realworld -- --details 2>&1 | node scripts/realworld/miss-causes.mjs [--list]
//
// Holdout lines are skipped unread (the holdout rule, docs/accuracy.md). Each tune miss falls in
// the first of these groups that holds for it:
//   placeholder  the line holds a placeholder value (placeholder.mjs); a miss by design
//   context      the line alone in a file of the same name is found: what surrounds it in the
//                corpus file hides it (the same secret found once for two spellings, say)
//   form         a provider rule takes the value written as `<provider>_api_key = "<value>"` (or
//                _token, _secret, _access_key): the line's spelling of the name, its credential
//                word or its assignment is what the rule does not take
//   value        no provider rule takes the value even so: its shape, length or entropy is not the
//                provider's (a made-up example, a public identifier), or no rule knows the provider
// The scan uses the built CLI (bin/tokguard.js); run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasPlaceholderValue } from './placeholder.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** One `miss` line of `bench:realworld --details`: split, category and where the label is. */
export function parseMiss(line) {
  const m = /^miss {2}(\S+)\s+(\S+)\s+([^/\s]+)\/(.+?):(\d+)(?: \(only as example\))? {2}/.exec(line);
  return m ? { split: m[1], category: m[2], corpus: m[3], path: m[4], line: Number(m[5]) } : undefined;
}

const UUID = /[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}/g;
/** What ends a value in the lines the corpora hold: space, quotes, operators, brackets. */
const DELIMITERS = /[\s"'`,;=:()<>[\]{}]+/;

/**
 * The strings of `text` that may be the labelled value: every UUID, every run of 12 or more
 * characters between delimiters, and the part of such a run after each `-` or `.` that leaves 12
 * or more (`acmeSECRETkey-<value>` holds its name and value in one run).
 */
export function valueCandidates(text) {
  const out = new Set(text.match(UUID) ?? []);
  for (const run of text.split(DELIMITERS)) {
    if (run.length < 12) continue;
    out.add(run);
    for (let i = 0; i < run.length; i++)
      if ((run[i] === '-' || run[i] === '.') && run.length - i - 1 >= 12) out.add(run.slice(i + 1));
  }
  return [...out];
}

/** The plain assignments under the provider's name that stand for "a form any rule takes". */
export function canonicalLines(provider, value) {
  const name = provider.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return ['api_key', 'token', 'secret', 'access_key'].map((word) => `${name}_${word} = "${value}"`);
}

/** The labels of a corpus by `path:line`, for the provider each names. */
function labelsOf(corpora, corpus, cache) {
  if (!cache.has(corpus)) {
    const doc = JSON.parse(readFileSync(path.join(corpora, corpus, 'labels.json'), 'utf8'));
    const labels = Array.isArray(doc) ? doc : doc.labels;
    cache.set(corpus, new Map(labels.map((l) => [`${l.path}:${l.line}`, l])));
  }
  return cache.get(corpus);
}

/** Provider findings of one scan of `dir`, as `[subdir, index] -> secrets`. */
function providerSecrets(dir) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin/tokguard.js'), 'scan', dir, '--no-gitignore', '-f', 'json', '-q', '--show-secrets'],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`tokguard scan failed: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const found = new Map();
  for (const f of report.findings) {
    if (f.ruleId.startsWith('generic')) continue;
    // Paths are relative to the scanned root.
    const rel = path.relative(dir, path.resolve(report.scan.root, f.file)).split(path.sep);
    const key = `${rel[0]}/${rel[1]}`;
    if (!found.has(key)) found.set(key, []);
    found.get(key).push(f.secret ?? '');
  }
  return found;
}

/** The cause group of each miss (see the header), the corpora read from `corpora`. */
export function classify(misses, corpora = path.join(root, 'test/corpora')) {
  const dir = mkdtempSync(path.join(tmpdir(), 'miss-causes-'));
  const cache = new Map();
  try {
    const rows = misses.map((m, i) => {
      const text = readFileSync(path.join(corpora, m.corpus, 'files', m.path), 'latin1').split('\n')[m.line - 1];
      const label = labelsOf(corpora, m.corpus, cache).get(`${m.path}:${m.line}`);
      const provider = label?.provider ?? path.basename(m.path).replace(/\..*$/, '');
      const values = valueCandidates(text);
      mkdirSync(path.join(dir, 'alone', String(i)), { recursive: true });
      writeFileSync(path.join(dir, 'alone', String(i), path.basename(m.path)), `${text}\n`);
      mkdirSync(path.join(dir, 'form', String(i)), { recursive: true });
      const lines = values.flatMap((v) => canonicalLines(provider, v));
      writeFileSync(path.join(dir, 'form', String(i), 'config.txt'), `${lines.join('\n')}\n`);
      return { ...m, text, provider, values };
    });
    const found = providerSecrets(dir);
    const takes = (kind, i, values) => (found.get(`${kind}/${i}`) ?? []).some((s) => values.some((v) => v.includes(s)));
    return rows.map((row, i) => {
      let cause = 'value';
      if (hasPlaceholderValue(row.text)) cause = 'placeholder';
      else if (takes('alone', i, row.values)) cause = 'context';
      else if (takes('form', i, row.values)) cause = 'form';
      return { ...row, cause };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv) {
  const list = argv.includes('--list');
  const misses = readFileSync(0, 'utf8')
    .split('\n')
    .map(parseMiss)
    .filter((m) => m && m.split === 'tune' && m.category === 'provider');
  const rows = classify(misses);
  const groups = ['placeholder', 'context', 'form', 'value'];
  console.log(`${rows.length} tune provider misses (holdout lines skipped unread)`);
  for (const g of groups) console.log(`  ${g.padEnd(12)} ${rows.filter((r) => r.cause === g).length}`);
  if (!list) return;
  for (const g of groups)
    for (const r of rows.filter((x) => x.cause === g))
      console.log(`${g.padEnd(12)} ${r.corpus}/${r.path}:${r.line}  ${r.text.trim().slice(0, 100)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
