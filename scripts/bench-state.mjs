// `--state` benchmark for `npm run bench` (scripts/bench.mjs calls it): what a repeated history
// scan costs next to the first one, on the same repository in the same run.
//
//   first      `scan --history --state FILE` with no state yet (reads every blob)
//   unchanged  the same command again, nothing new in the repository (aim: at most 10% of first)
//   +1 commit  the same command after one new commit (aim: about what scanning that commit costs)
//   commit     `scan --history --range HEAD~1..HEAD`: scanning just that commit, the yardstick
//
// The repository is bench-git.mjs's generated history (6,000 commits), or BENCH_STATE_REPO (a
// clone of a real one, e.g. `git clone --mirror https://github.com/expressjs/express`). It is
// cloned once into the temp directory; the new commit is made with plumbing and removed again,
// so each run starts from the same history. Run alone with: npm run bench -- state
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIT_ENV } from './bench-git.mjs';

const bin = fileURLToPath(new URL('../bin/tokguard.js', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function git(cwd, args, input) {
  const r = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * CPU time (user + system, ms) of this process's waited-for children and theirs: a scan and the
 * git commands it ran, which is what a repeated scan costs. Linux only (/proc); NaN elsewhere.
 * On a shared machine the wall time mostly measures the load; compare the CPU times.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of stat(5); `fields` starts at field 3.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

function scan(dir, args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(
      process.execPath,
      [bin, 'scan', '--history', dir, '--format', 'json', '--no-progress', ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const cpuMs = childrenCpuMs() - cpuBefore;
      if (code !== 0 && code !== 1) reject(new Error(`tokguard scan ${args.join(' ')} failed (${code}): ${err}`));
      else resolve({ ms, cpuMs, report: JSON.parse(out) });
    });
  });
}

/** One new commit on the current branch: a new file of ordinary text, made without a work tree. */
function addCommit(dir, n) {
  const head = git(dir, ['rev-parse', 'HEAD']);
  const text = Array.from({ length: 40 }, (_, i) => `const value${i} = compute(${n}, ${i}); // bench ${n}`).join('\n');
  const blob = git(dir, ['hash-object', '-w', '--stdin'], `${text}\n`);
  const tree = git(dir, ['mktree'], `${git(dir, ['ls-tree', 'HEAD'])}\n100644 blob ${blob}\tbench-state-${n}.js\n`);
  const commit = git(dir, ['commit-tree', tree, '-p', head, '-m', `bench commit ${n}`]);
  const branch = git(dir, ['symbolic-ref', 'HEAD']);
  git(dir, ['update-ref', branch, commit, head]);
  return () => git(dir, ['update-ref', branch, head, commit]);
}

async function repository() {
  const given = process.env.BENCH_STATE_REPO;
  const source = given ? path.resolve(given) : await (await import('./bench-git.mjs')).makeHistoryRepo();
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'tokguard-bench-state-')), 'repo');
  // A partial clone (blobs over a size left out) is copied as it is: a clone of it would not
  // know that the missing blobs are a promisor's, and the scan would take them for damage.
  if (spawnSync('git', ['config', 'extensions.partialclone'], { cwd: source, env: GIT_ENV }).status === 0)
    cpSync(source, dir, { recursive: true });
  else git(tmpdir(), ['clone', '-q', '--mirror', source, dir]);
  return dir;
}

export async function benchState() {
  const dir = await repository();
  const work = path.dirname(dir);
  try {
    const commits = git(dir, ['rev-list', '--all', '--count']);
    console.log(
      `\n== --state: ${process.env.BENCH_STATE_REPO ?? 'generated history'} (${commits} commits; ${runs} runs, median) ==`,
    );
    await scan(dir, []); // warm the page cache
    const t = { plain: [], first: [], unchanged: [], added: [], commit: [] };
    const cpu = { plain: [], first: [], unchanged: [], added: [], commit: [] };
    const timed = async (key, args) => {
      const r = await scan(dir, args);
      t[key].push(r.ms);
      cpu[key].push(r.cpuMs);
      return r;
    };
    let last;
    for (let i = 0; i < runs; i++) {
      const state = path.join(work, `state-${i}`);
      await timed('plain', []);
      await timed('first', ['--state', state]);
      const unchanged = path.join(work, `unchanged-${i}`);
      copyFileSync(state, unchanged);
      last = await timed('unchanged', ['--state', unchanged]);
      const undo = addCommit(dir, i);
      try {
        await timed('added', ['--state', state]);
        await timed('commit', ['--range', 'HEAD~1..HEAD']);
      } finally {
        undo();
      }
    }
    const medians = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, median(v)]));
    const m = medians(t);
    const c = medians(cpu);
    const row = (name, key) =>
      console.log(
        `${name.padEnd(52)} ${(m[key] / 1000).toFixed(2).padStart(6)} s, CPU ${(c[key] / 1000).toFixed(2).padStart(6)} s`,
      );
    row('scan --history (no state)', 'plain');
    row('scan --history --state (first run)', 'first');
    row('scan --history --state (unchanged)', 'unchanged');
    row('scan --history --state (after one new commit)', 'added');
    row('scan --history --range HEAD~1..HEAD (that commit)', 'commit');
    const ratios = (x) =>
      `unchanged/first ${((100 * x.unchanged) / x.first).toFixed(1)}% (aim: at most 10%), ` +
      `one new commit/that commit ${(x.added / x.commit).toFixed(2)}x (aim: about 1x)`;
    console.log(`wall: ${ratios(m)}; findings ${last.report.findings.length}`);
    // CPU includes git's (the scan's waited-for children): on a loaded machine, the figure to compare.
    console.log(`CPU:  ${ratios(c)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && existsSync(bin)) await benchState();
