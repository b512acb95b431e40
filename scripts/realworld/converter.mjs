// What the corpus converters (extract-*.mjs) share: reading a mirrored repository with git, and
// writing labels.json in the one layout scripts/realworld/corpora.mjs reads (one label a line, so
// a re-conversion's diff shows each label that moved).
import { spawnSync } from 'node:child_process';

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
