#!/usr/bin/env node
// Builds test/corpora/earlybird from americanexpress/earlybird's Go unit tests: the tables whose
// input is a line of a scanned file, with the verdict each case expects (a finding, or a line
// earlybird must stay quiet on). Only those lines and the facts the tests state about them (the
// file name a hit came from, the rule code it carries, whether it is reported) are used; no rule,
// pattern or other code of earlybird is read or written. See test/corpora/README.md.
//
//   node scripts/realworld/extract-earlybird.mjs MIRROR [--commit SHA] [--out DIR]
//
// MIRROR is a git repository (bare or not) of americanexpress/earlybird. Writes
// test/corpora/earlybird/{LICENSE,README.md,labels.json,files/} from scratch, and fails if a
// table it reads is missing or a case lacks its line or its verdict.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCategory } from './corpora.mjs';
import { git, labelsJson } from './converter.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The tables read: which Go file, where the table starts (a `func` or `var` line), which field
// holds the line, which field holds the verdict and whether `true` there means "reported".
// Left out, with the reason the README gives: tables whose input is a bare value or a match
// fragment rather than a line (PasswordFalse's `VeryStrong857#`, PasswordWeak, IsValidJWT,
// IsBasicAuthHeader, IsPrivatePem, Shannon), and those about card numbers, SSNs, file names and
// inclusive language.
export const TABLES = [
  {
    dir: 'findFalsePositive',
    file: 'pkg/scan/falsePositives_test.go',
    start: 'func Test_findFalsePositive(',
    line: ['LineValue', 'MatchValue'],
    verdict: 'wantIsFP',
    reported: false,
    fileName: 'Filename',
    code: 'Code',
  },
  {
    dir: 'scanLine',
    file: 'pkg/scan/scan_test.go',
    start: 'func Test_scanLine(',
    line: ['LineValue'],
    verdict: 'wantIsHit',
    reported: true,
  },
  {
    dir: 'SearchFiles',
    file: 'pkg/scan/scan_test.go',
    start: 'func TestScanFiles(',
    line: ['LineValue'],
    // The one case expects a hit of code 3001 (a password) on its file.
    verdict: null,
    fileName: 'Name',
    code: 'wantCode',
  },
  {
    dir: 'SkipSameKeyValue',
    file: 'pkg/postprocess/skipSameKeyValue_test.go',
    start: 'var testsSkipSameKeyValuePasswords',
    line: ['lineValue'],
    verdict: 'wantIgnore',
    reported: false,
  },
  {
    dir: 'SkipPasswordWithUnicode',
    file: 'pkg/postprocess/validatePassword_test.go',
    start: 'func TestSkipPasswordWithUnicode(',
    line: ['password'],
    verdict: 'wantIgnore',
    reported: false,
  },
  {
    dir: 'SkipPasswordWithHTMLEntities',
    file: 'pkg/postprocess/validatePassword_test.go',
    start: 'var testSkipHTMLEntitiesInPasswords',
    line: ['testPD'],
    verdict: 'wantIgnore',
    reported: false,
  },
];

// Earlybird's rule codes the tables name, as the rule files state them: 3023 is "Private key in
// file" (category `key`); 3066 "Github key"; every other code is a password, passphrase, secret,
// credential or account-token rule (category `password-secret`, or 6008, an account-token rule
// no longer in the rule files).
const PRIVATE_KEY_CODES = new Set([3023]);

// Cases whose expectation the source contradicts elsewhere, so that a finding there is neither a
// hit nor noise (`ambiguous`), each with the reason the README gives. Keyed by table and case
// number (1-based, in the table's order), checked against the line so a new commit cannot shift
// them silently.
export const AMBIGUOUS = {
  'findFalsePositive/07': {
    holds: 'github.com/Mermade/oas-kit',
    why: 'a package.json fragment holding repository URLs and no key, expected as a "Github key" finding by a case named "Skip the github Url"',
  },
  'findFalsePositive/34': {
    holds: "'credentials' : 'same-origin'",
    why: 'the Fetch API mode `same-origin`, expected as a finding in a `.java` file where case 33 expects it skipped in a `.ts` file: the case tests the scope of a filter, not a credential',
  },
  'findFalsePositive/37': {
    holds: '"INPUT_LABEL_GENERIC_PASSWORD": "xxxxxx"',
    why: 'a run of `x` under a password name, expected as a finding, where cases 27-30 expect the same run under `credential` to be skipped as a placeholder',
  },
  'findFalsePositive/38': {
    holds: 'INPUT_LABEL_GENERIC_PASSWORD= xxxxxxxx',
    why: 'as case 37',
  },
  'findFalsePositive/39': {
    holds: 'INPUT_LABEL_GENERIC_PASSWORD= "xxxxxxxx"',
    why: 'as case 37',
  },
};

const GO_STRING = String.raw`("(?:[^"\\\n]|\\.)*"|\x60[^\x60]*\x60)`;

/** A Go string literal's value (interpreted `"…"` or raw `` `…` ``). */
export function goString(lit) {
  if (lit.startsWith('`')) return lit.slice(1, -1);
  // Go's escapes in these tables (\" \\ \n \t \uXXXX) read the same as JSON's.
  return JSON.parse(lit);
}

/** The text of the table starting at `start`: up to the loop that runs it. */
function tableText(source, start) {
  const from = source.indexOf(start);
  if (from < 0) throw new Error(`no ${start}`);
  const to = source.indexOf('for _, tt := range', from);
  return source.slice(from, to < 0 ? undefined : to);
}

/** A field's value in one case's text: a string, a number or a boolean; undefined if absent. */
function field(text, name) {
  const str = text.match(new RegExp(`^\\s*${name}:\\s*${GO_STRING},?\\s*$`, 'm'));
  if (str) return goString(str[1]);
  const other = text.match(new RegExp(`^\\s*${name}:\\s*(true|false|\\d+),?\\s*$`, 'm'));
  if (!other) return undefined;
  return other[1] === 'true' ? true : other[1] === 'false' ? false : Number(other[1]);
}

/** The cases of a table: the text from each `name:` field to the next. */
export function casesOf(source, table) {
  const text = tableText(source, table.start);
  const starts = [...text.matchAll(/^\s*name:\s/gm)].map((m) => m.index);
  // TestScanFiles' one case has no name: the whole table is the case.
  const chunks = starts.length ? starts.map((s, i) => text.slice(s, starts[i + 1])) : [text];
  return chunks.map((chunk, i) => {
    const line = table.line.map((f) => field(chunk, f)).find((v) => v !== undefined);
    if (line === undefined) throw new Error(`${table.dir} case ${i + 1}: no ${table.line.join(' or ')}`);
    const verdict = table.verdict ? field(chunk, table.verdict) : true;
    if (typeof verdict !== 'boolean') throw new Error(`${table.dir} case ${i + 1}: no ${table.verdict}`);
    return {
      n: i + 1,
      name: field(chunk, 'name') ?? '',
      line,
      reported: table.verdict ? verdict === table.reported : true,
      fileName: table.fileName ? field(chunk, table.fileName) : undefined,
      code: table.code ? field(chunk, table.code) : undefined,
    };
  });
}

/** Our category for a reported case: by its rule code, then by what the test's name says. */
export function categoryOf(c) {
  if (PRIVATE_KEY_CODES.has(c.code)) return { category: 'private-key' };
  if (/twitter/i.test(c.name)) return { category: 'provider', provider: 'twitter' };
  return { category: 'generic' };
}

/** Where a case's line is written: `DIR/NN/<the hit's file name>`, or `DIR/NN.txt` without one. */
export function casePath(dir, c) {
  const nn = String(c.n).padStart(2, '0');
  return c.fileName ? `${dir}/${nn}/${c.fileName}` : `${dir}/${nn}.txt`;
}

function extract(mirror, commit, out) {
  const filesDir = path.join(out, 'files');
  rmSync(filesDir, { recursive: true, force: true });
  const labels = [];
  const counts = { cases: 0, reported: 0, quiet: 0, ambiguous: 0 };
  const perTable = [];
  for (const table of TABLES) {
    const source = git(mirror, ['show', `${commit}:${table.file}`]);
    const cases = casesOf(source, table);
    perTable.push({ table, cases });
    for (const c of cases) {
      const rel = casePath(table.dir, c);
      mkdirSync(path.dirname(path.join(filesDir, rel)), { recursive: true });
      writeFileSync(path.join(filesDir, rel), `${c.line}\n`);
      counts.cases++;
      const odd = AMBIGUOUS[`${table.dir}/${String(c.n).padStart(2, '0')}`];
      if (odd) {
        if (!c.line.includes(odd.holds)) throw new Error(`${rel}: expected it to hold ${odd.holds}`);
        labels.push({ path: rel, line: 1, category: 'ambiguous', sourceRule: 'contradicted by another case' });
        counts.ambiguous++;
      } else if (c.reported) {
        const code = c.code ? ` ${c.code}` : '';
        labels.push({
          path: rel,
          line: 1,
          ...categoryOf(c),
          sourceRule: `${table.dir}${code}${c.name ? `: ${c.name}` : ''}`,
        });
        counts.reported++;
      } else counts.quiet++;
    }
  }
  for (const key of Object.keys(AMBIGUOUS))
    if (!labels.some((l) => l.path.startsWith(`${key}/`) || l.path === `${key}.txt`)) throw new Error(`no case ${key}`);
  labels.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { labels, counts, perTable };
}

function readme({ labels, counts, perTable }, commit) {
  const tables = perTable
    .map(
      ({ table, cases }) =>
        `  - \`${table.dir}/\`: ${cases.length} case${cases.length === 1 ? '' : 's'} of \`${table.start.replace(/^(func|var) /, '').replace('(', '')}\` in \`${table.file}\` (${cases.filter((c) => c.reported).length} expected reported);`,
    )
    .join('\n');
  const odd = Object.entries(AMBIGUOUS)
    .map(([k, v]) => `  - \`${k}\`: ${v.why};`)
    .join('\n');
  return `# earlybird (positive corpus, labels converted, complete)

The lines American Express's earlybird scanner is unit-tested on: each case of the test tables
whose input is a line of a scanned file (a hit's line and the file it came from, a line scanned
for secrets, a \`key: value\` line a post-processing step judges), with the verdict the test
expects: reported, or quiet (a placeholder, a variable, a function call, a Fetch API mode, a
same-name value, a translated label, a non-ASCII or HTML-entity value). Nobody on this project
had scanned or tuned on it before it was added; its first figures are in \`docs/accuracy.md\`
("First contact: earlybird").

- Source: https://github.com/americanexpress/earlybird at commit \`${commit}\`, \`pkg/**/*_test.go\`
- Licence: Apache-2.0 (\`LICENSE\` beside this file, the source's \`LICENSE.txt\`).
- Taken: the line of each case of these tables, one case a file, as
  \`files/<table>/<NN>/<file name the case gives>\` or \`files/<table>/<NN>.txt\` when it gives none
  (NN: the case's place in its table): the line as Go reads its literal (a raw \\\`…\\\` literal as
  written, escapes of a \`"…"\` one decoded, so \`\\u306e\` is written as UTF-8), and a newline.
  Not taken: the tests' code, the rule, false-positive and label configurations, and
  every other file of earlybird. Regenerate with \`node scripts/realworld/extract-earlybird.mjs
  MIRROR\` (MIRROR: a clone of the source at that commit).
${tables}
- Left out: tables whose input is a bare value or a fragment of a match rather than a line
  (\`PasswordFalse\`'s \`VeryStrong857#\`, \`PasswordWeak\`, \`IsValidJWT\`, \`IsBasicAuthHeader\`,
  \`IsPrivatePem\`, \`Shannon\`), the tables about card numbers, SSNs, file names and inclusive
  language, and the rules' \`Example\` fields (rule configuration, not test data).
- Counts: ${counts.cases} cases: ${counts.reported} expected reported, ${counts.quiet} expected quiet,
  ${counts.ambiguous} expected reported but set aside as \`ambiguous\` (below); ${labels.length} labels (${byCategory(labels)}).
- Labels (\`labels.json\`): **converted** from each case's expectation; \`sourceRule\` is the table,
  the rule code the case names and its name. A case expected reported (\`wantIsFP: false\`,
  \`wantIsHit: true\`, \`wantIgnore: false\`, TestScanFiles' \`wantCode\`) is a label on line 1 of its
  file; a case expected quiet is not labelled. Category: rule code 3023 ("Private key in file")
  → \`private-key\`; the scanLine case its test calls a Twitter API key → \`provider\`; every other
  reported case (earlybird's password, passphrase, secret, credential and account-token rules)
  → \`generic\`.
- \`ambiguous\` (ignored): cases whose expectation the source contradicts elsewhere:
${odd}
- Complete: each file is one case and the test says whether it is reported, so a finding on an
  unlabelled file is a false positive. Precision is measured.
- Many values are stand-ins (\`do_not_use_this_in_production\`, \`VeryStrong857#\`,
  \`111aAa222bBb…\`) and some reported lines hold no literal value (a password in a log call);
  they are what earlybird was tested to report, and they are scored as leaks.
`;
}

function main() {
  const [mirror, ...rest] = process.argv.slice(2);
  if (!mirror) {
    console.error('usage: extract-earlybird.mjs MIRROR [--commit SHA] [--out DIR]');
    process.exit(2);
  }
  const opt = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
  const commit = git(mirror, ['rev-parse', opt('--commit') ?? 'HEAD']).trim();
  const out = path.resolve(opt('--out') ?? path.join(root, 'test/corpora/earlybird'));
  mkdirSync(out, { recursive: true });
  const result = extract(mirror, commit, out);
  writeFileSync(path.join(out, 'LICENSE'), git(mirror, ['show', `${commit}:LICENSE.txt`]));
  const doc = {
    source: 'americanexpress/earlybird',
    commit,
    labelling: "converted from earlybird's unit tests' expectation of each case; see README.md",
    complete: true,
  };
  writeFileSync(path.join(out, 'labels.json'), labelsJson(doc, result.labels));
  writeFileSync(path.join(out, 'README.md'), readme(result, commit));
  console.log(`earlybird: ${JSON.stringify(result.counts)}; labels: ${byCategory(result.labels)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
