/**
 * The sharding recipes of docs/scaling.md are the tested commands: each YAML manifest marked
 * `# recipe:` is parsed, its shell commands are taken out of it as written, and run the way its
 * engine would run them (N shard processes side by side with the engine's variables, then the
 * merge step), with `tokguard` on PATH being the built CLI and `npm` a no-op (the install step).
 * The merged report must equal one unsharded scan of a 3,000-commit history.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';
import { syntheticHistory, type SyntheticHistory } from '../helpers/synthetic-history.js';

type Yaml = Record<string, unknown>;

/** The YAML blocks of docs/scaling.md that start with `# recipe: NAME`, parsed (all documents). */
function recipes(): Map<string, Yaml[]> {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'scaling.md'), 'utf8');
  const out = new Map<string, Yaml[]>();
  for (const m of text.matchAll(/```yaml\n(# recipe: ([\w-]+)\n[\s\S]*?)```/g)) {
    const docs = parseAllDocuments(m[1]!);
    for (const d of docs) expect(d.errors, m[2]).toEqual([]);
    out.set(
      m[2]!,
      docs.map((d) => d.toJS() as Yaml),
    );
  }
  return out;
}

/** A PATH where `tokguard` is the built CLI and `npm` does nothing (the recipes' install step). */
function shimPath(): string {
  const dir = tempDir('tokguard-shims-');
  writeFileSync(path.join(dir, 'tokguard'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  writeFileSync(path.join(dir, 'npm'), '#!/bin/sh\nexit 0\n');
  for (const f of ['tokguard', 'npm']) chmodSync(path.join(dir, f), 0o755);
  return `${dir}${path.delimiter}${process.env.PATH ?? ''}`;
}

/** Runs a command line with sh, as a CI runner does; resolves with the exit code and stderr. */
function sh(command: string, cwd: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-e', '-c', command], { cwd, env: { ...process.env, ...env } }, (err, _out, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

function only<T>(list: T[], what: string): T {
  expect(list, what).toHaveLength(1);
  return list[0]!;
}

describe('docs/scaling.md: the shard-and-merge recipes', () => {
  let h: SyntheticHistory;
  let whole: Report;
  let env: Record<string, string>;
  let work: string;

  beforeAll(async () => {
    h = syntheticHistory({ commits: 3000, seed: 'scaling-recipes' });
    work = tempDir('tokguard-recipes-');
    env = { ...h.repo.env, PATH: shimPath(), TOKGUARD: '/nowhere/tokguard.tgz' };
    whole = await jsonScan(work, 'unsharded', ['scan', '--history'], { cwd: h.repo.dir, env: h.repo.env });
    expect(h.commits).toBeGreaterThanOrEqual(3000);
    expect(whole.findings.length).toBeGreaterThan(20);
  }, 180_000);

  it('the page holds the three recipes, and each parses', () => {
    const all = recipes();
    expect([...all.keys()].sort()).toEqual(['github-actions', 'gitlab', 'kubernetes']);
  });

  it('GitHub Actions: the matrix jobs, the artifacts, the merge job', async () => {
    const workflow = only(recipes().get('github-actions')!, 'one workflow');
    const jobs = workflow.jobs as Record<string, { strategy?: { matrix: { shard: number[] } }; steps: Yaml[] }>;
    const shards = jobs.shard!.strategy!.matrix.shard;
    const expand = (run: string, shard?: number): string =>
      run
        .replaceAll('${{ matrix.shard }}', String(shard))
        .replaceAll('${{ vars.TOKGUARD }}', env.TOKGUARD!)
        .replace(/\$\{\{[^}]*\}\}/g, (x) => {
          throw new Error(`unexpected expression ${x}`);
        });
    const runs = (job: string): string[] => jobs[job]!.steps.flatMap((s) => (typeof s.run === 'string' ? [s.run] : []));
    expect(runs('shard').some((r) => r.includes('tokguard scan'))).toBe(true);
    // The matrix: each job in its own checkout of the same repository.
    const results = await Promise.all(
      shards.map(async (shard) => {
        for (const run of runs('shard')) {
          const r = await sh(expand(run, shard), h.repo.dir, env);
          if (r.code !== 0) return r;
        }
        return { code: 0, stderr: '' };
      }),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    // download-artifact with merge-multiple: every shard's file in the merge job's folder.
    const mergeDir = path.join(work, 'github-merge');
    mkdirSync(mergeDir);
    for (const shard of shards)
      copyFileSync(path.join(h.repo.dir, `shard-${shard}.json`), path.join(mergeDir, `shard-${shard}.json`));
    let code = 0;
    for (const run of runs('merge')) code = (await sh(expand(run), mergeDir, env)).code;
    expect(code).toBe(1); // the merge step is the gate: there are findings
    const sarif = JSON.parse(readFileSync(path.join(mergeDir, 'tokguard.sarif'), 'utf8')) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    const merged = sarif.runs[0]!.results.map((r) => Object.values(r.partialFingerprints)[0]).sort();
    expect(merged).toEqual(whole.findings.map((f) => f.fingerprint).sort());
    // The same shard files merged to JSON: commits, paths, lines and fingerprints.
    const json = await jsonScan(work, 'github-merged', [
      'merge',
      ...shards.map((s) => path.join(mergeDir, `shard-${s}.json`)),
    ]);
    expect(comparable(json)).toEqual(comparable(whole));
  }, 300_000);

  it('GitLab CI: parallel: N with --shard auto, then the merge job', async () => {
    const pipeline = only(recipes().get('gitlab')!, 'one pipeline');
    const shardJob = pipeline['secrets-shard'] as { parallel: number; script: string[] };
    const mergeJob = pipeline['secrets-merge'] as { script: string[]; needs: string[] };
    expect(mergeJob.needs).toEqual(['secrets-shard']);
    const dir = path.join(work, 'gitlab');
    mkdirSync(dir);
    const checkout = h.repo.dir;
    const results = await Promise.all(
      Array.from({ length: shardJob.parallel }, async (_, i) => {
        const jobEnv = { ...env, CI_NODE_INDEX: String(i + 1), CI_NODE_TOTAL: String(shardJob.parallel) };
        for (const line of shardJob.script) {
          const r = await sh(line, checkout, jobEnv);
          if (r.code !== 0) return r;
        }
        return { code: 0, stderr: '' };
      }),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    // artifacts: the shard files, restored into the merge job's checkout.
    for (const f of readdirSync(checkout).filter((n) => /^shard-\d+\.json$/.test(n)))
      copyFileSync(path.join(checkout, f), path.join(dir, f));
    expect(readdirSync(dir).filter((n) => n.startsWith('shard-'))).toHaveLength(shardJob.parallel);
    let code = 0;
    for (const line of mergeJob.script) code = (await sh(line, dir, env)).code;
    expect(code).toBe(1);
    expect(readFileSync(path.join(dir, 'tokguard-junit.xml'), 'utf8')).toContain('<testsuite');
    const json = await jsonScan(work, 'gitlab-merged', [
      'merge',
      ...readdirSync(dir)
        .filter((n) => n.startsWith('shard-'))
        .map((n) => path.join(dir, n)),
    ]);
    expect(comparable(json)).toEqual(comparable(whole));
  }, 300_000);

  it('Kubernetes: the Indexed Job (init clone, scan) for every index, then the merge Job', async () => {
    const [shards, merge] = recipes().get('kubernetes')! as [Yaml, Yaml];
    type Container = { command: string[]; args: string[]; env?: { name: string; value: string }[] };
    type JobSpec = {
      completionMode?: string;
      completions?: number;
      template: { spec: { initContainers?: Container[]; containers: Container[] } };
    };
    const spec = shards.spec as JobSpec;
    expect(spec.completionMode).toBe('Indexed');
    const root = path.join(work, 'k8s');
    const paths: Record<string, string> = {
      REPO: path.join(root, 'work', 'repo'),
      REPORTS: path.join(root, 'reports'),
    };
    mkdirSync(path.join(root, 'work'), { recursive: true });
    mkdirSync(paths.REPORTS!, { recursive: true });
    // The container's env, with the volume paths mapped into the test's folder.
    const containerEnv = (c: Container, index?: number): Record<string, string> => ({
      ...env,
      REPO_URL: `file://${h.repo.dir}`,
      ...Object.fromEntries((c.env ?? []).map((e) => [e.name, paths[e.name] ?? e.value])),
      ...(index === undefined ? {} : { JOB_COMPLETION_INDEX: String(index) }),
    });
    const script = (c: Container): string => {
      expect(c.command).toEqual(['sh', '-c']);
      return only(c.args, 'one script');
    };
    const pods = await Promise.all(
      Array.from({ length: spec.completions! }, async (_, index) => {
        for (const c of [...(spec.template.spec.initContainers ?? []), ...spec.template.spec.containers]) {
          const r = await sh(script(c), root, containerEnv(c, index));
          if (r.code !== 0) return r;
        }
        return { code: 0, stderr: '' };
      }),
    );
    for (const r of pods) expect(r.code, r.stderr).toBe(0);
    const mergeContainer = only((merge.spec as JobSpec).template.spec.containers, 'one merge container');
    const merged = await sh(script(mergeContainer), root, containerEnv(mergeContainer));
    expect(merged.code, merged.stderr).toBe(1);
    const sarif = JSON.parse(readFileSync(path.join(paths.REPORTS!, 'tokguard.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]!.results).toHaveLength(whole.findings.length);
    const shardFiles = readdirSync(paths.REPORTS!).filter((n) => n.endsWith('.json'));
    expect(shardFiles).toHaveLength(spec.completions!);
    const json = await jsonScan(work, 'k8s-merged', ['merge', ...shardFiles.map((n) => path.join(paths.REPORTS!, n))]);
    expect(comparable(json)).toEqual(comparable(whole));
  }, 300_000);
});
