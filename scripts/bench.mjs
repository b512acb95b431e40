#!/usr/bin/env node
// Throughput benchmarks, each printed next to a baseline measured in the same run on the same
// data, so the ratio means something on any machine. Not a test: nothing here asserts a time.
//
//   npm run bench                 all sections
//   npm run bench -- worktree     only the node_modules scan
//   BENCH_RUNS=5 npm run bench    more repetitions (the median is reported)
//   npm run bench -- history --history-repo DIR   also a real repository's history (docs/performance.md)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/tokguard.js', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
// The first argument names a section; options (--history-repo DIR) are read by their section.
const only = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 1024 / 1024;

/**
 * The I/O floor: the fastest plain read of the same files we could write. A synchronous
 * depth-first walk with readdirSync(withFileTypes) and readFileSync beats fast-glob with 32 async
 * reads in flight by ~2.5x on a warm page cache (libuv's thread pool hop costs more than the read
 * of a small file), so it is the honest baseline for "how close to reading is the scan".
 */
function plainRead(dir, maxSize) {
  const start = performance.now();
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(p);
      } else if (e.isFile() && statSync(p).size <= maxSize) {
        bytes += readFileSync(p).length;
        files++;
      }
    }
  };
  walk(dir);
  return { ms: performance.now() - start, files, bytes };
}

function tokguardScan(dir, extra = []) {
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
  if (r.status !== 0 && r.status !== 1) throw new Error(`scan failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  return { ms, files: report.scan.files, bytes: report.scan.bytes, findings: report.findings.length, report };
}

async function benchWorktree() {
  const dir = `${root}node_modules`;
  if (!existsSync(dir)) throw new Error('node_modules is missing: run npm install first');
  console.log(`\n== worktree: ${dir} (${runs} runs, median) ==`);
  plainRead(dir, 10 * 1024 * 1024); // warm the page cache so neither side pays for the disk
  const read = [];
  const scan = [];
  const scan1 = [];
  let last;
  for (let i = 0; i < runs; i++) {
    read.push(plainRead(dir, 10 * 1024 * 1024));
    last = tokguardScan(dir);
    scan.push(last);
    scan1.push(tokguardScan(dir, ['--threads', '0']));
  }
  const r = median(read.map((x) => x.ms));
  const s = median(scan.map((x) => x.ms));
  const s1 = median(scan1.map((x) => x.ms));
  const rows = [
    ['plain read (sync walk + readFileSync)', read[0].files, read[0].bytes, r],
    ['tokguard scan (worker threads)', last.files, last.bytes, s],
    ['tokguard scan --threads 0', scan1[0].files, scan1[0].bytes, s1],
  ];
  for (const [name, files, bytes, ms] of rows) {
    console.log(
      `${name.padEnd(36)} ${String(files).padStart(7)} files ${mb(bytes).toFixed(1).padStart(8)} MB ${(ms / 1000).toFixed(2).padStart(7)} s ${(mb(bytes) / (ms / 1000)).toFixed(1).padStart(8)} MB/s`,
    );
  }
  console.log(
    `ratio scan/read: ${(s / r).toFixed(2)}x (threads), ${(s1 / r).toFixed(2)}x (single thread); text files scanned ${last.files}, findings ${last.findings}`,
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
for (const [name, fn] of Object.entries(sections)) {
  if (only && only !== name) continue;
  await fn();
}
