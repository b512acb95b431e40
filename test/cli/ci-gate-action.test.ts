/**
 * The GitHub Action (action.yml) is a composite action: its steps are bash scripts. These tests
 * run those scripts, as the runner would, against real repositories: the command line the scan
 * step builds, the SARIF it writes, its outputs, and the gate step's exit code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree, writeTree } from '../helpers/tmp.js';
import { assertValidSarif } from '../report/sarif-schema.js';
import { tempDir } from '../helpers/cleanup.js';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'continue-on-error'?: boolean;
  'working-directory'?: string;
}
interface ActionYml {
  name: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;
const keys = new FakeKeys('action');

interface Context {
  inputs: Record<string, string>;
  github: Record<string, unknown>;
  steps: Record<string, { outputs: Record<string, string> }>;
}

/** Evaluates the `${{ a || b.c || 'x' }}` expressions the action uses (property paths, string literals, ||). */
function evaluate(template: string, ctx: Context): string {
  return template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    for (const operand of expr.split('||').map((s) => s.trim())) {
      let value: unknown;
      if (/^'.*'$/.test(operand)) value = operand.slice(1, -1);
      else value = operand.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], ctx);
      if (value) return String(value);
    }
    return '';
  });
}

function context(inputs: Record<string, string>, event: Record<string, unknown>): Context {
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']));
  return { inputs: { ...defaults, ...inputs }, github: { event, action_path: REPO_ROOT }, steps: {} };
}

/** Runs a `run:` step like the runner: bash, the step's env evaluated, GITHUB_OUTPUT collected. */
function runStep(
  s: Step,
  ctx: Context,
  cwd: string,
): { code: number; stdout: string; outputs: Record<string, string> } {
  const outDir = tempDir('tokguard-gh-');
  const outFile = path.join(outDir, 'output');
  writeFileSync(outFile, '');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    GITHUB_OUTPUT: outFile,
    GITHUB_ACTION_PATH: REPO_ROOT,
    NO_COLOR: '1',
  };
  for (const [k, v] of Object.entries(s.env ?? {})) env[k] = evaluate(v, ctx);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(s.run!, ctx)], {
    cwd,
    env,
    encoding: 'utf8',
  });
  const outputs = Object.fromEntries(
    readFileSync(outFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  rmSync(outDir, { recursive: true, force: true });
  if (s.id) ctx.steps[s.id] = { outputs };
  return { code: r.status ?? -1, stdout: r.stdout + r.stderr, outputs };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
    },
  }).trim();
}

function commit(dir: string, files: Record<string, string>, message: string): string {
  writeTree(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

describe('action.yml', () => {
  it('is a composite action that needs no particular Node version', () => {
    expect(action.runs.using).toBe('composite');
    for (const s of action.runs.steps) if (s.run) expect(s.shell).toBe('bash');
    const setup = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(setup.if).toBe("steps.node.outputs.setup == 'true'");
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toContain('always()');
    expect(upload.with).toEqual({ sarif_file: '${{ steps.scan.outputs.sarif-file }}', category: 'tokguard' });
    // Inputs reach the scripts through env, never pasted into the script (no injection).
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
  });

  it("uses the runner's own node when it is recent enough", () => {
    const r = runStep(step('node'), context({}, {}), REPO_ROOT);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ setup: 'false' });
  });

  describe('on a pull request', () => {
    const dir = tempTree({});
    git(dir, 'init', '-q', '-b', 'main');
    const oldKey = keys.github();
    const base = commit(dir, { 'README.md': 'hello\n', 'legacy/old.env': `OLD=${oldKey}\n` }, 'base with an old leak');
    const newKey = keys.slackBot();
    commit(dir, { 'app/settings.py': `SLACK = "${newKey}"\n` }, 'add settings');
    commit(
      dir,
      { 'app/settings.py': 'SLACK = os.environ["SLACK"]\n', 'test/fixture.ts': `k = "${keys.stripeTest()}"\n` },
      'move to env, add a test key',
    );
    const event = { pull_request: { base: { sha: base } } };
    const ctx = context({}, event);
    const scan = runStep(step('scan'), ctx, dir);

    it('scans what the pull request added, from its base, and writes valid SARIF', () => {
      expect(scan.code).toBe(0);
      expect(scan.stdout).toContain(`tokguard scan --history --since ${base} . --fail-on low --no-progress`);
      const sarif = JSON.parse(readFileSync(path.join(dir, 'tokguard.sarif'), 'utf8')) as {
        runs: {
          results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      };
      assertValidSarif(sarif);
      // The secret added then removed inside the PR is still found; the old one on the base is not.
      expect(
        sarif.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.ruleId}`),
      ).toEqual(['app/settings.py:slack-bot-token', 'test/fixture.ts:stripe-test-secret-key']);
      expect(scan.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'tokguard.sarif', findings: '2' });
    });

    it('annotates the findings without printing secrets', () => {
      expect(scan.stdout).toMatch(/^::error file=app\/settings.py,line=1,/m);
      expect(scan.stdout).toMatch(/^::notice file=test\/fixture.ts,line=1,/m);
      expect(scan.stdout).not.toContain(newKey);
      expect(scan.stdout).not.toContain(oldKey);
    });

    it("the gate step fails the job with tokguard's exit code", () => {
      const gate = runStep(step('gate'), ctx, dir);
      expect(gate.code).toBe(1);
      expect(gate.stdout).toContain('::error title=tokguard::2 finding(s)');
    });

    it('passes when the new leak is in the baseline, or below fail-on', () => {
      execFileSync(
        process.execPath,
        [path.join(REPO_ROOT, 'bin/tokguard.js'), 'baseline', '--history', '-q', '-o', 'ci-baseline.json'],
        { cwd: dir },
      );
      const withBaseline = context(
        { baseline: 'ci-baseline.json', 'sarif-file': 'b.sarif', annotations: 'false' },
        event,
      );
      const r = runStep(step('scan'), withBaseline, dir);
      expect(r.stdout).toContain('--baseline ci-baseline.json');
      expect(r.outputs['exit-code']).toBe('0');
      expect(runStep(step('gate'), withBaseline, dir).code).toBe(0);
      const critical = context({ 'fail-on': 'critical', 'sarif-file': 'c.sarif' }, event);
      expect(runStep(step('scan'), critical, dir).outputs['exit-code']).toBe('0');
    });
  });

  describe('without a base (a push to a new branch, a scheduled run)', () => {
    it('scans the working tree', () => {
      const dir = tempTree({});
      git(dir, 'init', '-q', '-b', 'main');
      commit(dir, { 'a.env': `GH=${keys.github()}\n` }, 'one');
      const ctx = context({ args: '--exclude nothing/**' }, { before: '0000000000000000000000000000000000000000' });
      const r = runStep(step('scan'), ctx, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('tokguard scan . --fail-on low --no-progress --exclude nothing/**');
      expect(r.outputs['exit-code']).toBe('1');
      assertValidSarif(JSON.parse(readFileSync(path.join(dir, 'tokguard.sarif'), 'utf8')));
    });

    it('falls back to the working tree when the base commit is not in the clone', () => {
      const dir = tempTree({});
      git(dir, 'init', '-q', '-b', 'main');
      commit(dir, { 'a.txt': 'clean\n' }, 'one');
      const r = runStep(step('scan'), context({ base: 'f'.repeat(40) }, {}), dir);
      expect(r.stdout).toContain(`::warning title=tokguard::base commit ${'f'.repeat(40)} is not in the clone`);
      expect(r.outputs['exit-code']).toBe('0');
      expect(runStep(step('gate'), { ...context({}, {}), steps: { scan: { outputs: r.outputs } } }, dir).code).toBe(0);
    });
  });

  it('fails at once on a tokguard error (exit 2), with the one-line message', () => {
    const dir = tempTree({ '.tokguard.yaml': 'bogus: 1\n' });
    git(dir, 'init', '-q');
    const r = runStep(step('scan'), context({}, {}), dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('tokguard: .tokguard.yaml: (top level): unknown key "bogus"');
  });
});
