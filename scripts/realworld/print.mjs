// Printing the real-world figures, each beside the baseline release's figure for the same
// corpora and split.
import { CATEGORIES, SPLITS, splitOf } from './corpora.mjs';
import { ASIDE_CATEGORIES, HIGH, isExample, per100MB, ratio } from './score.mjs';

const pct = (x) => (x == null ? '-' : `${(100 * x).toFixed(1)}%`);
const num = (x) => (x == null ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

function row(label, cells, width = 34) {
  return `  ${label.padEnd(width)}${cells.map((c) => c.padStart(16)).join('')}`;
}

function header(title, baseLabel) {
  const cols = SPLITS.flatMap((s) => [`${s} now`, `${s} ${baseLabel}`]);
  return [title, row('', cols)];
}

function recallCell(cell) {
  if (!cell || !cell.labels) return '-';
  return `${pct(cell.found / cell.labels)} ${cell.found}/${cell.labels}`;
}

function recallLines(now, base, baseLabel) {
  const lines = header('Recall on labelled leaks (found/labelled; all positive corpora)', baseLabel);
  for (const cat of [...CATEGORIES, 'overall']) {
    const cells = SPLITS.flatMap((s) => [
      recallCell(now[s].recall[cat]),
      base ? pct(base[s].recall[cat]?.recall) : '-',
    ]);
    lines.push(row(cat, cells));
  }
  for (const cat of ASIDE_CATEGORIES) {
    const cells = SPLITS.flatMap((s) => [
      recallCell(now[s].placeholdersAside?.[cat]),
      base?.[s].placeholdersAside?.[cat]?.labels ? pct(base[s].placeholdersAside[cat].recall) : '-',
    ]);
    lines.push(row(`${cat}, placeholders aside`, cells));
  }
  const asExample = SPLITS.map((s) => now[s].recall.overall.exampleOnly).reduce((a, b) => a + b, 0);
  if (asExample) lines.push(`  (${asExample} labelled leaks were reported only as examples and count as missed)`);
  return lines;
}

function perCorpusRecall(results, baseResults, baseLabel) {
  const lines = header('Recall per corpus (overall)', baseLabel);
  for (const [name, r] of Object.entries(results.positive)) {
    const b = baseResults?.positive?.[name];
    const cells = SPLITS.flatMap((s) => [
      recallCell(r.splits[s].overall),
      b ? pct(ratio(b.splits[s].overall.found, b.splits[s].overall.labels)) : '-',
    ]);
    lines.push(row(`${name}${r.complete ? '' : ' *'}`, cells));
  }
  if (Object.values(results.positive).some((r) => !r.complete))
    lines.push('  * labels not complete (converted from another scanner): recall only, no precision');
  return lines;
}

function precisionLines(now, base, baseLabel) {
  const lines = header('Precision on completely labelled corpora (findings on a labelled line)', baseLabel);
  const cells = SPLITS.flatMap((s) => {
    const p = now[s].precision;
    return [`${pct(p.precision)} ${p.hit}/${p.hit + p.unlabelled}`, base ? pct(base[s].precision.precision) : '-'];
  });
  lines.push(row('precision', cells));
  return lines;
}

function fpCorpusCells(r, b, key) {
  return SPLITS.flatMap((s) => {
    const pick = (x) => {
      const c = x.splits[s];
      const n = key === 'all' ? c.findings : HIGH.reduce((a, k) => a + (c.bySeverity[k] ?? 0), 0);
      return per100MB(n, c.bytes);
    };
    return [num(pick(r)), b ? num(pick(b)) : '-'];
  });
}

function noiseLines(now, base, results, baseResults, baseLabel) {
  const lines = header('Noise on framework docs and tests (findings per 100 MB)', baseLabel);
  lines.push(
    row(
      'all findings',
      SPLITS.flatMap((s) => [num(now[s].noise.per100MB), base ? num(base[s].noise.per100MB) : '-']),
    ),
  );
  lines.push(
    row(
      'high + critical',
      SPLITS.flatMap((s) => [
        num(now[s].noise.highCriticalPer100MB),
        base ? num(base[s].noise.highCriticalPer100MB) : '-',
      ]),
    ),
  );
  for (const [name, r] of Object.entries(results.fp)) {
    const b = baseResults?.fp?.[name];
    lines.push(row(`${name} all`, fpCorpusCells(r, b, 'all')));
    lines.push(row(`${name} high+crit`, fpCorpusCells(r, b, 'high')));
  }
  return lines;
}

// Each count as findings per 100 MB, tune/holdout, with the raw counts after it.
function splitRates(now, count) {
  const rates = SPLITS.map((s) => num(per100MB(count(now[s].noise), now[s].noise.bytes))).join('/');
  return `${rates} (${SPLITS.map((s) => count(now[s].noise)).join('/')})`;
}

function breakdownLines(now) {
  const lines = ['Noise breakdown (per 100 MB, tune/holdout, with counts)'];
  const keys = (field) => [...new Set(SPLITS.flatMap((s) => Object.keys(now[s].noise[field])))].sort();
  const show = (field, label) => {
    const ks = keys(field);
    const none = SPLITS.every((s) => now[s].noise.findings === 0);
    if (!ks.length) return lines.push(`  by ${label}: ${none ? 'no findings' : `(findings carry no ${label})`}`);
    for (const k of ks) lines.push(`  ${label} ${k}: ${splitRates(now, (n) => n[field][k] ?? 0)}`);
  };
  show('bySeverity', 'severity');
  show('byConfidence', 'confidence');
  lines.push(`  marked as examples: ${splitRates(now, (n) => n.examples)}`);
  const mb = SPLITS.map((s) => (now[s].noise.bytes / 1e6).toFixed(1)).join('/');
  lines.push(`  scanned: ${mb} MB`);
  return lines;
}

/** The whole report as lines of text. */
export function formatReport({ results, summary, base, baseLabel }) {
  const b = base?.summary;
  return [
    ...recallLines(summary, b, baseLabel),
    '',
    ...perCorpusRecall(results, base?.results, baseLabel),
    '',
    ...precisionLines(summary, b, baseLabel),
    '',
    ...noiseLines(summary, b, results, base?.results, baseLabel),
    '',
    ...breakdownLines(summary),
  ];
}

/** A finding's severity, then its confidence and whether it is marked as an example, if it says. */
const level = (f) => `${f.severity}${f.confidence ? `/${f.confidence}` : ''}${isExample(f) ? '/example' : ''}`;

/** Misses and noise, one line each with its split, for working out what to fix. */
export function formatDetails({ misses, unlabelled, noise, lineOf }) {
  const lines = [];
  for (const m of misses) {
    const tag = m.asExample ? ' (only as example)' : '';
    lines.push(
      `miss  ${m.split.padEnd(7)} ${m.category.padEnd(11)} ${m.corpus}/${m.path}:${m.line}${tag}  ${lineOf(m)}`,
    );
  }
  for (const f of unlabelled)
    lines.push(
      `false ${splitOf(f.corpus, f.relPath).padEnd(7)} ${f.corpus}/${f.relPath}:${f.line} ${f.ruleId} ${level(f)}  ${(f.lineText ?? '').slice(0, 100)}`,
    );
  for (const f of noise)
    lines.push(
      `noise ${splitOf(f.corpus, f.relPath).padEnd(7)} ${f.corpus}/${f.relPath}:${f.line} ${f.ruleId} ${level(f)}  ${(f.lineText ?? '').trim().slice(0, 100)}`,
    );
  return lines;
}
