#!/usr/bin/env node
// Builds test/corpora/whispers from Skyscanner/whispers' test fixtures (tests/fixtures), labelled
// from what whispers' own unit tests expect of each fixture: the keys test_detection_by_key
// names, the number of values test_detection_by_value counts (every such value holds
// "hardcoded", or is numeric, or is base64 of something that does), and the few fixtures other
// tests read. Only the fixtures (test data) and the facts the tests state about them are used; no
// rule, pattern or other code of whispers is read or written. See test/corpora/README.md.
//
//   node scripts/realworld/extract-whispers.mjs MIRROR [--commit SHA] [--out DIR]
//
// MIRROR is a git repository (bare or not) of Skyscanner/whispers. Writes
// test/corpora/whispers/{LICENSE,README.md,labels.json,files/} from scratch, and fails if a
// fixture's labels do not add up to the count its test expects.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCategory } from './corpora.mjs';
import { converterTarget, git, writeCorpus } from './converter.mjs';

const FIXTURES = 'tests/fixtures';

// Fixtures that are not about credentials in text, with the reason the README gives.
export const LEFT_OUT = {
  'creditcards.yml': 'card numbers (whispers’ `creditcards` rule), not credentials',
  'paths.yml': 'file paths (whispers’ `path` rule)',
  'language.html': 'HTML comments holding the word “hardcoded” (whispers’ `comments` rule)',
  'cors.py': 'a permissive CORS setting (whispers’ `cors` rule)',
  'folder/password/.gitkeep': 'tests that a folder named `password` is not reported as a file',
};

// The section a fixture's leaks sit in: whispers' fixtures put what must stay quiet first and
// what must be reported after a line naming it non-compliant (`# Noncompliant`, `noncompliant:`,
// `<noncompliant>`, `[noncompliant]`, `noncompliant1:…`, `<incompliant>`). A fixture without such
// a line (`.npmrc`) is all leaks.
const NONCOMPLIANT = /non-?compliant|incompliant/i;

/** The 1-based line a fixture's leaks start at. */
export function noncompliantFrom(lines) {
  const i = lines.findIndex((l) => NONCOMPLIANT.test(l));
  return i < 0 ? 1 : i + 1;
}

// The key a line opens with (`key:`, `- KEY=`, `"key":`, `key =`).
const LEADING_KEY = /^\s*(?:-\s*)?["']?([\w.-]+)["']?\s*[:=]/;

const tryBase64 = (s) => {
  try {
    return Buffer.from(s, 'base64').toString('latin1');
  } catch {
    return '';
  }
};

/**
 * How many values on a line test_detection_by_value accepts as leaks: each holding "hardcoded"
 * (any case), each base64 run that decodes to something that does, and each run of 10 or more
 * digits standing as a value (the test lets numeric values through: `NUMERIC_APIKEY`).
 */
export function valuesOn(line) {
  // A key may hold the word too (`01_hardcoded_password:`, `<o1_hardcoded_password>`): only values count.
  const values = line.replace(/<\/?[\w.:-]+>/g, ' ').replace(LEADING_KEY, ' ');
  // One value per quoted or spaced run (a Twilio URL holding the word twice is one value).
  let n = values.split(/[\s"',]+/).filter((v) => /hardcoded/i.test(v)).length;
  for (const run of values.match(/[A-Za-z0-9+/]{12,}={0,2}/g) ?? [])
    if (!/hardcoded/i.test(run) && /hardcoded/i.test(tryBase64(run))) n++;
  n += (values.match(/(?<=[:=>\s"])\d{10,}(?=[\s"<,]|$)/g) ?? []).length;
  return n;
}

/** The test's parametrize table just before `def NAME(`, as its text. */
function tableBefore(source, name) {
  const end = source.indexOf(`def ${name}(`);
  if (end < 0) throw new Error(`no ${name} in the tests`);
  const start = source.lastIndexOf('@pytest.mark.parametrize', end);
  return source.slice(start, end);
}

/** What the tests expect, per fixture: a count of values, or a list of keys. */
export function expectations(secretsTest, rulesTest, cliTest) {
  const byValue = new Map();
  for (const [, file, n] of tableBefore(secretsTest, 'test_detection_by_value').matchAll(/\("([^"]+)",\s*(\d+)\)/g))
    byValue.set(file, Number(n));
  const byKey = new Map();
  for (const [, file, keys] of tableBefore(secretsTest, 'test_detection_by_key').matchAll(
    /\("([^"]+)",\s*\[([^\]]*)\]\)/g,
  ))
    byKey.set(
      file,
      [...keys.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
    );
  // test_check: every value of ruleslist.yml that the apikey and password rules together report.
  const both = tableBefore(rulesTest, 'test_check').match(/\("apikey,password",\s*(\d+)\)/);
  if (both) byValue.set('ruleslist.yml', Number(both[1]));
  // test_exclude_by_keys_and_values: with the keys or values of the test's configurations
  // excluded, hardcoded_password is the one result.
  for (const [, file] of tableBefore(secretsTest, 'test_exclude_by_keys_and_values').matchAll(/"(excluded\.\w+)"/g))
    byKey.set(file, ['hardcoded_password']);
  // test_cli_severity: severity.yml's sections are named after whispers' severities; with no
  // severity option the results are one each of BLOCKER, CRITICAL, MAJOR and MINOR, not INFO.
  if (/tests\/fixtures\/severity\.yml/.test(cliTest))
    byKey.set('severity.yml', ['aws_id', 'rsa', 'apikey', 'slack-webhook']);
  return { byValue, byKey };
}

// Values the tests' configurations exclude, or that only a test by file name covers: credential-
// like, but whispers' tests say nothing about them, so a finding there is neither hit nor noise.
const AMBIGUOUS = {
  'excluded.yml': ['api_key', 'api_secret', 'DB_PASSWORD'],
  'excluded.json': ['api_key', 'api_secret', 'DB_PASSWORD'],
  'excluded.xml': ['api_key', 'api_secret', 'DB_PASSWORD'],
  'severity.yml': ['base64_string'],
  'connection.config': ['Password=admin'],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line a key stands on (as `key:`, `key =`, `"key":`, `<key>` or `KEY=`), at or after `from`. */
function keyLine(lines, key, from) {
  const k = escape(key);
  const re = new RegExp(`(^|[\\s"'<{\\-])${k}(["']?\\s*[:=]|>)`);
  for (let i = from - 1; i < lines.length; i++) if (re.test(lines[i])) return i + 1;
  throw new Error(`key ${key} not found`);
}

/**
 * The last line of the value a key opens: the lines after it indented deeper (a YAML block or
 * continued string, a JSON object, an XML element's body), and then a closing `}` or `</…>`.
 */
export function valueEnd(lines, line) {
  const indent = (l) => l.match(/^\s*/)[0].length;
  const own = indent(lines[line - 1]);
  let end = line;
  while (end < lines.length && lines[end].trim() !== '' && indent(lines[end]) > own) end++;
  if (end > line && end < lines.length && indent(lines[end]) === own && /^\s*(\}|<\/)/.test(lines[end])) end++;
  return end;
}

// Categories (test/corpora/README.md) by the key a value stands under, then by fixture.
const BY_KEY = [
  [/^aws_(id|access_key_id)$/, { category: 'informative', provider: 'aws' }],
  [/^aws_(key|token|secret_access_key|session_token)$/, { category: 'provider', provider: 'aws' }],
  [/ApiToken$/, { category: 'encoded' }], // a Jenkins API token, stored encrypted as {…}
  [/PasswordHash$/, { category: 'hash' }], // a Jenkins user's jbcrypt hash
  [/^(access|key|rsa|dsa|ec|openssh)$/, { category: 'private-key' }],
];
const BY_FILE = [
  [/^privatekeys\./, { category: 'private-key' }],
  [/^\.htpasswd$/, { category: 'hash' }],
  [/^\.dockercfg$/, { category: 'encoded' }], // the auth field: base64 of user:password
  [/^\.npmrc$/, { category: 'provider', provider: 'npm' }],
  [/^gitkeys\.yml$/, { category: 'provider', provider: 'github' }],
];
const WEBHOOK_HOSTS = [
  [/hooks\.slack\.com/, 'slack'],
  [/api\.hubapi\.com/, 'hubspot'],
  [/twilio\.com/, 'twilio'],
];

/** Our category for a value: by the key it stands under, its fixture, or a webhook's host. */
export function categoryOf(file, key, text) {
  for (const [re, c] of BY_KEY) if (key && re.test(key)) return c;
  for (const [host, provider] of WEBHOOK_HOSTS) if (host.test(text)) return { category: 'provider', provider };
  for (const [re, c] of BY_FILE) if (re.test(file)) return c;
  return { category: 'generic' };
}

/** Labels of a fixture its test counts values in: each line from the leaks' section that holds one. */
export function labelsByValue(file, lines, expected) {
  const labels = [];
  let counted = 0;
  for (let i = noncompliantFrom(lines) - 1; i < lines.length; i++) {
    const n = valuesOn(lines[i]);
    if (!n) continue;
    counted += n;
    const key = lines[i].match(LEADING_KEY)?.[1] ?? null;
    labels.push({ path: file, line: i + 1, ...categoryOf(file, key, lines[i]), sourceRule: 'by value' });
  }
  if (counted !== expected) throw new Error(`${file}: ${counted} values found, its test expects ${expected}`);
  return labels;
}

/** Labels of a fixture its test names keys in: the key's line to the end of its value. */
export function labelsByKey(file, lines, keys) {
  const from = noncompliantFrom(lines);
  return keys.map((key) => {
    const line = keyLine(lines, key, from);
    const endLine = valueEnd(lines, line);
    const span = endLine > line ? { line, endLine } : { line };
    return { path: file, ...span, ...categoryOf(file, key, lines[line - 1]), sourceRule: `by key ${key}` };
  });
}

function labelsAmbiguous(file, lines, keys) {
  return keys.map((key) => {
    const line = lines.findIndex((l) => l.includes(key)) + 1;
    if (!line) throw new Error(`${file}: ${key} not found`);
    return { path: file, line, category: 'ambiguous', sourceRule: 'excluded or untested' };
  });
}

function extract(mirror, commit, out) {
  const filesDir = path.join(out, 'files');
  rmSync(filesDir, { recursive: true, force: true });
  const show = (p) => git(mirror, ['show', `${commit}:${p}`]);
  const { byValue, byKey } = expectations(
    show('tests/unit/test_secrets.py'),
    show('tests/unit/rules/test_rules.py'),
    show('tests/unit/test_cli.py'),
  );
  const fixtures = git(mirror, ['ls-tree', '-r', '-z', '--name-only', commit, FIXTURES])
    .split('\0')
    .filter(Boolean)
    .map((f) => f.slice(FIXTURES.length + 1))
    .sort();
  const labels = [];
  const counts = { fixtures: 0, byValue: 0, byKey: 0, unlabelled: 0, leftOut: 0 };
  for (const file of fixtures) {
    if (LEFT_OUT[file]) {
      counts.leftOut++;
      continue;
    }
    const bytes = git(mirror, ['show', `${commit}:${FIXTURES}/${file}`], 'buffer');
    mkdirSync(path.dirname(path.join(filesDir, file)), { recursive: true });
    writeFileSync(path.join(filesDir, file), bytes);
    counts.fixtures++;
    const lines = bytes.toString('latin1').split('\n');
    if (byValue.has(file)) {
      labels.push(...labelsByValue(file, lines, byValue.get(file)));
      counts.byValue++;
    } else if (byKey.has(file)) {
      labels.push(...labelsByKey(file, lines, byKey.get(file)));
      counts.byKey++;
    } else counts.unlabelled++;
    if (AMBIGUOUS[file]) labels.push(...labelsAmbiguous(file, lines, AMBIGUOUS[file]));
  }
  for (const file of [...byValue.keys(), ...byKey.keys()])
    if (!fixtures.includes(file) && !LEFT_OUT[file]) throw new Error(`the tests name a missing fixture ${file}`);
  labels.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
  return { labels, counts };
}

function readme({ labels, counts }, commit) {
  const left = Object.entries(LEFT_OUT)
    .map(([file, why]) => `  - \`${file}\`: ${why};`)
    .join('\n');
  return `# whispers (positive corpus, labels converted, complete)

The test fixtures of whispers, Skyscanner's scanner for secrets in structured files: small
config files of many formats (YAML, JSON, XML, \`.properties\`, \`.ini\`, \`.env\`, \`.npmrc\`,
\`.pypirc\`, \`pip.conf\`, \`.htpasswd\`, \`.dockercfg\`, AWS credentials, a Dockerfile, a Jenkins
user file, CloudFormation templates, Spring beans, a Tomcat realm) and code (shell, Python,
JavaScript, Java, Go, PHP), each split into what must stay quiet and what must be reported.
Nobody on this project had scanned or tuned on it before it was added; its first figures are in
\`docs/accuracy.md\` ("First contact: whispers").

- Source: https://github.com/Skyscanner/whispers at commit \`${commit}\`, \`tests/fixtures/\`
- Licence: Apache-2.0 (\`LICENSE\` beside this file).
- Taken: every fixture as \`files/<path under tests/fixtures>\`, bytes unchanged, but those left
  out below. Not taken: the tests themselves, the configurations and every rule and plugin of
  whispers. Regenerate with \`node scripts/realworld/extract-whispers.mjs MIRROR\` (MIRROR: a
  clone of the source at that commit).
- Left out, as not about credentials:
${left}
- Counts: ${counts.fixtures} fixtures: ${counts.byValue} with a count of values from
  \`test_detection_by_value\` (or \`test_check\` for \`ruleslist.yml\`), ${counts.byKey} with keys from
  \`test_detection_by_key\` (or \`test_exclude_by_keys_and_values\`, \`test_cli_severity\`),
  ${counts.unlabelled} that no test expects anything of; ${labels.length} labels (${byCategory(labels)}).
- Labels (\`labels.json\`): **converted** from whispers' unit tests (\`tests/unit/\`).
  - A fixture \`test_detection_by_value\` counts: whispers' fixtures put their leaks after a line
    naming them non-compliant (\`# Noncompliant\`, \`noncompliant:\`, \`<noncompliant>\`, …; a fixture
    without one is all leaks), and the test accepts only values that hold "hardcoded", or are
    numeric, or are base64 of something that does. Every line from that point holding such a
    value is labelled, and the converter fails unless the values add up to the test's count
    (they do, for every fixture). \`sourceRule\` is \`by value\`.
  - A fixture whose test names the keys reported (\`test_detection_by_key\`; \`hardcoded_password\`
    in \`excluded.*\`; one key per reported severity section of \`severity.yml\`): the key's line,
    to the end of its value when that spans lines (a CloudFormation parameter block, a key in a
    continued YAML string or an XML element). \`sourceRule\` is \`by key <key>\`.
  - \`ambiguous\` (ignored): what the tests exclude by configuration (\`api_key\`, \`api_secret\` and
    the \`DB_PASSWORD\` entry in \`excluded.*\`), the \`info\`-severity base64 value of
    \`severity.yml\` (not in the CLI test's results), and \`connection.config\`'s \`Password=admin\`,
    which only a test by file name covers.
  - Category (\`test/corpora/README.md\`): an AWS access key id → \`informative\`; AWS secret keys
    and session tokens, GitHub tokens (\`gitkeys.yml\`), Slack, HubSpot and Twilio webhook URLs, and
    \`.npmrc\` auth tokens → \`provider\`; the PEM blocks of \`privatekeys.*\` and \`severity.yml\` →
    \`private-key\`; \`.dockercfg\`'s base64 \`auth\` and the encrypted Jenkins API token →
    \`encoded\`; \`.htpasswd\` entries and the Jenkins jbcrypt hash → \`hash\`; every other value
    (passwords, API keys with no provider format, connection strings) → \`generic\`.
- Complete: each fixture is built as a quiet half and a reported half, and the tests expect
  nothing else of it, so a finding on an unlabelled line is a false positive (a finding on
  \`username: hardcoded\` or a \`{{ password }}\` template is). Precision is measured.
- Many values are stand-ins (\`hardcoded3\`, \`YXNkZmZmZmZm_HARDcoded\`, a one-line PEM body, an
  \`AKIA…FAKE…\` id): they are what whispers was tested to report, and they are scored as leaks.
`;
}

function main() {
  const [mirror, ...rest] = process.argv.slice(2);
  if (!mirror) {
    console.error('usage: extract-whispers.mjs MIRROR [--commit SHA] [--out DIR]');
    process.exit(2);
  }
  const { commit, out } = converterTarget(mirror, rest, 'test/corpora/whispers');
  const result = extract(mirror, commit, out);
  writeFileSync(path.join(out, 'LICENSE'), git(mirror, ['show', `${commit}:LICENSE`]));
  const doc = {
    source: 'Skyscanner/whispers',
    commit,
    labelling: "converted from whispers' unit tests' expectations of each fixture; see README.md",
    complete: true,
  };
  writeCorpus(out, 'whispers', doc, result, readme(result, commit));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
