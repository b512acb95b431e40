// Git benchmarks for `npm run bench` (scripts/bench.mjs calls these), each next to a floor
// measured in the same run on the same data:
//
//   history  `tokguard scan --history` on a generated repository (5,000+ commits with file churn,
//            branches and merges, delta-compressed like a clone) vs `git cat-file
//            --batch-all-objects --batch > /dev/null`, which inflates every object once.
//   staged   `tokguard scan --staged` of a small change in a repository of 20,000 files vs
//            `node -e 0`: the pre-commit hook's cost is start-up, not bytes.
//   history of a real repository, with `--history-repo DIR` (or BENCH_HISTORY_REPO=DIR): its
//            scan vs `git cat-file --batch-all-objects --batch --unordered`, with peak RSS.
//            Nothing is fetched: clone one first (docs/performance.md says which and how).
//
// The repositories are generated with `git fast-import` into the system temp directory and kept
// between runs (BENCH_REBUILD=1 regenerates them). Run alone with: node scripts/bench-git.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/tokguard.js', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 1024 / 1024;

/** git without the machine's or the user's config, and with a fixed identity (bench-state uses it too). */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmpdir(), 'tokguard-bench-no-gitconfig'),
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
};

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A small deterministic PRNG (mulberry32), so every machine generates the same repository. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Identifiers as they occur in ordinary code. Words that rules use as keywords or context
// (token, key, secret, password, auth) occur, but about as rarely as in real source.
const WORDS = (
  'const let return function import export from await async value result config request response ' +
  'user account order item list map filter reduce index count total error message status handler ' +
  'client server options default module require process path file buffer string number object ' +
  'array promise resolve reject logger debug info warn timeout retry cache queue event emit listen ' +
  'render props state context store dispatch action reducer selector route router params query ' +
  'body headers method url host port schema model field record table column row database session ' +
  'date time start end size length width height offset limit page next prev parent child node ' +
  'tree graph edge vertex input output source target format parse encode decode stream chunk ' +
  'worker thread pool task job batch step stage build test spec mock stub fixture setup teardown'
).split(' ');
const RARE = ['token', 'key', 'secret', 'password', 'auth', 'apiKey', 'credentials'];

function word(r) {
  return r() < 0.006 ? RARE[Math.floor(r() * RARE.length)] : WORDS[Math.floor(r() * WORDS.length)];
}

function sourceLine(r) {
  const w = () => word(r);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `  const ${w()}_${Math.floor(r() * 1000)} = ${w()}(${w()}, ${Math.floor(r() * 100)});`;
    case 1:
      return `  // ${w()} ${w()} ${w()} ${w()} ${w()} ${w()}`;
    case 2:
      return `  if (${w()}.${w()} === '${w()}') return ${w()}.${w()}(${w()});`;
    case 3:
      return `export function ${w()}${Math.floor(r() * 100)}(${w()}, ${w()}) {`;
    case 4:
      return '}';
    default:
      return `  ${w()}.${w()}({ ${w()}: ${w()}, ${w()}: "${w()}-${Math.floor(r() * 1e6)}" });`;
  }
}

function newFile(r, lines) {
  return Array.from({ length: lines }, () => sourceLine(r));
}

/** Lines per file: mostly small, some large (a rough log-normal, 10 to 2000 lines). */
function fileLength(r) {
  return Math.min(2000, Math.max(10, Math.round(Math.exp(3.5 + r() * 2.2 + r() * 1.2))));
}

async function loadTokenMaker() {
  const url = new URL('../dist/engine/validators/checksum-tokens.js', import.meta.url);
  const { makePrefixedCrc32Token } = await import(url.href);
  const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return (r) => makePrefixedCrc32Token('ghp_', Array.from({ length: 30 }, () => B62[Math.floor(r() * 62)]).join(''));
}

/** Streams a fast-import script into `git fast-import` in `dir`. */
async function fastImport(dir, write) {
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    env: GIT_ENV,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))),
  );
  let buf = [];
  let size = 0;
  const out = async (s) => {
    buf.push(s);
    size += s.length;
    if (size > 1 << 20) {
      const ok = child.stdin.write(buf.join(''));
      buf = [];
      size = 0;
      if (!ok) await new Promise((r) => child.stdin.once('drain', r));
    }
  };
  await write(out);
  await out('done\n');
  child.stdin.end(buf.join(''));
  await done;
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

const HISTORY_COMMITS = Number(process.env.BENCH_HISTORY_COMMITS ?? 6000);

export async function makeHistoryRepo(commits = HISTORY_COMMITS) {
  const dir = path.join(tmpdir(), `tokguard-bench-history-v2-${commits}`);
  if (existsSync(path.join(dir, '.ready')) && !process.env.BENCH_REBUILD) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  const r = rng(42);
  const token = await loadTokenMaker();
  process.stdout.write(`generating ${commits} commits in ${dir} … `);
  const started = performance.now();
  const files = new Map(); // path -> lines
  const dirs = Array.from({ length: 40 }, (_, i) => `src/${['core', 'api', 'ui', 'lib', 'util'][i % 5]}/${WORDS[i]}`);
  let mark = 0;
  let time = 1_600_000_000;
  const paths = () => [...files.keys()];
  await fastImport(dir, async (out) => {
    // The initial tree.
    let commit = `commit refs/heads/main\nmark :${++mark}\ncommitter Bench <bench@example.test> ${time} +0000\n${data('Initial import')}`;
    for (let i = 0; i < 600; i++) {
      const p = `${dirs[i % dirs.length]}/${WORDS[Math.floor(r() * WORDS.length)]}_${i}.js`;
      files.set(p, newFile(r, fileLength(r)));
      commit += `M 100644 inline ${p}\n${data(files.get(p).join('\n') + '\n')}`;
    }
    await out(commit);
    let mainTip = mark;
    let featureTouched = new Set();
    const emit = (p) => `M 100644 inline ${p}\n${data(files.get(p).join('\n') + '\n')}`;
    for (let c = 1; c < commits; c++) {
      time += 600 + Math.floor(r() * 3600);
      // Every 150 commits, a feature branch of 10 commits, merged back into main.
      const onBranch = c % 150 >= 140;
      const ref = onBranch ? 'refs/heads/feature' : 'refs/heads/main';
      let head = `commit ${ref}\nmark :${++mark}\ncommitter Bench <bench@example.test> ${time} +0000\n${data(`Change ${c}`)}`;
      let body = '';
      if (c % 150 === 140) head += `from :${mainTip}\n`;
      if (c % 150 === 0) {
        // fast-import builds a merge's tree from its first parent: bring the branch's files in.
        head += `from :${mainTip}\nmerge :${mark - 1}\n`;
        for (const p of featureTouched) if (files.has(p)) body += emit(p);
        featureTouched = new Set();
      }
      const all = paths();
      const k = r() < 0.5 ? 1 : r() < 0.7 ? 2 + Math.floor(r() * 3) : 5 + Math.floor(r() * 10);
      for (let j = 0; j < k; j++) {
        const p = all[Math.floor(r() * all.length)];
        const lines = files.get(p);
        const edits = 1 + Math.floor(r() * 6);
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(r() * (lines.length + 1));
          const op = r();
          if (op < 0.45) lines.splice(at, 0, ...newFile(r, 1 + Math.floor(r() * 8)));
          else if (op < 0.8) lines.splice(at, 1, sourceLine(r));
          else lines.splice(at, 1 + Math.floor(r() * 3));
        }
        if (lines.length === 0) lines.push('// empty');
        body += emit(p);
        if (onBranch) featureTouched.add(p);
      }
      const roll = r();
      if (!onBranch && roll < 0.03) {
        const p = `${dirs[Math.floor(r() * dirs.length)]}/new_${c}.js`;
        files.set(p, newFile(r, fileLength(r)));
        body += emit(p);
      } else if (!onBranch && roll < 0.04 && files.size > 100) {
        const p = all[Math.floor(r() * all.length)];
        if (!featureTouched.has(p)) {
          files.delete(p);
          body += `D ${p}\n`;
        }
      } else if (!onBranch && roll < 0.05) {
        const p = all[Math.floor(r() * all.length)];
        const q = `${dirs[Math.floor(r() * dirs.length)]}/moved_${c}.js`;
        if (!body.includes(p) && !featureTouched.has(p)) {
          files.set(q, files.get(p));
          files.delete(p);
          body += `R ${p} ${q}\n`;
        }
      }
      // A few leaked keys: added to a config file, then replaced by a variable 10 commits later.
      if (!onBranch && c % 500 === 250) {
        const p = `config/env_${c}.txt`;
        files.set(p, ['HOST=example.test', `GITHUB_TOKEN=${token(r)}`]);
        body += emit(p);
      } else if (!onBranch && c % 500 === 260 && files.has(`config/env_${c - 10}.txt`)) {
        const p = `config/env_${c - 10}.txt`;
        files.set(p, ['HOST=example.test', 'GITHUB_TOKEN=${GITHUB_TOKEN}']);
        body += emit(p);
      }
      await out(head + body);
      if (!onBranch) mainTip = mark;
    }
    await out(`reset refs/heads/main\nfrom :${mainTip}\n\n`);
  });
  git(dir, 'update-ref', '-d', 'refs/heads/feature');
  // Like a clone: one pack with deltas (fast-import's own pack has poor deltas).
  git(dir, 'repack', '-a', '-d', '-f', '--depth=50', '--window=10', '-q');
  git(dir, 'prune-packed');
  writeFileSync(path.join(dir, '.ready'), '');
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

function timeSpawn(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, options);
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr?.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - start, code, out, err }));
  });
}

async function catFileFloor(dir, extra = []) {
  const devnull = openSync('/dev/null', 'w');
  try {
    const r = await timeSpawn('git', ['cat-file', '--batch-all-objects', '--batch', ...extra], {
      cwd: dir,
      env: GIT_ENV,
      stdio: ['ignore', devnull, 'pipe'],
    });
    if (r.code !== 0) throw new Error(`git cat-file failed: ${r.err}`);
    return r.ms;
  } finally {
    closeSync(devnull);
  }
}

export async function benchHistory() {
  await benchGeneratedHistory();
  const real = historyRepoOption();
  if (real) await benchRealHistory(real);
}

async function benchGeneratedHistory() {
  const dir = await makeHistoryRepo();
  const commits = Number(git(dir, 'rev-list', '--all', '--count').trim());
  const objects = git(dir, 'count-objects', '-v');
  const packKb = Number(/size-pack: (\d+)/.exec(objects)?.[1] ?? 0);
  console.log(
    `\n== history: ${dir} (${commits} commits, pack ${(packKb / 1024).toFixed(1)} MB; ${runs} runs, median) ==`,
  );
  await catFileFloor(dir); // warm the page cache for both sides
  const floor = [];
  const scans = [];
  let report;
  for (let i = 0; i < runs; i++) {
    floor.push(await catFileFloor(dir));
    const r = await timeSpawn(process.execPath, [bin, 'scan', '--history', dir, '--format', 'json', '--no-progress'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.code !== 0 && r.code !== 1) throw new Error(`tokguard scan --history failed (${r.code}): ${r.err}`);
    report = JSON.parse(r.out);
    scans.push(r.ms);
  }
  // The read path alone (rev-list, cat-file, parsing into chunks; no matching), in-process.
  const { openHistory } = await import(new URL('../dist/sources/git-history.js', import.meta.url).href);
  const { newSourceStats } = await import(new URL('../dist/sources/chunk.js', import.meta.url).href);
  const reads = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const h = await openHistory(dir, { maxFileSize: 10 * 1024 * 1024 }, newSourceStats());
    for await (const chunk of h.chunks) void chunk;
    reads.push(performance.now() - start);
  }
  const f = median(floor);
  const s = median(scans);
  const blobBytes = report.scan.bytes;
  const row = (name, ms) =>
    console.log(
      `${name.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(6)} s ${String(Math.round(commits / (ms / 1000))).padStart(7)} commits/s ${(mb(blobBytes) / (ms / 1000)).toFixed(1).padStart(7)} blob MB/s`,
    );
  row('git cat-file --batch-all-objects --batch', f);
  row('tokguard history read path (no matching)', median(reads));
  row('tokguard scan --history', s);
  console.log(
    `ratio scan/floor: ${(s / f).toFixed(2)}x (aim: at most 3x), read path/floor: ${(median(reads) / f).toFixed(2)}x; scanned ${report.scan.blobs} blobs, ${mb(blobBytes).toFixed(1)} MB; findings ${report.findings.length}`,
  );
}

/** `--history-repo DIR` or BENCH_HISTORY_REPO=DIR: a real repository to time a history scan on. */
function historyRepoOption() {
  const at = process.argv.indexOf('--history-repo');
  const given = at >= 0 ? process.argv[at + 1] : process.env.BENCH_HISTORY_REPO;
  if (at >= 0 && (!given || given.startsWith('--'))) throw new Error('--history-repo needs a directory');
  if (!given) return undefined;
  const dir = path.resolve(given);
  if (spawnSync('git', ['-C', dir, 'rev-parse', '--git-dir'], { env: GIT_ENV }).status !== 0)
    throw new Error(`--history-repo ${given}: not a git repository`);
  return dir;
}

/**
 * The repository to scan for `dir`. A copy of a blob-filtered clone's packs without the clone's
 * config (as some mirrors keep them) lacks objects without saying so, and a scan rightly calls
 * that damage; it is scanned through a stand-in, a bare repository that borrows its objects
 * (alternates) and refs and is marked as a partial clone with no remote to fetch from, so the
 * missing objects are reported as not scanned. A complete clone is scanned as it is.
 */
function scannableRepo(dir) {
  const listed = spawnSync('git', ['rev-list', '--objects', '--all', '--missing=print'], {
    cwd: dir,
    env: GIT_ENV,
    maxBuffer: 1 << 30,
    encoding: 'latin1',
  });
  if (listed.status !== 0) throw new Error(`git rev-list failed in ${dir}: ${listed.stderr}`);
  const missing = listed.stdout.split('\n').filter((l) => l.startsWith('?')).length;
  const promisor = spawnSync('git', ['config', '--get-regexp', '^remote\\..*\\.promisor$'], { cwd: dir, env: GIT_ENV });
  if (!missing || promisor.status === 0) return { dir, missing };
  const gitDir = path.resolve(dir, git(dir, 'rev-parse', '--git-dir').trim());
  const standIn = path.join(
    tmpdir(),
    `tokguard-bench-standin-${path.basename(path.dirname(gitDir))}-${path.basename(gitDir)}`,
  );
  rmSync(standIn, { recursive: true, force: true });
  git(tmpdir(), 'init', '-q', '--bare', standIn);
  writeFileSync(path.join(standIn, 'objects', 'info', 'alternates'), `${path.join(gitDir, 'objects')}\n`);
  const refs = git(dir, 'for-each-ref', '--format=%(objectname) %(refname)');
  writeFileSync(path.join(standIn, 'packed-refs'), `# pack-refs with: sorted\n${refs}`);
  git(standIn, 'symbolic-ref', 'HEAD', git(dir, 'symbolic-ref', '-q', 'HEAD').trim() || 'refs/heads/main');
  git(standIn, 'config', 'remote.origin.promisor', 'true');
  git(standIn, 'config', 'extensions.partialclone', 'origin');
  return { dir: standIn, missing, standIn: true };
}

/** One `tokguard scan --history` with the peak-RSS preload: wall time, report, peak RSS and CPU. */
async function historyScan(dir) {
  const preload = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));
  const r = await timeSpawn(
    process.execPath,
    ['--require', preload, bin, 'scan', '--history', dir, '--format', 'json', '--no-progress'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (r.code !== 0 && r.code !== 1) throw new Error(`tokguard scan --history failed (${r.code}): ${r.err}`);
  return {
    ms: r.ms,
    report: JSON.parse(r.out),
    rssKb: Number(/peak-rss-kb (\d+)/.exec(r.err)?.[1] ?? NaN),
    cpuMs: Number(/cpu-ms (\d+)/.exec(r.err)?.[1] ?? NaN),
    warnings: r.err.split('\n').filter((l) => /^\(node:\d+\) \w*Warning/.test(l)),
  };
}

/**
 * A real history (`--history-repo DIR`): the scan next to the floor the issue measures it by,
 * `git cat-file --batch-all-objects --batch --unordered`, which inflates every object once in
 * pack order, interleaved run by run so that both see the same load.
 */
async function benchRealHistory(given) {
  const { dir, missing, standIn } = scannableRepo(given);
  const commits = Number(git(dir, 'rev-list', '--all', '--count').trim());
  console.log(`\n== history of a real repository: ${given} (${commits} commits; ${runs} runs, median) ==`);
  if (standIn)
    console.log(`(${missing} objects are missing and the repository does not say why: scanned through ${dir})`);
  await catFileFloor(dir, ['--unordered']); // warm the page cache for both sides
  const floor = [];
  const scans = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await catFileFloor(dir, ['--unordered']));
    scans.push(await historyScan(dir));
  }
  const f = median(floor);
  const s = median(scans.map((x) => x.ms));
  const { report } = scans[0];
  const blobBytes = report.scan.bytes;
  const row = (name, ms, extra = '') =>
    console.log(
      `${name.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(7)} s ${(mb(blobBytes) / (ms / 1000)).toFixed(1).padStart(7)} blob MB/s${extra}`,
    );
  row('git cat-file --batch-all-objects --batch --unordered', f);
  row(
    'tokguard scan --history',
    s,
    `   peak RSS ${(median(scans.map((x) => x.rssKb)) / 1024).toFixed(0)} MB, CPU ${(median(scans.map((x) => x.cpuMs)) / 1000).toFixed(1)} s (tokguard only)`,
  );
  console.log(
    `ratio scan/floor: ${(s / f).toFixed(2)}x (aim: at most 4x on large-blob histories, 2x on ordinary code); runs: ${scans.map((x, i) => `${(x.ms / floor[i]).toFixed(2)}x`).join(' ')}`,
  );
  console.log(
    `scanned ${report.scan.blobs} blobs, ${mb(blobBytes).toFixed(1)} MB; findings ${report.findings.length}; warnings on stderr: ${scans.flatMap((x) => x.warnings).length ? [...new Set(scans.flatMap((x) => x.warnings))].join(' | ') : 'none'}`,
  );
}

async function makeStagedRepo() {
  const dir = path.join(tmpdir(), 'tokguard-bench-staged-v2');
  if (!existsSync(path.join(dir, '.git', 'ready')) || process.env.BENCH_REBUILD) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    process.stdout.write(`generating 20,000 files in ${dir} … `);
    const started = performance.now();
    const r = rng(7);
    await fastImport(dir, async (out) => {
      await out(
        `commit refs/heads/main\ncommitter Bench <bench@example.test> 1600000000 +0000\n${data('20,000 files')}`,
      );
      for (let i = 0; i < 20_000; i++) {
        const text = newFile(r, 5 + Math.floor(r() * 60)).join('\n') + '\n';
        await out(`M 100644 inline pkg${i % 50}/dir${i % 400}/file_${i}.js\n${data(text)}`);
      }
    });
    git(dir, 'checkout', '-q', '-f', 'main');
    writeFileSync(path.join(dir, '.git', 'ready'), '');
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // A small change: one edited file and one new file, staged.
  git(dir, 'reset', '-q', '--hard');
  git(dir, 'clean', '-qfd');
  writeFileSync(path.join(dir, 'pkg1/dir1/file_1.js'), 'export const a = 1;\nexport const b = process.env.TOKEN;\n');
  writeFileSync(path.join(dir, 'pkg1/dir1/new_file.js'), 'export function hello() {\n  return "hi";\n}\n');
  git(dir, 'add', 'pkg1/dir1/file_1.js', 'pkg1/dir1/new_file.js');
  return dir;
}

export async function benchStaged() {
  const dir = await makeStagedRepo();
  const n = Math.max(runs * 5, 15);
  console.log(`\n== staged: small change in ${dir} (20,000 files; ${n} runs, median) ==`);
  const nodeMs = [];
  const scanMs = [];
  const gitMs = [];
  let last;
  for (let i = 0; i < n + 2; i++) {
    const a = await timeSpawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    const g = await timeSpawn('git', ['diff', '--cached', '--quiet'], { cwd: dir, stdio: 'ignore' });
    const s = await timeSpawn(process.execPath, [bin, 'scan', '--staged'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (s.code !== 0) throw new Error(`tokguard scan --staged exited ${s.code}: ${s.err}`);
    last = s;
    if (i < 2) continue; // warm-up
    nodeMs.push(a.ms);
    gitMs.push(g.ms);
    scanMs.push(s.ms);
  }
  const base = median(nodeMs);
  const scan = median(scanMs);
  console.log(`node -e 0                                   ${base.toFixed(0).padStart(5)} ms`);
  console.log(`git diff --cached --quiet                   ${median(gitMs).toFixed(0).padStart(5)} ms`);
  console.log(
    `tokguard scan --staged                      ${scan.toFixed(0).padStart(5)} ms   (${last.err.trim().split('\n')[0]})`,
  );
  console.log(`overhead over node -e 0: ${(scan - base).toFixed(0)} ms (aim: at most 150 ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2];
  if (!only || only === 'staged') await benchStaged();
  if (!only || only === 'history') await benchHistory();
}

/**
 * Peak memory of `scan --history` on 1x, 4x and 16x histories (BENCH_MEMORY_COMMITS, default
 * 1,500, is 1x): it should not grow with the history beyond the findings themselves. The peak is
 * the tokguard process's own (main thread and workers: process.resourceUsage().maxRSS, printed
 * at exit by a preload), not git's.
 */
export async function benchMemory() {
  const base = Number(process.env.BENCH_MEMORY_COMMITS ?? 1500);
  console.log(`\n== history peak RSS: ${base} commits = 1x ==`);
  for (const factor of [1, 4, 16]) {
    const dir = await makeHistoryRepo(base * factor);
    const { rssKb: kb, report } = await historyScan(dir);
    console.log(
      `${String(factor).padStart(2)}x ${String(base * factor).padStart(6)} commits ${String(report.scan.blobs).padStart(7)} blobs ${mb(report.scan.bytes).toFixed(1).padStart(7)} MB  peak RSS ${(kb / 1024).toFixed(0).padStart(5)} MB  findings ${report.findings.length}`,
    );
  }
}
