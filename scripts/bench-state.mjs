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
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
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

function scan(dir, args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
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
      if (code !== 0 && code !== 1) reject(new Error(`tokguard scan ${args.join(' ')} failed (${code}): ${err}`));
      else resolve({ ms, report: JSON.parse(out) });
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
    let last;
    for (let i = 0; i < runs; i++) {
      const state = path.join(work, `state-${i}`);
      t.plain.push((await scan(dir, [])).ms);
      t.first.push((await scan(dir, ['--state', state])).ms);
      const unchanged = path.join(work, `unchanged-${i}`);
      copyFileSync(state, unchanged);
      last = await scan(dir, ['--state', unchanged]);
      t.unchanged.push(last.ms);
      const undo = addCommit(dir, i);
      try {
        t.added.push((await scan(dir, ['--state', state])).ms);
        t.commit.push((await scan(dir, ['--range', 'HEAD~1..HEAD'])).ms);
      } finally {
        undo();
      }
    }
    const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
    const row = (name, ms) => console.log(`${name.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(6)} s`);
    row('scan --history (no state)', m.plain);
    row('scan --history --state (first run)', m.first);
    row('scan --history --state (unchanged)', m.unchanged);
    row('scan --history --state (after one new commit)', m.added);
    row('scan --history --range HEAD~1..HEAD (that commit)', m.commit);
    console.log(
      `ratio unchanged/first: ${((100 * m.unchanged) / m.first).toFixed(1)}% (aim: at most 10%); ` +
        `one new commit/first: ${((100 * m.added) / m.first).toFixed(1)}%, /scanning that commit: ${(m.added / m.commit).toFixed(2)}x (aim: about 1x); ` +
        `findings ${last.report.findings.length}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && existsSync(bin)) await benchState();
