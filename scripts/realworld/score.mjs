// Scoring: findings against labels (positive corpora) and findings per byte (false-positive
// corpora), kept apart for the tune and holdout splits. Pure functions over plain data.
import { CATEGORIES, IGNORED_CATEGORIES, SPLITS, splitOf } from './corpora.mjs';

/**
 * A finding marked as a documentation or test demo credential. The `example` marking is being
 * added to findings; any of its likely spellings counts, and a report without it has none.
 */
export function isExample(f) {
  return (
    f.example === true ||
    f.status === 'example' ||
    f.confidence === 'example' ||
    (Array.isArray(f.tags) && f.tags.includes('example'))
  );
}

const emptyCategory = () => ({ labels: 0, found: 0, exampleOnly: 0 });

/**
 * The categories whose recall is also given with placeholder values set aside (see
 * placeholder.mjs): a value's category, where a label's line is the value. A private key's lines
 * are base64 that may hold runs of one letter, so it is not judged this way.
 */
export const ASIDE_CATEGORIES = ['provider', 'generic'];

function emptyPositiveSplit() {
  return {
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, emptyCategory()])),
    overall: emptyCategory(),
    placeholdersAside: Object.fromEntries(ASIDE_CATEGORIES.map((c) => [c, emptyCategory()])),
    findings: { hit: 0, unlabelled: 0, ignored: 0 },
  };
}

const overlaps = (label, f) => f.line <= (label.endLine ?? label.line) && (f.endLine ?? f.line) >= label.line;

/** Each label with the findings that land on its lines, and each finding with its labels. */
function matchFindings(labels, findings) {
  const byPath = new Map();
  for (const l of labels) {
    if (!byPath.has(l.path)) byPath.set(l.path, []);
    byPath.get(l.path).push({ label: l, hits: [] });
  }
  const matched = findings.map((f) => {
    const on = (byPath.get(f.relPath) ?? []).filter((e) => overlaps(e.label, f));
    for (const e of on) e.hits.push(f);
    return { finding: f, labels: on.map((e) => e.label) };
  });
  return { entries: [...byPath.values()].flat(), matched };
}

function tallyLabels(name, entries, splits, misses) {
  for (const { label, hits } of entries) {
    if (IGNORED_CATEGORIES.includes(label.category)) continue;
    const split = splitOf(name, label.path);
    const real = hits.filter((f) => !isExample(f));
    const cells = [splits[split].byCategory[label.category], splits[split].overall];
    const aside = splits[split].placeholdersAside[label.category];
    if (aside && !label.placeholder) cells.push(aside);
    for (const cell of cells) {
      cell.labels++;
      if (real.length) cell.found++;
      else if (hits.length) cell.exampleOnly++;
    }
    if (!real.length) misses.push({ corpus: name, split, ...label, asExample: hits.length > 0 });
  }
}

function tallyFindings(name, matched, splits, unlabelled) {
  for (const { finding, labels } of matched) {
    const cell = splits[splitOf(name, finding.relPath)].findings;
    if (labels.some((l) => !IGNORED_CATEGORIES.includes(l.category))) cell.hit++;
    else if (labels.length) cell.ignored++;
    else {
      cell.unlabelled++;
      unlabelled.push({ corpus: name, ...finding });
    }
  }
}

/** Recall per category and split; hits and unlabelled findings for precision. */
export function scorePositive(corpus, findings) {
  const splits = Object.fromEntries(SPLITS.map((s) => [s, emptyPositiveSplit()]));
  const misses = [];
  const unlabelled = [];
  const { entries, matched } = matchFindings(corpus.labels, findings);
  tallyLabels(corpus.name, entries, splits, misses);
  tallyFindings(corpus.name, matched, splits, unlabelled);
  return { result: { complete: corpus.complete, splits }, misses, unlabelled };
}

const bump = (obj, key) => (obj[key] = (obj[key] ?? 0) + 1);

/** Findings per split on a corpus where every finding is noise, by severity and confidence. */
export function scoreFalsePositives(corpus, findings) {
  const splits = Object.fromEntries(
    SPLITS.map((s) => [s, { bytes: corpus.bytes[s], findings: 0, bySeverity: {}, byConfidence: {}, examples: 0 }]),
  );
  for (const f of findings) {
    const cell = splits[splitOf(corpus.name, f.relPath)];
    cell.findings++;
    bump(cell.bySeverity, f.severity);
    if (typeof f.confidence === 'string') bump(cell.byConfidence, f.confidence);
    if (isExample(f)) cell.examples++;
  }
  return { result: { splits }, noise: findings.map((f) => ({ corpus: corpus.name, ...f })) };
}

const ratio = (a, b) => (b ? a / b : null);
const per100MB = (n, bytes) => (bytes ? (n * 1e8) / bytes : null);
const HIGH = ['high', 'critical'];

function sumPositive(results, split, pick) {
  const cell = emptyCategory();
  for (const r of Object.values(results)) {
    const c = pick(r.splits[split]) ?? emptyCategory();
    cell.labels += c.labels;
    cell.found += c.found;
    cell.exampleOnly += c.exampleOnly;
  }
  return cell;
}

function summariseRecall(positive, split) {
  const out = {};
  for (const cat of CATEGORIES) {
    const c = sumPositive(positive, split, (s) => s.byCategory[cat]);
    out[cat] = { ...c, recall: ratio(c.found, c.labels) };
  }
  const all = sumPositive(positive, split, (s) => s.overall);
  out.overall = { ...all, recall: ratio(all.found, all.labels) };
  return out;
}

// Baselines saved before the placeholder split have no such cells: they sum to no labels.
function summariseAside(positive, split) {
  const out = {};
  for (const cat of ASIDE_CATEGORIES) {
    const c = sumPositive(positive, split, (s) => s.placeholdersAside?.[cat]);
    out[cat] = { ...c, recall: ratio(c.found, c.labels) };
  }
  return out;
}

function summarisePrecision(positive, split) {
  let hit = 0;
  let unlabelled = 0;
  for (const r of Object.values(positive)) {
    if (!r.complete) continue;
    hit += r.splits[split].findings.hit;
    unlabelled += r.splits[split].findings.unlabelled;
  }
  return { hit, unlabelled, precision: ratio(hit, hit + unlabelled) };
}

function summariseNoise(fp, split) {
  const t = { bytes: 0, findings: 0, highCritical: 0, examples: 0, bySeverity: {}, byConfidence: {} };
  for (const r of Object.values(fp)) {
    const s = r.splits[split];
    t.bytes += s.bytes;
    t.findings += s.findings;
    t.examples += s.examples;
    for (const [k, n] of Object.entries(s.bySeverity)) {
      t.bySeverity[k] = (t.bySeverity[k] ?? 0) + n;
      if (HIGH.includes(k)) t.highCritical += n;
    }
    for (const [k, n] of Object.entries(s.byConfidence)) t.byConfidence[k] = (t.byConfidence[k] ?? 0) + n;
  }
  return { ...t, per100MB: per100MB(t.findings, t.bytes), highCriticalPer100MB: per100MB(t.highCritical, t.bytes) };
}

/** The headline figures the CI thresholds and the side-by-side comparison read. */
export function summarise({ positive, fp }) {
  const out = {};
  for (const split of SPLITS) {
    out[split] = {
      recall: summariseRecall(positive, split),
      placeholdersAside: summariseAside(positive, split),
      precision: summarisePrecision(positive, split),
      noise: summariseNoise(fp, split),
    };
  }
  return out;
}

export { per100MB, ratio, HIGH };
