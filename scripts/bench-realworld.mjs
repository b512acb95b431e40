#!/usr/bin/env node
// Real-world accuracy benchmark: scans the vendored corpora under test/corpora with the built CLI
// (JSON output) and prints recall per category on labelled leaks, precision where the labels are
// complete, and findings per 100 MB on framework docs and tests, for the tune and the holdout
// split, each beside the baseline release's figure. See docs/accuracy.md.
//
//   npm run bench:realworld                                  all corpora
//   npm run bench:realworld -- --only leaky-repo,fp/flask    some corpora
//   npm run bench:realworld -- --details                     also list every miss and false positive
//   npm run bench:realworld -- --json                        machine-readable results on stdout
//   npm run bench:realworld -- --save-baseline [FILE]        write the figures as the baseline
//   npm run bench:realworld -- --baseline FILE               compare with another baseline
//   npm run bench:realworld -- --corpora DIR                 corpora from another folder
//   npm run bench:realworld -- --bin PATH                    another build's bin/tokguard.js (e.g. a release)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverCorpora, withSizes } from './realworld/corpora.mjs';
import { formatDetails, formatReport } from './realworld/print.mjs';
import { scoreFalsePositives, scorePositive, summarise } from './realworld/score.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPORA = path.join(root, 'test/corpora');
const DEFAULT_BASELINE = path.join(DEFAULT_CORPORA, 'baseline-0.1.0.json');

function usage(problem) {
  console.error(`bench:realworld: ${problem}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    details: false,
    json: false,
    only: undefined,
    save: undefined,
    baseline: DEFAULT_BASELINE,
    corpora: DEFAULT_CORPORA,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : undefined);
    if (a === '--details') opts.details = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--only') opts.only = (value() ?? usage('--only needs a comma-separated list')).split(',');
    else if (a === '--save-baseline') opts.save = path.resolve(value() ?? DEFAULT_BASELINE);
    else if (a === '--baseline') opts.baseline = path.resolve(value() ?? usage('--baseline needs a file'));
    else if (a === '--corpora') opts.corpora = path.resolve(value() ?? usage('--corpora needs a folder'));
    else if (a === '--bin') opts.bin = path.resolve(value() ?? usage('--bin needs a file'));
    else usage(`unknown option ${a}`);
  }
  return opts;
}

function gitRoot(dir) {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Runs the CLI on one corpus; findings get `relPath`, relative to the corpus's files folder. */
function scan(bin, corpus) {
  const r = spawnSync(
    process.execPath,
    [bin, 'scan', corpus.filesDir, '--format', 'json', '--no-progress', '--no-gitignore', '--no-color'],
    { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } },
  );
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`scan of ${corpus.name} failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  }
  const report = JSON.parse(r.stdout);
  // Inside a git work tree, reports name files from the repository root; elsewhere from the
  // scanned folder.
  const top = gitRoot(corpus.filesDir);
  const prefix = top ? `${path.relative(top, corpus.filesDir).split(path.sep).join('/')}/` : '';
  const findings = report.findings.map((f) => ({
    ...f,
    relPath: prefix && f.file.startsWith(prefix) ? f.file.slice(prefix.length) : f.file,
  }));
  return { findings, version: report.tool?.version };
}

function readBaseline(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    usage(`${file}: not valid JSON (${e.message})`);
  }
}

// The baseline restricted to the corpora of this run, so a subset compares like with like.
function comparableBaseline(base, results) {
  if (!base?.results) return undefined;
  const pick = (kind) =>
    Object.fromEntries(
      Object.keys(results[kind]).flatMap((n) => (base.results[kind]?.[n] ? [[n, base.results[kind][n]]] : [])),
    );
  const sub = { positive: pick('positive'), fp: pick('fp') };
  return { ...base, results: sub, summary: summarise(sub) };
}

function run(opts) {
  const bin = opts.bin ?? path.join(root, 'bin/tokguard.js');
  const corpora = discoverCorpora(opts.corpora, opts.only).map(withSizes);
  const results = { positive: {}, fp: {} };
  const details = { misses: [], unlabelled: [], noise: [] };
  let version;
  for (const corpus of corpora) {
    const scanned = scan(bin, corpus);
    version = scanned.version;
    if (corpus.kind === 'positive') {
      const s = scorePositive(corpus, scanned.findings);
      results.positive[corpus.name] = s.result;
      details.misses.push(...s.misses);
      details.unlabelled.push(...s.unlabelled);
    } else {
      const s = scoreFalsePositives(corpus, scanned.findings);
      results.fp[corpus.name] = s.result;
      details.noise.push(...s.noise);
    }
  }
  return { corpora, results, summary: summarise(results), details, version };
}

function lineOf(corporaRoot) {
  const cache = new Map();
  return (m) => {
    const file = path.join(corporaRoot, m.corpus, 'files', m.path);
    if (!cache.has(file)) cache.set(file, readFileSync(file, 'latin1').split('\n'));
    return (cache.get(file)[m.line - 1] ?? '').trim().slice(0, 100);
  };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let out;
  try {
    out = run(opts);
  } catch (e) {
    if (e.code === 'CORPUS' || e instanceof SyntaxError) usage(e.message);
    throw e;
  }
  const { corpora, results, summary, details, version } = out;
  if (opts.save) {
    const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const doc = { tool: 'tokguard', version, commit, corpora: corpora.map((c) => c.name), results, summary };
    writeFileSync(opts.save, `${JSON.stringify(doc, null, 2)}\n`);
    console.error(`bench:realworld: baseline written to ${path.relative(process.cwd(), opts.save)}`);
  }
  const base = comparableBaseline(readBaseline(opts.baseline), results);
  if (opts.json) {
    console.log(JSON.stringify({ version, results, summary, baseline: base?.summary ?? null }, null, 2));
    return;
  }
  const baseLabel = base ? (base.version ?? 'base') : '(none)';
  console.log(
    `tokguard ${version} on ${corpora.length} corpora; baseline: ${base ? path.basename(opts.baseline) : 'none'}`,
  );
  console.log(formatReport({ results, summary, base, baseLabel }).join('\n'));
  if (opts.details) console.log(['', ...formatDetails({ ...details, lineOf: lineOf(opts.corpora) })].join('\n'));
}

main();
