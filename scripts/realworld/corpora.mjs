// The real-world corpora under test/corpora: which ones exist, their labels, and the fixed
// tune/holdout split. Everything here is read from disk and checked, so a malformed label file
// fails with its name instead of skewing the figures.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasPlaceholderValue } from './placeholder.mjs';

export const CATEGORIES = ['provider', 'generic', 'private-key', 'encoded', 'hash'];
// Labels that are neither leaks nor noise: `informative` marks something credential-like that
// is not usable alone (an access key id, a public key, a client id); `ambiguous` marks a line
// careful reviewers could call either way (a password-like literal with no credential name, a
// placeholder under a secret's name). A finding there is neither a hit nor a false positive.
export const IGNORED_CATEGORIES = ['informative', 'ambiguous'];
export const SPLITS = ['tune', 'holdout'];

/**
 * The split a file belongs to, from a hash of its corpus and path, so it never changes when
 * files are added elsewhere. About 30% of files are held out; nobody tunes detection on them.
 */
export function splitOf(corpus, relPath) {
  const h = createHash('sha256').update(`${corpus}/${relPath}`).digest();
  return h.readUInt32BE(0) % 100 < 30 ? 'holdout' : 'tune';
}

function fail(file, problem) {
  const e = new Error(`${file}: ${problem}`);
  e.code = 'CORPUS';
  throw e;
}

function checkLabel(file, l, i) {
  const where = `label ${i + 1}`;
  if (typeof l.path !== 'string' || l.path === '') fail(file, `${where} has no path`);
  if (!Number.isInteger(l.line) || l.line < 1) fail(file, `${where} (${l.path}) has no valid line`);
  if (l.endLine !== undefined && (!Number.isInteger(l.endLine) || l.endLine < l.line))
    fail(file, `${where} (${l.path}) has an endLine before its line`);
  if (!CATEGORIES.includes(l.category) && !IGNORED_CATEGORIES.includes(l.category))
    fail(file, `${where} (${l.path}) has unknown category ${JSON.stringify(l.category)}`);
}

function loadLabels(labelFile, filesDir) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(labelFile, 'utf8'));
  } catch (e) {
    fail(labelFile, `not valid JSON (${e.message})`);
  }
  if (!doc || !Array.isArray(doc.labels)) fail(labelFile, 'has no "labels" array');
  if (typeof doc.complete !== 'boolean') fail(labelFile, 'must say whether its labels are complete');
  const lines = new Map();
  doc.labels.forEach((l, i) => {
    checkLabel(labelFile, l, i);
    const file = path.join(filesDir, l.path);
    if (!existsSync(file)) fail(labelFile, `label ${i + 1} names a missing file ${l.path}`);
    if (!lines.has(file)) lines.set(file, readFileSync(file, 'latin1').split('\n'));
    l.placeholder = hasPlaceholderValue(
      lines
        .get(file)
        .slice(l.line - 1, l.endLine ?? l.line)
        .join('\n'),
    );
  });
  return doc;
}

/** Every regular file under dir, as paths relative to it (sorted, so runs are reproducible). */
export function listFiles(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, p));
    else if (entry.isFile()) out.push(p);
  }
  return out.sort();
}

function bytesBySplit(name, filesDir) {
  const bytes = { tune: 0, holdout: 0 };
  const files = listFiles(filesDir);
  for (const f of files) bytes[splitOf(name, f)] += statSync(path.join(filesDir, f)).size;
  return { bytes, files: files.length };
}

/**
 * The corpora: each folder of test/corpora with a labels.json is a positive corpus (labelled
 * leaks), each folder of test/corpora/fp is a false-positive corpus (framework docs and tests,
 * where every finding is noise). `only` keeps the named ones (e.g. ['leaky-repo', 'fp/flask']).
 */
export function discoverCorpora(root, only) {
  const corpora = [];
  const dirs = (d) =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : [];
  for (const name of dirs(root)) {
    const labelFile = path.join(root, name, 'labels.json');
    if (!existsSync(labelFile)) continue;
    const filesDir = path.join(root, name, 'files');
    corpora.push({ name, kind: 'positive', filesDir, ...loadLabels(labelFile, filesDir) });
  }
  for (const name of dirs(path.join(root, 'fp'))) {
    const filesDir = path.join(root, 'fp', name, 'files');
    if (existsSync(filesDir)) corpora.push({ name: `fp/${name}`, kind: 'fp', filesDir });
  }
  if (!corpora.length) fail(root, 'holds no corpus (a folder with labels.json and files/, or fp/NAME/files)');
  if (!only) return corpora;
  const unknown = only.filter((n) => !corpora.some((c) => c.name === n));
  if (unknown.length) fail(root, `no corpus named ${unknown.join(', ')}`);
  return corpora.filter((c) => only.includes(c.name));
}

export function withSizes(corpus) {
  return { ...corpus, ...bytesBySplit(corpus.name, corpus.filesDir) };
}

/** A converter's summary of its labels: "12 provider, 3 generic", most frequent first. */
export function byCategory(labels) {
  const n = {};
  for (const l of labels) n[l.category] = (n[l.category] ?? 0) + 1;
  return Object.entries(n)
    .sort((a, b) => b[1] - a[1])
    .map(([c, k]) => `${k} ${c}`)
    .join(', ');
}
