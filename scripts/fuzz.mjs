#!/usr/bin/env node
// A seeded, time-bounded fuzz run of what a hostile repository feeds tokguard (issue 10): the
// engine on random and hostile bytes (runs of one character, keyword soup, unterminated PEM
// blocks, long key arrays, encoded runs), and the config loader on random and mutated YAML.
// Exits 1 on a crash (an engine exception, a config error that is not a one-line user error,
// a match outside its input) or a hang (one input over the per-input time limit), naming the
// input's index so it can be replayed alone. Needs a build (dist/).
//
//   node scripts/fuzz.mjs                       seed 1010, 45 s
//   node scripts/fuzz.mjs --seed 7 --budget 10  another seed, 10 s
//   node scripts/fuzz.mjs --seed 7 --only 123   replay input 123 of seed 7 (and keep it in a file)
//   --count N      exactly the first N inputs, whatever the time (the same inputs everywhere)
//   --timeout MS   per-input limit (default 10000; the machine may be shared)
//
// Inputs are generated from (seed, index) alone, so a run is reproducible on any machine; how
// many inputs fit in the budget depends on its speed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (rel) => pathToFileURL(path.join(root, 'dist', rel)).href;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`fuzz: --${name} needs a whole number`);
    process.exit(2);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Generation: a small PRNG (mulberry32) per input, seeded from (seed, index).

function prng(seed, index) {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const FRAGMENTS = [
  '-----BEGIN PGP PRIVATE KEY BLOCK-----\n',
  '-----BEGIN OPENSSH PRIVATE KEY-----\n',
  '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n',
  '-----BEGIN EC PRIVATE KEY-----\n',
  '-----END EC PRIVATE KEY-----\n',
  'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: aes256-cbc\n',
  '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n',
  '"secretKey": [',
  'AKIA',
  'ghp_',
  'xoxb-',
  'sk_live_',
  'npm_',
  'glpat-',
  'password=',
  'token: "',
  "api_key='",
  'Authorization: Bearer ',
  'https://user:',
  '@host/db',
  '%2F%3D',
  '\\x41\\x4b',
  '\\u0041',
  'tokguard:allow',
  '\r\n',
  '\n',
  '\0',
  '\x1b]0;',
  '"',
  "'",
  '`',
  '=',
  ' ',
];

function randomBytes(r, n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.int(256);
  return b;
}

function base64Run(r, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += BASE64[r.int(64)];
  return s;
}

/** Engine inputs: each kind is something a scanned repository can hold. */
const ENGINE_KINDS = {
  bytes: (r) => randomBytes(r, r.int(16384)),
  run: (r) => Buffer.alloc(1 + r.int(262144), r.pick(['A', '0', '=', ' ', '/', '+', '\n', '\\', '%', '[', 'a'])),
  soup: (r, ctx) => {
    const parts = [];
    let size = 0;
    const target = r.int(65536);
    while (size < target) {
      const p = r.chance(0.5) ? r.pick(ctx.keywords) : r.chance(0.5) ? r.pick(FRAGMENTS) : base64Run(r, 1 + r.int(64));
      parts.push(p, r.pick(['', ' ', '=', ':', '\n', '"', '_']));
      size += p.length + 1;
    }
    return Buffer.from(parts.join(''));
  },
  blocks: (r) => {
    // Unterminated private-key blocks and long bodies: what windowed rules search through.
    const parts = [];
    for (let i = 0, n = 1 + r.int(40); i < n; i++) parts.push(r.pick(FRAGMENTS), base64Run(r, r.int(4096)), '\n');
    return Buffer.from(parts.join(''));
  },
  keyArrays: (r) => {
    // Solana-style keypair arrays: 64 numbers, pretty-printed or not, many of them.
    const parts = [];
    for (let i = 0, n = 1 + r.int(200); i < n; i++) {
      const nums = Array.from({ length: r.chance(0.8) ? 64 : r.int(100) }, () => r.int(r.chance(0.9) ? 256 : 1000));
      parts.push(r.chance(0.5) ? `[${nums.join(',')}]` : `[\n  ${nums.join(',\n  ')}\n]`, '\n');
    }
    return Buffer.from(parts.join(''));
  },
  encoded: (r) => {
    // Base64 of base64, percent-encoding of base64: the decoders' nesting.
    let s = `${r.pick(['ghp_', 'AKIA', 'xoxb-', 'sk_live_'])}${base64Run(r, 40)}`;
    for (let i = 0, n = r.int(4); i < n; i++)
      s = r.chance(0.5)
        ? Buffer.from(s).toString('base64')
        : [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    return Buffer.from(`${r.pick(FRAGMENTS)}${s}${r.pick(FRAGMENTS)}`.repeat(1 + r.int(50)));
  },
};

const CONFIG_TOKENS = [
  'extends: none\n',
  'extends: default\n',
  'rules:\n',
  '  - id: x\n',
  '    name: X\n',
  '    severity: high\n',
  '    keywords: [tok_]\n',
  "    pattern: 'tok_[a-z0-9]{16}'\n",
  "    pattern: '('\n",
  "    pattern: '(?<=a)b'\n",
  '    examples: [tok_0123456789abcdef]\n',
  '    counterExamples: []\n',
  'disable: [github-pat-classic]\n',
  'override:\n  aws-access-key-id:\n    severity: low\n',
  'allowlist:\n  paths: ["**"]\n',
  "allowlist:\n  lines: ['x{2,1}']\n",
  'scan:\n  maxFileSize: 1e999\n',
  'scan:\n  threads: -1\n',
  'rotation: ~\n',
  '&a [*a]\n',
  '<<: *a\n',
  '!!binary x\n',
  '? [a]\n: b\n',
  '---\n',
  '%YAML 1.1\n',
  '\t',
  '{',
  '[',
  '"',
  '\uFEFF',
  '\n',
  ': ',
  '- ',
];

function configInput(r) {
  const parts = [];
  for (let i = 0, n = r.int(30); i < n; i++) parts.push(r.pick(CONFIG_TOKENS));
  if (r.chance(0.2)) parts.splice(r.int(parts.length + 1), 0, randomBytes(r, r.int(64)).toString('latin1'));
  return parts.join('');
}

function generate(seed, index, ctx) {
  const r = prng(seed, index);
  if (r.chance(0.25)) return { target: 'config', kind: 'yaml', input: Buffer.from(configInput(r)) };
  const kind = r.pick(Object.keys(ENGINE_KINDS));
  return { target: 'engine', kind, input: ENGINE_KINDS[kind](r, ctx) };
}

// ---------------------------------------------------------------------------------------------
// The worker: runs one input at a time, so the main thread can stop it when it hangs.

async function serve() {
  const [{ Engine }, { loadBuiltinRules }, { loadBuiltinPrefilterCache }, { secretSpans, maskedLine }, config, errors] =
    await Promise.all([
      import(dist('engine/engine.js')),
      import(dist('rules/builtin.js')),
      import(dist('rules/builtin-prefilter.js')),
      import(dist('report/redact.js')),
      import(dist('config/load.js')),
      import(dist('errors.js')),
    ]);
  const engine = new Engine(loadBuiltinRules(), { prefilterCache: loadBuiltinPrefilterCache() });
  // The main thread made the folder and removes it: a terminated worker runs no exit handlers.
  const dir = workerData.dir;
  const configFile = path.join(dir, '.tokguard.yaml');

  const targets = {
    engine(input) {
      const matches = engine.scan(input);
      const spans = secretSpans(matches);
      for (const m of matches) {
        if (!(m.start >= 0 && m.start < m.end && m.end <= input.length))
          throw new Error(`match ${m.ruleId} at ${m.start}-${m.end} is outside the ${input.length}-byte input`);
        maskedLine(m.window, spans);
      }
      return matches.length;
    },
    async config(input) {
      writeFileSync(configFile, input);
      try {
        await config.loadEffectiveConfig({ root: dir, config: configFile });
        return 'loaded';
      } catch (e) {
        if (!(e instanceof errors.UserError)) throw e;
        return 'refused';
      }
    },
  };

  parentPort.on('message', async ({ index, target, input }) => {
    try {
      const result = await targets[target](Buffer.from(input));
      parentPort.postMessage({ index, ok: true, result });
    } catch (e) {
      parentPort.postMessage({ index, ok: false, error: e?.stack ?? String(e) });
    }
  });
  parentPort.postMessage({ ready: true });
}

// ---------------------------------------------------------------------------------------------
// The main thread: generates, sends, watches the clock.

function keep(seed, index, input) {
  const file = path.join(tmpdir(), `tokguard-fuzz-${seed}-${index}.bin`);
  writeFileSync(file, input);
  return file;
}

async function main() {
  const seed = option('seed', Number(process.env.TOKGUARD_FUZZ_SEED ?? 1010));
  const budgetMs = option('budget', 45) * 1000;
  const timeoutMs = option('timeout', 10_000);
  const only = option('only', -1);
  const count = option('count', -1);
  const rules = JSON.parse(readFileSync(path.join(root, 'dist', 'builtin-rules.json'), 'utf8')).rules;
  const ctx = { keywords: [...new Set(rules.flatMap((r) => r.keywords))] };

  const dir = mkdtempSync(path.join(tmpdir(), 'tokguard-fuzz-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const worker = new Worker(new URL(import.meta.url), { workerData: { worker: true, dir } });
  const replies = new Map();
  let failure;
  worker.on('message', (m) => replies.get(m.index ?? 'ready')?.(m));
  worker.on('error', (e) => (failure = `fuzz: the worker died: ${e.stack ?? e}`));
  worker.on('exit', (code) => (failure ??= `fuzz: the worker exited (${code})`));
  await new Promise((resolve) => replies.set('ready', resolve));

  const started = performance.now();
  const counts = {};
  const digest = createHash('sha256');
  let bytes = 0;
  const slowest = { ms: 0, label: '' };
  let index = only >= 0 ? only : 0;
  for (; only < 0 || index === only; index++) {
    if (only < 0 && (count >= 0 ? index >= count : performance.now() - started > budgetMs)) break;
    const { target, kind, input } = generate(seed, index, ctx);
    digest.update(input);
    bytes += input.length;
    const label = `input ${index} (${target}/${kind}, ${input.length} bytes)`;
    const reply = new Promise((resolve) => replies.set(index, resolve));
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve({ hung: true }), timeoutMs)));
    worker.postMessage({ index, target, input });
    const sent = performance.now();
    const r = await Promise.race([reply, timeout]);
    clearTimeout(timer);
    const took = performance.now() - sent;
    if (took > slowest.ms) Object.assign(slowest, { ms: took, label });
    replies.delete(index);
    if (failure) break;
    if (r.hung || !r.ok) {
      const file = keep(seed, index, input);
      const what = r.hung ? `took over ${timeoutMs} ms` : `crashed:\n${r.error}`;
      console.error(
        `fuzz: ${label} ${what}\nfuzz: input saved to ${file}; replay: node scripts/fuzz.mjs --seed ${seed} --only ${index}`,
      );
      await worker.terminate();
      process.exit(1);
    }
    counts[`${target}/${kind}`] = (counts[`${target}/${kind}`] ?? 0) + 1;
    if (only >= 0) {
      console.log(`fuzz: ${label}: ${JSON.stringify(r.result)}; saved to ${keep(seed, index, input)}`);
      break;
    }
  }
  if (failure) {
    console.error(failure);
    process.exit(1);
  }
  await worker.terminate();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(counts)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `fuzz: seed ${seed}: ${n} inputs, ${(bytes / 1048576).toFixed(1)} MB in ${seconds} s, no crash or hang (${kinds}); inputs digest ${digest.digest('hex').slice(0, 16)}`,
  );
  console.log(`fuzz: slowest: ${slowest.label}, ${Math.round(slowest.ms)} ms (limit ${timeoutMs} ms)`);
}

if (isMainThread) await main();
else if (workerData?.worker) await serve();
