#!/usr/bin/env node
// Accuracy benchmark: generates a labelled corpus of its own (fake secrets of many formats
// planted in realistic files and in a git history, plus hard negatives), scans it with the
// built CLI and prints recall and precision per family and overall.
//
//   npm run bench:accuracy                          default corpus (seed 1, 6 cases per format)
//   npm run bench:accuracy -- --seed 7 --scale 20   another corpus, bigger
//   npm run bench:accuracy -- --min 0.97            exit 1 if recall or precision is below
//   npm run bench:accuracy -- --keep DIR            keep the corpus in DIR to look at
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/tokguard.js');
const { makePrefixedCrc32Token } = await import('../dist/engine/validators/checksum-tokens.js');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const seed = Number(opt('seed', 1));
const scale = Number(opt('scale', 6));
const min = opt('min') !== undefined ? Number(opt('min')) : undefined;
const keep = opt('keep');
const quiet = args.includes('--quiet');
const negativeFiles = [];

// Deterministic random stream from the seed.
let counter = 0;
function bytes(n) {
  const out = [];
  while (out.length < n) out.push(...createHash('sha256').update(`${seed}:${counter++}`).digest());
  return out.slice(0, n);
}
const pick = (arr) => arr[bytes(1)[0] % arr.length];
const chars = (n, alphabet) =>
  bytes(n)
    .map((b) => alphabet[b % alphabet.length])
    .join('');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const B62 = DIGITS + UPPER + LOWER;
const HEX = '0123456789abcdef';
const B64 = UPPER + LOWER + DIGITS + '+/';
const URLSAFE = B62 + '-_';
const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

// A password people would really pick for a service account: mixed classes, a symbol.
const password = () =>
  `${chars(4, UPPER)}${chars(4, LOWER)}${chars(3, DIGITS)}${pick(['!', '#', '%', '_', '-', '@'])}${chars(4, B62)}`;

// Each format: how its secret is born, and the file shapes it is leaked in. `secret` is what a
// rule must capture; `text` is the leak in context.
const formats = [
  { family: 'github', gen: () => makePrefixedCrc32Token(pick(['ghp_', 'gho_', 'ghu_', 'ghs_']), chars(30, B62)) },
  // Refresh tokens are longer than the other kinds and carry no CRC32 suffix.
  { family: 'github', gen: () => `ghr_${chars(76, B62)}` },
  { family: 'github', gen: () => `github_pat_${chars(22, B62)}_${chars(59, B62)}` },
  { family: 'gitlab', gen: () => `glpat-${chars(20, URLSAFE.replace(/[-_]/g, 'x'))}` },
  { family: 'npm', gen: () => makePrefixedCrc32Token('npm_', chars(30, B62)) },
  { family: 'aws', gen: () => `AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}` },
  { family: 'aws', gen: () => chars(40, B64), shapes: ['aws-secret'] },
  { family: 'stripe', gen: () => `sk_live_${chars(pick([24, 99]), B62)}` },
  { family: 'stripe', gen: () => `rk_live_${chars(24, B62)}` },
  { family: 'slack', gen: () => `xoxb-${chars(12, DIGITS)}-${chars(13, DIGITS)}-${chars(24, B62)}` },
  {
    family: 'slack',
    gen: () =>
      `https://hooks.slack.com/services/T${chars(8, UPPER + DIGITS)}/B${chars(10, UPPER + DIGITS)}/${chars(24, B62)}`,
  },
  {
    family: 'ai',
    gen: () => `sk-proj-${chars(58, URLSAFE.replace(/[-_]/g, 'q'))}T3BlbkFJ${chars(58, URLSAFE.replace(/[-_]/g, 'z'))}`,
  },
  { family: 'ai', gen: () => `sk-ant-api03-${chars(93, B62)}AA` },
  { family: 'ai', gen: () => `hf_${chars(34, UPPER + LOWER)}` },
  { family: 'google', gen: () => `AIza${chars(35, B62)}` },
  { family: 'email', gen: () => `SG.${chars(22, B62)}.${chars(43, B62)}` },
  { family: 'cloud', gen: () => `dop_v1_${chars(64, HEX)}` },
  { family: 'private-key', gen: () => pemKey(), shapes: ['file', 'json-escaped'] },
  {
    family: 'jwt',
    gen: () =>
      `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: chars(8, LOWER), role: 'service', iat: 1700000000 + bytes(1)[0] })}.${chars(43, URLSAFE)}`,
  },
  // '#', '@' and '%' must be percent-encoded inside a URL's user-info, so URL passwords avoid them.
  { family: 'database', gen: () => password().replace(/[#@%]/g, '-'), shapes: ['db-url'] },
  { family: 'generic', gen: () => password(), shapes: ['generic'] },
  { family: 'decoded', gen: () => makePrefixedCrc32Token('ghp_', chars(30, B62)), shapes: ['k8s-secret'] },
];

// Freshly generated throwaway keys (never used anywhere): structural validators parse the DER
// inside a PEM block, so random bytes would rightly be rejected.
function pemKey() {
  const kind = pick(['rsa-pkcs1', 'rsa-pkcs8', 'ec-sec1', 'ec-pkcs8', 'ed25519']);
  if (kind.startsWith('rsa')) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    return privateKey.export({ type: kind === 'rsa-pkcs1' ? 'pkcs1' : 'pkcs8', format: 'pem' }).trim();
  }
  if (kind.startsWith('ec')) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    return privateKey.export({ type: kind === 'ec-sec1' ? 'sec1' : 'pkcs8', format: 'pem' }).trim();
  }
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).trim();
}

const envName = (family) =>
  ({
    github: 'GITHUB_TOKEN',
    gitlab: 'GITLAB_TOKEN',
    npm: 'NPM_TOKEN',
    aws: 'AWS_ACCESS_KEY_ID',
    stripe: 'STRIPE_SECRET_KEY',
    slack: 'SLACK_BOT_TOKEN',
    ai: 'OPENAI_API_KEY',
    google: 'GOOGLE_API_KEY',
    email: 'SENDGRID_API_KEY',
    cloud: 'DIGITALOCEAN_TOKEN',
    jwt: 'SERVICE_JWT',
  })[family] ?? 'API_TOKEN';

// Leak shapes: the secret in the files where leaks are really found.
const shapes = {
  env: (s, f) => ({
    name: '.env',
    text: `# local settings\nNODE_ENV=production\n${envName(f)}=${s}\nPORT=8080\n`,
    line: 3,
  }),
  js: (s) => ({
    name: 'src/config.js',
    text: `'use strict';\n\nmodule.exports = {\n  region: 'eu-west-1',\n  apiToken: '${s}',\n  retries: 3,\n};\n`,
    line: 5,
  }),
  py: (s, f) => ({
    name: 'app/settings.py',
    text: `import os\n\nDEBUG = False\n${envName(f)} = "${s}"\nALLOWED_HOSTS = ["api.acme.dev"]\n`,
    line: 4,
  }),
  yaml: (s, f) => ({
    name: 'deploy/values.yaml',
    text: `service:\n  replicas: 2\n  env:\n    - name: ${envName(f)}\n      value: "${s}"\n`,
    line: 5,
  }),
  json: (s) => ({
    name: 'config/local.json',
    text: `{\n  "endpoint": "https://api.acme.dev",\n  "token": "${s}",\n  "timeout": 30\n}\n`,
    line: 3,
  }),
  curl: (s) => ({
    name: 'docs/USAGE.md',
    text: `# Usage\n\nCall the API:\n\n\`\`\`sh\ncurl -H "Authorization: Bearer ${s}" https://api.acme.dev/v1/items\n\`\`\`\n`,
    line: 6,
  }),
  'aws-secret': (s) => ({
    name: '.aws/credentials',
    text: `[default]\naws_access_key_id = AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\naws_secret_access_key = ${s}\nregion = eu-west-1\n`,
    line: 3,
    extra: 1,
  }),
  file: (s) => ({ name: 'keys/deploy_key', text: `${s}\n`, line: 1 }),
  'json-escaped': (s) => ({
    name: 'gcp/service-account.json',
    text: `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key": "${s.replace(/\n/g, '\\n')}\\n",\n  "client_email": "deploy@acme-prod.iam.gserviceaccount.com"\n}\n`,
    line: 4,
  }),
  'db-url': (s) => ({
    name: 'docker-compose.yml',
    text: `services:\n  api:\n    image: acme/api:1.4\n    environment:\n      DATABASE_URL: postgres://app:${s}@db.internal:5432/orders\n`,
    line: 5,
  }),
  generic: (s) =>
    pick([
      {
        name: 'src/db.ts',
        text: `export const pool = createPool({\n  host: 'db.internal',\n  user: 'svc_orders',\n  password: '${s}',\n});\n`,
        line: 4,
      },
      {
        name: 'config/app.properties',
        text: `app.name=orders\nspring.datasource.username=svc\nspring.datasource.password=${s}\n`,
        line: 3,
      },
      { name: 'scripts/deploy.sh', text: `#!/bin/sh\nset -e\nexport DB_PASSWORD=${s}\n./migrate up\n`, line: 3 },
      {
        name: 'settings.py',
        text: `DATABASES = {\n    "default": {\n        "USER": "orders",\n        "PASSWORD": "${s}",\n    }\n}\n`,
        line: 4,
      },
    ]),
  'k8s-secret': (s) => ({
    name: 'k8s/secret.yaml',
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-token\ntype: Opaque\ndata:\n  token: ${Buffer.from(`GITHUB_TOKEN=${s}`).toString('base64')}\n`,
    line: 7,
  }),
};
const defaultShapes = ['env', 'js', 'py', 'yaml', 'json', 'curl'];

// Hard negatives: things that look like secrets and are not.
function negatives() {
  const goodGh = makePrefixedCrc32Token('ghp_', chars(30, B62));
  const badGh = goodGh.slice(0, -1) + (goodGh.endsWith('a') ? 'b' : 'a');
  const badNpm = (() => {
    const t = makePrefixedCrc32Token('npm_', chars(30, B62));
    return t.slice(0, -2) + (t.endsWith('zz') ? 'yy' : 'zz');
  })();
  const sha = () =>
    createHash('sha256')
      .update(String(bytes(4)))
      .digest('hex');
  const uuid = () => {
    const h = chars(32, HEX);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  };
  const integrity = () => `sha512-${Buffer.from(bytes(64)).toString('base64')}`;
  const minified = Array.from(
    { length: 400 },
    () =>
      `function ${chars(2, LOWER)}(${chars(1, LOWER)}){return ${chars(1, LOWER)}.${pick(['token', 'secret', 'password', 'key'])}=${pick(['null', 'void 0', '""', chars(1, LOWER)])}}`,
  ).join(';');
  return [
    { name: 'neg/bad-checksum.env', text: `GITHUB_TOKEN=${badGh}\nNPM_TOKEN=${badNpm}\n` },
    {
      name: 'neg/placeholders.env',
      text: `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=\${GITHUB_TOKEN}\nDB_PASSWORD=<your-password>\nAPI_KEY={{ api_key }}\nSECRET=changeme\n`,
    },
    {
      name: 'neg/templates.ts',
      text: `const token = process.env.GITHUB_TOKEN;\nconst password = config.get('db.password');\nconst apiKey = getSecret("api-key");\nconst secret = \`\${prefix}-\${suffix}\`;\nconst passwordField = "user_password_input";\nconst tokenType = "Bearer";\n`,
    },
    {
      name: 'neg/hashes.txt',
      text: `sha256: ${sha()}\ncommit ${sha().slice(0, 40)}\nrequest-id: ${uuid()}\ntoken_id = "${uuid()}"\nchecksum = "${sha()}"\n`,
    },
    {
      name: 'neg/package-lock.json',
      text: `{\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "${integrity()}"\n    }\n  }\n}\n`,
    },
    {
      name: 'neg/yarn.lock',
      text: `left-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#${sha().slice(0, 40)}"\n  integrity ${integrity()}\n`,
    },
    { name: 'neg/bundle.min.js', text: `${minified}\n` },
    {
      name: 'neg/docs.md',
      text: 'Set `GITHUB_TOKEN` to a token like `ghp_...`. Keys look like `AKIA...`; never commit `sk_live_...`.\n```\n-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n```\n',
    },
    {
      name: 'neg/public.pem',
      text: `-----BEGIN PUBLIC KEY-----\n${Buffer.from(bytes(270))
        .toString('base64')
        .match(/.{1,64}/g)
        .join('\n')}\n-----END PUBLIC KEY-----\n`,
    },
    {
      name: 'neg/words.py',
      text: `PASSWORD_MIN_LENGTH = 12\nTOKEN_EXPIRY_SECONDS = 3600\nsecret_name = "prod/orders/db"\npassword_hash = bcrypt.hashpw(pw, salt)\nAPI_KEY_HEADER = "X-Api-Key"\n`,
    },
    ...Array.from({ length: scale }, (_, i) => randomNegatives(i)).flat(),
  ];
}

// Random hard negatives, a few per scale unit: high-entropy strings with no secret to them,
// secret-sounding names bound to references, and secret-looking values in non-secret places.
function randomNegatives(i) {
  const id = chars(24, B62);
  const digest = createHash('sha256')
    .update(String(bytes(8)))
    .digest('hex');
  const sri = `sha384-${Buffer.from(bytes(48)).toString('base64')}`;
  const b64 = Buffer.from(chars(40, LOWER + ' ')).toString('base64');
  return [
    {
      name: `neg/r${i}/workflow.yml`,
      text: `jobs:\n  deploy:\n    env:\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n      password: \${{ secrets.DB_PASSWORD }}\n    steps:\n      - uses: actions/checkout@${digest.slice(0, 40)}\n`,
    },
    {
      name: `neg/r${i}/settings.py`,
      text: `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nAPI_TOKEN = os.getenv("API_TOKEN", "")\nSESSION_ID = "${id}"\nCACHE_BUST = "${digest.slice(0, 16)}"\n`,
    },
    {
      name: `neg/r${i}/index.html`,
      text: `<script src="/app.${digest.slice(0, 8)}.js" integrity="${sri}" crossorigin="anonymous"></script>\n<input type="password" name="password" placeholder="Password" autocomplete="current-password">\n`,
    },
    {
      name: `neg/r${i}/Dockerfile`,
      text: `FROM node:20@sha256:${digest}\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc\n`,
    },
    {
      name: `neg/r${i}/configmap.yaml`,
      text: `apiVersion: v1\nkind: ConfigMap\ndata:\n  motd: ${b64}\n  requestId: "${id}"\n`,
    },
    {
      name: `neg/r${i}/test_auth.py`,
      text: `def test_login(client):\n    resp = client.post("/login", data={"user": "alice", "password": "wrong"})\n    assert resp.status_code == 401\n    token = resp.json().get("token")\n    assert token is None\n`,
    },
    {
      name: `neg/r${i}/i18n.json`,
      text: `{\n  "password": "Password",\n  "passwordHint": "At least 12 characters",\n  "tokenExpired": "Your session has expired. Sign in again.",\n  "secretQuestion": "What was the name of your first pet?"\n}\n`,
    },
  ];
}

// Build the corpus.
const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), 'tokguard-accuracy-'));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const planted = []; // { family, file, secret }
let n = 0;
for (const fmt of formats) {
  const names = fmt.shapes ?? defaultShapes;
  for (let i = 0; i < scale; i++) {
    const secret = fmt.gen();
    const shape = shapes[names[i % names.length]](secret, fmt.family);
    const file = `pos/${String(n++).padStart(4, '0')}/${shape.name}`;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), shape.text);
    planted.push({ family: fmt.family, file, secret, line: shape.line, extra: shape.extra ?? 0 });
  }
}
for (const neg of negatives()) {
  negativeFiles.push(neg.name);
  mkdirSync(path.dirname(path.join(dir, neg.name)), { recursive: true });
  writeFileSync(path.join(dir, neg.name), neg.text);
}

// A git history where secrets were added and later removed: a working-tree scan cannot see
// them, a history scan must.
const hist = path.join(dir, 'history-repo');
const historySecrets = [];
const git = (...a) =>
  spawnSync(
    'git',
    ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...a],
    {
      cwd: hist,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' },
    },
  );
mkdirSync(hist);
git('init', '-q', '-b', 'main');
for (let i = 0; i < Math.max(3, scale); i++) {
  const secret = makePrefixedCrc32Token('ghp_', chars(30, B62));
  const aws = `AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  writeFileSync(path.join(hist, `ci-${i}.env`), `GITHUB_TOKEN=${secret}\nAWS_ACCESS_KEY_ID=${aws}\n`);
  git('add', '.');
  git('commit', '-q', '-m', `add ci ${i}`);
  writeFileSync(path.join(hist, `ci-${i}.env`), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
  git('commit', '-qam', `scrub ci ${i}`);
  historySecrets.push({ family: 'history', secret }, { family: 'history', secret: aws });
}

function scan(target, extra) {
  const r = spawnSync(
    process.execPath,
    [bin, 'scan', target, '--format', 'json', '--show-secrets', '--no-progress', '--exclude', 'history-repo', ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`scan failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout).findings;
}

const findings = scan(dir, []);
const families = new Map();
const fam = (name) => {
  if (!families.has(name)) families.set(name, { planted: 0, found: 0, findings: 0, fp: 0 });
  return families.get(name);
};
// JSON files hold PEM blocks with escaped newlines; compare the secrets as text.
const norm = (s) => s.replace(/\\n/g, '\n').trim();
const same = (x, p) => {
  const a = norm(x.secret);
  const b = norm(p.secret);
  return a === b || b.includes(a) || a.includes(b);
};
const misses = [];
const falsePositives = [];
const matched = new Set();
for (const p of planted) {
  const f = fam(p.family);
  f.planted++;
  const hit = findings.find((x) => x.file.endsWith(p.file) && same(x, p));
  if (hit) f.found++;
  else misses.push(p);
}
// Tokens with a provider's prefix whose checksum fails are reported at low confidence with the
// reason (src/engine/checksum-mismatch.ts): counted apart, and a false positive only when
// reported any surer than that.
const CHECKSUM_REASON = 'checksum does not match: test value or edited token';
const checksumFailed = findings.filter(
  (x) => x.file.endsWith('neg/bad-checksum.env') && x.confidence === 'low' && x.reasons?.includes(CHECKSUM_REASON),
);
for (const x of findings) {
  if (checksumFailed.includes(x)) continue;
  const p = planted.find((q) => x.file.endsWith(q.file) && same(x, q));
  // Files with a known second secret (the access key id beside an AWS secret) are not noise.
  const sibling = p ? undefined : planted.find((q) => x.file.endsWith(q.file) && q.extra);
  const f = fam(p ? p.family : sibling ? sibling.family : 'negatives');
  f.findings++;
  if (!p && !sibling) {
    f.fp++;
    falsePositives.push(x);
  } else matched.add(x);
}

// History.
let historyFindings = [];
let historyError;
try {
  const r = spawnSync(
    process.execPath,
    [bin, 'scan', '--history', hist, '--format', 'json', '--show-secrets', '--no-progress'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr.trim().split('\n')[0]);
  historyFindings = JSON.parse(r.stdout).findings;
} catch (e) {
  historyError = e.message;
}
{
  const f = fam('history');
  for (const p of historySecrets) {
    f.planted++;
    if (historyFindings.some((x) => x.secret === p.secret)) f.found++;
    else misses.push({ ...p, file: '(history)' });
  }
  for (const x of historyFindings) {
    f.findings++;
    if (!historySecrets.some((p) => p.secret === x.secret)) {
      f.fp++;
      falsePositives.push(x);
    }
  }
}

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
let tp = 0,
  plantedAll = 0,
  foundAll = 0,
  findingsAll = 0,
  fpAll = 0;
if (!quiet)
  console.log(
    `corpus: seed ${seed}, scale ${scale}, ${planted.length + historySecrets.length} planted secrets, ${negativeFiles.length} hard-negative files (${dir})`,
  );
console.log(
  `${'family'.padEnd(12)} ${'planted'.padStart(7)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'findings'.padStart(9)} ${'false+'.padStart(7)} ${'precision'.padStart(9)}`,
);
for (const [name, f] of [...families].sort()) {
  plantedAll += f.planted;
  foundAll += f.found;
  findingsAll += f.findings;
  fpAll += f.fp;
  tp += f.findings - f.fp;
  console.log(
    `${name.padEnd(12)} ${String(f.planted).padStart(7)} ${String(f.found).padStart(6)} ${pct(f.found, f.planted).padStart(7)} ${String(f.findings).padStart(9)} ${String(f.fp).padStart(7)} ${pct(f.findings - f.fp, f.findings).padStart(9)}`,
  );
}
const recall = foundAll / plantedAll;
const precision = findingsAll ? tp / findingsAll : 1;
console.log(
  `${'overall'.padEnd(12)} ${String(plantedAll).padStart(7)} ${String(foundAll).padStart(6)} ${pct(foundAll, plantedAll).padStart(7)} ${String(findingsAll).padStart(9)} ${String(fpAll).padStart(7)} ${pct(tp, findingsAll).padStart(9)}`,
);
console.log(`tokens whose checksum fails, reported at low confidence with the reason: ${checksumFailed.length}`);
if (historyError) console.log(`history scan failed: ${historyError}`);
for (const m of misses.slice(0, 25)) console.log(`miss  ${m.family.padEnd(11)} ${m.file}  (${m.secret.slice(0, 12)}…)`);
for (const x of falsePositives.slice(0, 25))
  console.log(`false ${x.ruleId.padEnd(30)} ${x.file}:${x.line}  ${x.lineText.slice(0, 80)}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
if (min !== undefined && (recall < min || precision < min)) {
  console.log(`below --min ${min}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
  process.exit(1);
}
