#!/usr/bin/env node
// Throughput benchmarks, each printed next to a baseline measured in the same run on the same
// data, so the ratio means something on any machine. Not a test: nothing here asserts a time.
//
//   npm run bench                 all sections
//   npm run bench -- worktree     only the node_modules scan
//   BENCH_RUNS=5 npm run bench    more repetitions (the median is reported)
//   npm run bench -- history --history-repo DIR   also a real repository's history (docs/performance.md)
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/tokguard.js', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
// The first argument names a section; options (--history-repo DIR) are read by their section.
const only = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 1024 / 1024;

const MAX_SIZE = 10 * 1024 * 1024; // tokguard's default --max-file-size: the same files on both sides

/**
 * Plain reads of every file under `dir` up to MAX_SIZE, the ways one could write it. The
 * fastest in each run is the floor the scan is compared with: on a warm page cache, synchronous
 * calls win (a libuv thread-pool hop per file costs more than reading a small file), and
 * reading into one reused buffer saves allocating one per file.
 */
const READERS = {
  readFileSync: (dir) => syncWalk(dir, (p) => (statSync(p).size <= MAX_SIZE ? readFileSync(p).length : -1)),
  'open+fstat+readSync': (dir) => {
    let buf = Buffer.allocUnsafe(1 << 20);
    return syncWalk(dir, (p) => {
      const fd = openSync(p, 'r');
      try {
        const size = fstatSync(fd).size;
        if (size > MAX_SIZE) return -1;
        if (size > buf.length) buf = Buffer.allocUnsafe(size);
        let at = 0;
        for (let n; at < size && (n = readSync(fd, buf, at, size - at, at)) > 0;) at += n;
        return at;
      } finally {
        closeSync(fd);
      }
    });
  },
  'async readFile, 32 at a time': async (dir) => {
    const paths = [];
    syncWalk(dir, (p) => (paths.push(p), 0));
    let files = 0;
    let bytes = 0;
    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const p = paths[next++];
        if ((await stat(p)).size > MAX_SIZE) continue;
        const data = await readFile(p); // awaited first: `bytes +=` would read bytes before the await
        bytes += data.length;
        files++;
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    return { files, bytes };
  },
};

/** A depth-first readdirSync walk (no `.git`) calling `read` on each regular file; -1 skips it. */
function syncWalk(dir, read) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(p);
      } else if (e.isFile()) {
        const n = read(p);
        if (n >= 0) {
          bytes += n;
          files++;
        }
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

async function timed(f) {
  const start = performance.now();
  const r = await f();
  return { ...r, ms: performance.now() - start };
}

/**
 * CPU seconds (user + system) of the children this process has waited for, from
 * /proc/self/stat: unlike wall time, it barely moves with the load of a shared machine. Undefined
 * where there is no /proc.
 */
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime), counted from 1 before the name's end.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

function tokguardScan(dir, extra = []) {
  const cpuBefore = childrenCpu();
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    [bin, 'scan', dir, '--no-gitignore', '--format', 'json', '--no-progress', ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const ms = performance.now() - start;
  const cpu = cpuBefore === undefined ? undefined : childrenCpu() - cpuBefore;
  if (r.status !== 0 && r.status !== 1) throw new Error(`scan failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  return { ms, cpu, files: report.scan.files, bytes: report.scan.bytes, findings: report.findings.length, report };
}

/**
 * The repository's own node_modules: every plain read, then the scan with its default threads
 * (one worker per core), with one worker, and on the main thread alone, interleaved run by run
 * so that a noisy machine slows every side alike. Each line is a median; ratios are to the
 * fastest plain read.
 */
async function benchWorktree() {
  const dir = `${root}node_modules`;
  if (!existsSync(dir)) throw new Error('node_modules is missing: run npm install first');
  console.log(`\n== worktree: ${dir} (${runs} runs, median) ==`);
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`load average before: ${load()}`);
  await READERS.readFileSync(dir); // warm the page cache so neither side pays for the disk
  const reads = Object.fromEntries(Object.keys(READERS).map((k) => [k, []]));
  const scans = { 'tokguard scan': [], 'tokguard scan --threads 1': [], 'tokguard scan --threads 0': [] };
  const extra = {
    'tokguard scan': [],
    'tokguard scan --threads 1': ['--threads', '1'],
    'tokguard scan --threads 0': ['--threads', '0'],
  };
  let last;
  for (let i = 0; i < runs; i++) {
    for (const [name, read] of Object.entries(READERS)) reads[name].push(await timed(() => read(dir)));
    for (const name of Object.keys(scans)) {
      const r = tokguardScan(dir, extra[name]);
      scans[name].push(r);
      if (!extra[name].length) last = r;
    }
  }
  const med = (xs) => median(xs.map((x) => x.ms));
  const floorName = Object.keys(reads).reduce((a, b) => (med(reads[b]) < med(reads[a]) ? b : a));
  const floor = med(reads[floorName]);
  const line = (name, { files, bytes }, ms, cpu) =>
    console.log(
      `${name.padEnd(40)} ${String(files).padStart(7)} files ${mb(bytes).toFixed(1).padStart(8)} MB ${(ms / 1000).toFixed(2).padStart(7)} s ${(mb(bytes) / (ms / 1000)).toFixed(1).padStart(8)} MB/s ${(ms / floor).toFixed(2).padStart(6)}x` +
        (cpu === undefined ? '' : `  cpu ${cpu.toFixed(2)} s`),
    );
  for (const [name, xs] of Object.entries(reads))
    line(`read: ${name}${name === floorName ? ' (floor)' : ''}`, xs[0], med(xs));
  // CPU time (user + system, every thread of the scan) is the figure a busy machine moves least.
  for (const [name, xs] of Object.entries(scans))
    line(name, xs[0], med(xs), xs[0].cpu === undefined ? undefined : median(xs.map((x) => x.cpu)));
  console.log(`load average after: ${load()}`);
  const s = med(scans['tokguard scan']);
  console.log(
    `ratio scan/read: ${(s / floor).toFixed(2)}x with default threads, ${(med(scans['tokguard scan --threads 1']) / floor).toFixed(2)}x with one worker; ` +
      `text files scanned ${last.files}, findings ${last.findings}`,
  );
  const byRule = {};
  for (const f of last.report.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  console.log(
    `findings by rule: ${
      Object.entries(byRule)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k}=${v}`)
        .join(', ') || 'none'
    }`,
  );
}

const sections = { worktree: benchWorktree };
if (existsSync(new URL('./bench-git.mjs', import.meta.url))) {
  const git = await import('./bench-git.mjs');
  if (git.benchStaged) sections.staged = git.benchStaged;
  if (git.benchHistory) sections.history = git.benchHistory;
  if (git.benchMemory) sections.memory = git.benchMemory;
}
if (existsSync(new URL('./bench-state.mjs', import.meta.url)))
  sections.state = (await import('./bench-state.mjs')).benchState;
for (const [name, fn] of Object.entries(sections)) {
  if (only && only !== name) continue;
  await fn();
}
