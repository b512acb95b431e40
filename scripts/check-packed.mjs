#!/usr/bin/env node
// The packaged-install check (.ci/run runs it after the tests): packs this package as
// `npm publish` would, installs the tarball with --omit=dev into an empty folder, and runs every
// command of that install against a temporary git repository holding fake keys. It catches what
// the test suite cannot, since the tests run from the source tree with dev dependencies: files
// missing from `files`, a runtime import of a dev dependency, a bundle chunk that is not shipped.
//
//   node scripts/check-packed.mjs          (after npm run build; CI runs it after npm test)
//   KEEP=1 node scripts/check-packed.mjs   keep the temporary folder to look at
//
// Needs the npm registry (or a warm cache) to install the tarball's dependencies. Exits 1 with
// the command, its exit code and its output when something is wrong.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFakeKeys } from './fake-key.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const timings = [];

class CheckFailure extends Error {}

function fail(what, result) {
  const out = result
    ? `\n  exit code: ${result.status}${result.signal ? ` (signal ${result.signal})` : ''}\n  stdout:\n${indent(result.stdout)}\n  stderr:\n${indent(result.stderr)}`
    : '';
  throw new CheckFailure(`${what}${out}`);
}

function indent(text = '') {
  const lines = String(text).trimEnd().split('\n');
  const shown = lines.length > 40 ? [...lines.slice(0, 40), `… (${lines.length - 40} more lines)`] : lines;
  return shown.map((l) => `    ${l}`).join('\n');
}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) fail(`${command} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

async function phase(name, fn) {
  const t = performance.now();
  try {
    await fn();
  } finally {
    timings.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}

// ---------------------------------------------------------------------------------------------

const tmp = realpathSync(mkdtempSync(path.join(tmpdir(), 'tokguard-packed-')));
const app = path.join(tmp, 'app');
const repo = path.join(tmp, 'repo');
let tokguardBin;

/** `npm pack` as publish would, minus the prepare script (the build is already there). */
function pack() {
  if (!existsSync(path.join(ROOT, 'dist', 'bundle', 'main.js'))) {
    fail('dist/bundle/main.js is missing: run "npm run build" first (npm test does)');
  }
  const r = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT });
  if (r.status !== 0) fail('npm pack failed', r);
  const [info] = JSON.parse(r.stdout);
  const files = new Set(info.files.map((f) => f.path));
  const must = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'bin/tokguard.js',
    'dist/bundle/main.js',
    'dist/bundle/worker.js',
    'docs/report.schema.json',
  ];
  // Every data file the build writes next to the bundle (builtin-*.json, the automaton…).
  for (const f of readdirSync(path.join(ROOT, 'dist'))) if (/\.(json|bin)$/.test(f)) must.push(`dist/${f}`);
  const missing = must.filter((f) => !files.has(f));
  if (missing.length) fail(`the package lacks: ${missing.join(', ')}`);
  const stray = [...files].filter((f) => /^(src|test|scripts|fixtures|node_modules)\//.test(f) || f.endsWith('.map'));
  if (stray.length) fail(`the package holds files it should not: ${stray.slice(0, 10).join(', ')}`);
  console.log(`packed ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB`);
  return path.join(tmp, info.filename);
}

/** Installs the tarball the way a user would, without dev dependencies. */
function install(tarball) {
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'packed-check', private: true }));
  const r = run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app });
  if (r.status !== 0) fail('npm install of the tarball failed', r);
  tokguardBin = path.join(app, 'node_modules', '.bin', 'tokguard');
  if (!existsSync(tokguardBin)) fail(`npm did not link the tokguard bin (${tokguardBin})`);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  // A dev dependency in node_modules would hide a runtime import of it.
  const present = Object.keys(pkg.devDependencies ?? {}).filter((d) =>
    existsSync(path.join(app, 'node_modules', d, 'package.json')),
  );
  if (present.includes('ajv')) fail('ajv is installed with --omit=dev, so the check cannot prove it is not needed');
  if (present.length) console.log(`note: dev dependencies present through other packages: ${present.join(', ')}`);
}

function git(args, cwd = repo) {
  const r = run('git', args, { cwd, env: GIT_ENV });
  if (r.status !== 0) fail(`git ${args.join(' ')} failed`, r);
  return r.stdout;
}

/** git and tokguard see no system or user git config (a global core.hooksPath, a template…). */
const GIT_ENV = {
  GIT_CONFIG_GLOBAL: path.join(tmp, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Packed Check',
  GIT_AUTHOR_EMAIL: 'packed@example.invalid',
  GIT_COMMITTER_NAME: 'Packed Check',
  GIT_COMMITTER_EMAIL: 'packed@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

// The custom rule and the allowlist run on the linear-time engine (re2js): this checks that the
// packed install loads it.
const CONFIG = `rules:
  - id: acme-api-key
    name: ACME internal API key
    severity: high
    keywords: [acme_]
    pattern: '\\b(acme_[0-9a-f]{32})\\b'
    examples:
      - 'ACME_KEY=acme_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e' # tokguard:allow (the rule's own example)
    counterExamples:
      - 'acme_notakey'
allowlist:
  paths: ['vendor/**']
rotation:
  targets:
    - match: { rule: github-pat-classic }
      issuer: { type: manual, instructions: Roll the token in the GitHub settings }
      store: { type: dotenv, file: .env.local }
      reference: { env: GITHUB_TOKEN }
`;

/** A repository with a history: a key committed then deleted, keys in the tree, one staged. */
async function makeRepo() {
  const FakeKeys = await loadFakeKeys();
  const keys = new FakeKeys('packed-check');
  const k = {
    deleted: keys.github(),
    github: keys.github(),
    awsId: keys.awsAccessKeyId(),
    awsSecret: keys.awsSecretAccessKey(),
    acme: 'acme_9b1e4c7a2d5f8e0b3c6a9d2f5e8b1c4a',
    vendored: keys.npm(),
    staged: keys.github(),
  };
  mkdirSync(repo);
  git(['init', '-q', '-b', 'main']);
  const write = (rel, text) => {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  };
  write('old.env', `LEGACY_TOKEN=${k.deleted}\n`);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Add a legacy token']);
  git(['rm', '-q', 'old.env']);
  write('.tokguard.yaml', CONFIG);
  write('.gitignore', '.env.local\n'); // the rotation's dotenv store must be git-ignored
  write('.env', `GITHUB_TOKEN=${k.github}\n`);
  write(
    'config/aws.js',
    `module.exports = {\n  accessKeyId: '${k.awsId}',\n  secretAccessKey: '${k.awsSecret}',\n};\n`,
  );
  write('src/acme.py', `ACME_KEY = "${k.acme}"\n`);
  write('vendor/lib.js', `const npmToken = "${k.vendored}";\n`);
  // A folder over the worker pool's threshold (8 MB), outside the repository so that only one
  // scan pays for it: the packed worker thread chunk runs too.
  const filler = `${'lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(18)}\n`.repeat(300);
  for (let i = 0; i < 40; i++) write(`../big/part-${String(i).padStart(2, '0')}.txt`, filler);
  write('../big/part-39.txt', `${filler}token = ${k.github}\n`);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Remove the legacy token; add the app']);
  write('deploy.env', `GITHUB_TOKEN=${k.staged}\n`); // the name the rotation target expects
  git(['add', 'deploy.env']);
  return k;
}

function tokguard(args, expectCode, options = {}) {
  const r = run(process.execPath, [realpathSync(tokguardBin), ...args], {
    ...options,
    cwd: options.cwd ?? repo,
    env: { ...GIT_ENV, ...options.env },
  });
  const what = `tokguard ${args.join(' ')}`;
  if (r.status !== expectCode) fail(`${what}: expected exit ${expectCode}`, r);
  if (/\n\s+at .+\(.*:\d+:\d+\)/.test(r.stderr)) fail(`${what}: printed a stack trace`, r);
  for (const secret of options.secrets ?? [])
    if (!options.showSecrets && (r.stdout.includes(secret) || r.stderr.includes(secret)))
      fail(`${what}: printed a secret in full`, r);
  return { ...r, what };
}

function expect(cond, message, r) {
  if (!cond) fail(`${r.what}: ${message}`, r);
}

function parseJson(r) {
  try {
    return JSON.parse(r.stdout);
  } catch (e) {
    return fail(`${r.what}: output is not JSON (${e.message})`, r);
  }
}

/** Every command of the installed CLI, with its exit code and the shape of its output. */
function runCommands(k) {
  const secrets = Object.values(k);
  const opts = { secrets };
  const ids = (report) => new Set(report.findings.map((f) => f.ruleId));

  let r = tokguard(['--version'], 0);
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  expect(r.stdout.trim() === version, `printed "${r.stdout.trim()}", not ${version}`, r);

  r = tokguard(['scan', '.'], 1, opts);
  for (const id of ['github-pat-classic', 'aws-access-key-id', 'aws-secret-access-key', 'acme-api-key'])
    expect(r.stdout.includes(`[${id}]`), `no ${id} finding`, r);
  expect(!r.stdout.includes('vendor/lib.js'), 'the config allowlist (vendor/**) did not apply', r);
  expect(/\d+ findings? .*scanned \d+ files/.test(r.stderr), 'no summary on stderr', r);

  r = tokguard(['scan', path.join(tmp, 'big'), '--threads', '2', '-q'], 1, opts);
  expect(r.stdout.includes('part-39.txt:301:9'), 'the large scan (worker threads) missed the key in big/', r);

  r = tokguard(['scan', '.', '-f', 'json'], 1, opts);
  let report = parseJson(r);
  expect(report.version === 1 && report.scan.mode === 'worktree', 'wrong version or mode', r);
  expect(ids(report).has('acme-api-key') && report.findings.every((f) => !('secret' in f)), 'bad findings', r);

  r = tokguard(['scan', '.', '-f', 'json', '--show-secrets'], 1, { ...opts, showSecrets: true });
  expect(
    parseJson(r).findings.some((f) => f.secret === k.github),
    '--show-secrets did not show the secret',
    r,
  );

  r = tokguard(['scan', '.', '-f', 'sarif'], 1, opts);
  const sarif = parseJson(r);
  expect(sarif.version === '2.1.0' && sarif.runs?.[0]?.results?.length > 0, 'not a SARIF 2.1.0 log with results', r);

  r = tokguard(['scan', '.', '-f', 'junit'], 1, opts);
  expect(/^<\?xml[\s\S]*<testsuites[\s\S]*<failure /.test(r.stdout), 'not a JUnit report with failures', r);

  r = tokguard(['scan', '.', '-f', 'github'], 1, opts);
  expect(/^::error file=/m.test(r.stdout), 'no ::error annotation', r);

  // The verify chunk and its data, without the network: once TOKGUARD_ENDPOINTS is set no other
  // host is contacted, and port 9 on loopback refuses, so every answer is `unknown`.
  r = tokguard(['scan', '.', '--verify', '-f', 'json'], 1, {
    ...opts,
    env: { TOKGUARD_ENDPOINTS: 'api.github.com=http://127.0.0.1:9' },
  });
  report = parseJson(r);
  expect(report.verification?.unknown > 0 && report.verification.live === 0, 'no verification counts', r);
  tokguard(['scan', '.', '-f', 'json', '-o', path.join(tmp, 'report.json')], 1, opts);
  r = tokguard(['verify', path.join(tmp, 'report.json')], 0, {
    ...opts,
    env: { TOKGUARD_ENDPOINTS: 'api.github.com=http://127.0.0.1:9' },
  });
  expect(
    parseJson(r).findings.some((f) => f.verification?.status === 'unknown'),
    'verify checked nothing',
    r,
  );

  r = tokguard(['scan', '--history', '-f', 'json'], 1, opts);
  report = parseJson(r);
  const deleted = report.findings.find((f) => f.file === 'old.env');
  expect(report.scan.mode === 'history' && report.scan.commits === 2, 'not a history scan of 2 commits', r);
  expect(deleted?.commit?.subject === 'Add a legacy token', 'the deleted key was not attributed to its commit', r);

  r = tokguard(['scan', '--staged', '-f', 'json'], 1, opts);
  report = parseJson(r);
  expect(
    report.scan.mode === 'staged' && report.findings.length === 1 && report.findings[0].file === 'deploy.env',
    'the staged scan should find exactly the staged key',
    r,
  );

  r = tokguard(['rules'], 0);
  expect(r.stdout.trim().split('\n').length > 300 && r.stdout.includes('acme-api-key'), 'rules list incomplete', r);
  r = tokguard(['rules', '-f', 'json', '--tag', 'aws'], 0);
  expect(
    parseJson(r).every((rule) => rule.tags.includes('aws')),
    '--tag aws listed other rules',
    r,
  );

  r = tokguard(['config', 'check'], 0);
  expect(/\.tokguard\.yaml: OK: \d+ rules in effect \(\d+ built-in, 1 custom\)/.test(r.stdout), 'no OK line', r);
  writeFileSync(path.join(tmp, 'bad.yaml'), 'scan:\n  failOn: sometimes\n');
  r = tokguard(['config', 'check', path.join(tmp, 'bad.yaml')], 2);
  expect(/bad\.yaml: scan\.failOn/.test(r.stderr) && r.stderr.trim().split('\n').length === 1, 'not one line', r);
  writeFileSync(path.join(tmp, 'gitleaks.toml'), "[[rules]]\nid = \"acme\"\nregex = '''acme_[0-9a-f]{32}'''\n");
  r = tokguard(['config', 'import-gitleaks', path.join(tmp, 'gitleaks.toml')], 0);
  expect(/^rules:/m.test(r.stdout), 'no rules: in the translated config', r);

  r = tokguard(['baseline', '.'], 0, opts);
  expect(existsSync(path.join(repo, '.tokguard-baseline.json')), 'no .tokguard-baseline.json written', r);
  r = tokguard(['scan', '.', '--baseline', '.tokguard-baseline.json'], 0, opts);
  expect(/hidden by the baseline/.test(r.stderr), 'no note of the findings the baseline hid', r);

  r = tokguard(['rotate', '--plan'], 0, opts);
  expect(/Rotation plan: 2 credential/.test(r.stdout) && /Nothing has been changed/.test(r.stdout), 'no plan', r);
  tokguard(['rotate', '--list'], 0);

  r = tokguard(['hook', 'install'], 0);
  const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
  expect(existsSync(hook) && readFileSync(hook, 'utf8').includes(path.join(app, 'node_modules')), 'hook', r);
  const commit = run('git', ['commit', '-q', '-m', 'Add the deploy token'], { cwd: repo, env: GIT_ENV });
  if (commit.status !== 1 || !commit.stderr.includes('tokguard blocked this commit'))
    fail('the installed hook did not block a commit adding a key', commit);
  r = tokguard(['hook', 'uninstall'], 0);
  expect(!existsSync(hook), 'hook uninstall left the hook', r);

  for (const args of [
    ['scan', '--no-such-flag'],
    ['scan', 'no/such/path'],
  ]) {
    r = tokguard(args, 2);
    expect(r.stderr.trim().split('\n').length === 1, 'not a one-line error', r);
  }
}

let failed = false;
try {
  let tarball;
  await phase('pack', () => (tarball = pack()));
  await phase('install', () => install(tarball));
  let keys;
  await phase('repo', async () => (keys = await makeRepo()));
  await phase('commands', () => runCommands(keys));
  console.log('packed install OK: every command ran from the tarball');
} catch (e) {
  failed = true;
  console.error(`check-packed: FAILED: ${e instanceof CheckFailure ? e.message : e.stack}`);
} finally {
  if (process.env.KEEP) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  console.log(`check-packed: ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')})`);
}
process.exitCode = failed ? 1 : 0;
