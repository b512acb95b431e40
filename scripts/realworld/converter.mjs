// What the corpus converters (extract-*.mjs) share: reading a mirrored repository with git, and
// writing labels.json in the one layout scripts/realworld/corpora.mjs reads (one label a line, so
// a re-conversion's diff shows each label that moved).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCategory } from './corpora.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `git -C mirror …`'s output; throws with git's message when it fails. */
export function git(mirror, args, encoding = 'utf8') {
  const r = spawnSync('git', ['-C', mirror, ...args], { encoding, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${String(r.stderr).trim()}`);
  return r.stdout;
}

/** labels.json's text: the corpus's description fields, then its labels, one a line. */
export function labelsJson(doc, labels) {
  return `{\n${Object.entries(doc)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n')}\n  "labels": [\n${labels.map((l) => `    ${JSON.stringify(l)}`).join(',\n')}\n  ]\n}\n`;
}

/**
 * What every converter's command line ends with, after the mirror and its own arguments:
 * `--commit SHA` (the mirror's HEAD by default) and `--out DIR` (`defaultOut` in this repository
 * by default). The commit, resolved in the mirror, and the output folder, made.
 */
export function converterTarget(mirror, rest, defaultOut) {
  const opt = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
  const commit = git(mirror, ['rev-parse', opt('--commit') ?? 'HEAD']).trim();
  const out = path.resolve(opt('--out') ?? path.join(root, defaultOut));
  mkdirSync(out, { recursive: true });
  return { commit, out };
}

/** A converted corpus's labels.json and README.md in `out`, and the line that sums it up. */
export function writeCorpus(out, name, doc, result, readme) {
  writeFileSync(path.join(out, 'labels.json'), labelsJson(doc, result.labels));
  writeFileSync(path.join(out, 'README.md'), readme);
  console.log(`${name}: ${JSON.stringify(result.counts)}; labels: ${byCategory(result.labels)}`);
}
