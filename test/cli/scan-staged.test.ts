import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/cleanup.js';

const keys = new FakeKeys('scan-staged');

interface JsonReport {
  scan: { mode: string; files: number; bytes: number; skipped: Record<string, number>; notes?: string[] };
  findings: {
    ruleId: string;
    file: string;
    line: number;
    column: number;
    source: string;
    blob?: string;
    secret?: string;
  }[];
}

function staged(repo: GitRepo, ...args: string[]): Promise<CliResult> {
  return runCli(['scan', '--staged', ...args], { cwd: repo.dir, env: repo.env });
}

async function stagedJson(repo: GitRepo): Promise<JsonReport> {
  const r = await staged(repo, '--format', 'json', '--show-secrets');
  if (r.code !== 0 && r.code !== 1) throw new Error(`tokguard exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonReport;
}

describe('tokguard scan --staged', () => {
  it('reports only secrets on lines the commit adds or changes, with the block message', async () => {
    const repo = new GitRepo();
    const old = keys.github();
    const added = keys.github();
    const changedFrom = keys.github();
    const changedTo = keys.github();
    repo.commit('Initial', {
      'config/app.env': `# config\nOLD_TOKEN=${old}\nROTATING=${changedFrom}\nPORT=80\n`,
      'src/keep.js': `const k = "${keys.stripeLive()}";\n`,
    });
    repo.write({
      'config/app.env': `# config\nOLD_TOKEN=${old}\nROTATING=${changedTo}\nPORT=80\nNEW_TOKEN=${added}\n`,
    });
    repo.git('add', 'config/app.env');
    const r = await staged(repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('config/app.env:3:10');
    expect(r.stdout).toContain('config/app.env:5:11');
    expect(r.stdout).not.toContain('config/app.env:2:');
    expect(r.stdout).not.toContain('src/keep.js');
    // The block message: where, which rule, how to allow a false positive, rotate a real key.
    expect(r.stderr).toContain('tokguard blocked this commit: 2 secrets in the staged changes.');
    expect(r.stderr).toContain('config/app.env:3  GitHub personal access token (classic) [github-pat-classic]');
    expect(r.stderr).toContain('tokguard:allow');
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stderr).toMatch(/rotate it/);
    expect(r.stderr).toMatch(/1 finding|2 findings \(2 critical\); scanned 1 file \(\d+ B\)/);
    expect(r.stdout + r.stderr).not.toContain(added);

    const report = await stagedJson(repo);
    expect(report.scan.mode).toBe('staged');
    expect(report.findings.map((f) => [f.file, f.line, f.source, f.secret])).toEqual([
      ['config/app.env', 3, 'staged', changedTo],
      ['config/app.env', 5, 'staged', added],
    ]);
    expect(report.findings[0]!.blob).toBe(repo.git('rev-parse', ':config/app.env').trim());
  });

  it('reads the index, not the working tree: staged then edited is still caught', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'hello\n' });
    const secret = keys.github();
    repo.write({ 'a.txt': `hello\ntoken=${secret}\n` });
    repo.git('add', 'a.txt');
    repo.write({ 'a.txt': 'hello\ntoken=${TOKEN}\n' }); // removed in the working tree only
    const report = await stagedJson(repo);
    expect(report.findings.map((f) => [f.file, f.line, f.secret])).toEqual([['a.txt', 2, secret]]);

    // And the reverse: a secret only in the working tree is not what the commit records.
    const repo2 = new GitRepo();
    repo2.commit('Initial', { 'b.txt': 'hello\n' });
    repo2.write({ 'b.txt': `hello\n${keys.github()}\n` });
    const r = await staged(repo2);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no findings; scanned 0 files (0 B)');
    expect(r.stderr).toContain('Nothing is staged');
  });

  it('--include and --exclude filter the staged files', async () => {
    const repo = new GitRepo();
    repo.write({ 'src/a.js': `x = "${keys.github()}";\n`, 'test/fixtures/b.txt': `${keys.github()}\n` });
    repo.git('add', '-A');
    const ex = await staged(repo, '--exclude', 'test/**');
    expect(ex.stdout).toContain('src/a.js:1:');
    expect(ex.stdout).not.toContain('test/fixtures');
    expect(ex.stderr).toContain('scanned 1 file');
    const inc = await staged(repo, '--include', 'test/**');
    expect(inc.stdout).toContain('test/fixtures/b.txt:1:1');
    expect(inc.stdout).not.toContain('src/a.js');
  });

  it('honours .tokguardignore files (root and nested), and says how many files they set aside', async () => {
    const repo = new GitRepo();
    repo.write({
      '.tokguardignore': 'fixtures/\n*.snap\n',
      'pkg/.tokguardignore': 'golden.txt\n',
      'src/a.js': `x = "${keys.github()}";\n`,
      'fixtures/deep/b.env': `T=${keys.github()}\n`,
      'src/c.snap': `${keys.github()}\n`,
      'pkg/golden.txt': `${keys.github()}\n`,
      'pkg/real.txt': `${keys.github()}\n`,
      'other/golden.txt': `${keys.github()}\n`,
    });
    repo.git('add', '-A');
    const report = await stagedJson(repo);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['other/golden.txt', 'pkg/real.txt', 'src/a.js']);
    expect(report.scan.notes).toContain('3 staged files are set aside by .tokguardignore.');
    // The same files a working-tree scan leaves out.
    const tree = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    expect((JSON.parse(tree.stdout) as JsonReport).findings.map((f) => f.file).sort()).toEqual([
      'other/golden.txt',
      'pkg/real.txt',
      'src/a.js',
    ]);
  });

  it('counts every staged line before the first commit', async () => {
    const repo = new GitRepo();
    const secret = keys.slackBot();
    repo.write({ 'notify.js': `// bot\nconst t = "${secret}";\n`, 'README.md': 'hi\n' });
    repo.git('add', '-A');
    const report = await stagedJson(repo);
    expect(report.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([['notify.js', 2, 'slack-bot-token']]);
    expect(report.scan.files).toBe(2);
    expect(report.scan.bytes).toBeGreaterThan(40);
  });

  it('renames and deletions add no lines; an edit next to an old secret does not report it', async () => {
    const repo = new GitRepo();
    const old = keys.github();
    repo.commit('Initial', { 'old/name.txt': `a\nkey=${old}\nb\n`, 'gone.txt': `key=${keys.github()}\n` });
    repo.git('mv', 'old/name.txt', 'new name.txt');
    repo.git('rm', '-q', 'gone.txt');
    let r = await staged(repo);
    expect(r.code).toBe(0);
    repo.write({ 'new name.txt': `a\nkey=${old}\nb changed\n` });
    repo.git('add', '-A');
    r = await staged(repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('scanned 1 file');
  });

  it('handles quoted and non-UTF-8 file names', async () => {
    const repo = new GitRepo();
    const weird = 'we"ird\tname.txt';
    const latin = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.txt')]);
    repo.commit('Initial', { [weird]: 'one\n' });
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), latin]), 'one\n');
    repo.commit('Latin-1 name');
    const a = keys.github();
    const b = keys.github();
    repo.write({ [weird]: `one\ntwo ${a}\n` });
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), latin]), `one\ntwo ${b}\n`);
    repo.git('add', '-A');
    const report = await stagedJson(repo);
    expect(report.findings.map((f) => [f.file, f.line, f.secret]).sort()).toEqual(
      [
        ['caf\\xE9.txt', 2, b],
        [weird, 2, a],
      ].sort(),
    );
  });

  it('skips binary files, symbolic links and submodules, and counts them', async () => {
    const repo = new GitRepo();
    const first = repo.commit('Initial', { 'x.txt': 'x\n' });
    // UTF-16: no run of 8 text bytes, so nothing in it is scanned (binary files are read by their text runs).
    repo.write({ 'bin.dat': Buffer.concat([Buffer.from([0, 1, 0]), Buffer.from(keys.github(), 'utf16le')]) });
    symlinkSync('x.txt', path.join(repo.dir, 'link'));
    repo.git('add', '-A');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${first},vendor/sub`);
    const report = await stagedJson(repo);
    expect(report.findings).toEqual([]);
    expect(report.scan.skipped).toMatchObject({ binary: 1, symlink: 1, submodule: 1 });
  });

  it('concluding a merge checks only what is new against both parents', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'a\n', 'conflict.txt': 'base\n' });
    const fromBranch = keys.github();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature work', { 'feature.env': `TOKEN=${fromBranch}\n`, 'conflict.txt': 'feature\n' });
    repo.git('checkout', '-q', '-');
    repo.commit('main work', { 'conflict.txt': 'main\n' });
    // The merge stops on the conflict; the feature branch's file is staged as it was committed there.
    spawnSync('git', ['merge', '-q', '--no-ff', 'feature'], { cwd: repo.dir, env: repo.env });
    const resolution = keys.github();
    repo.write({ 'conflict.txt': `resolved ${resolution}\n` });
    repo.git('add', 'conflict.txt');
    const r = await runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file);
    expect(files).toEqual(['conflict.txt']);
    expect(r.stderr).toContain('Concluding a merge');
  });

  it('not a git repository: one clear line, exit 2', async () => {
    const dir = tempDir('tokguard-norepo-');
    const r = await runCli(['scan', '--staged'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not a git repository');
  });

  it('loads no AWS SDK, node-vault, ora, YAML/JSON-schema parser or unused report format', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'a.txt': 'a\n' });
    repo.write({ 'a.txt': `a\n${keys.github()}\n` });
    repo.git('add', '-A');
    const dir = tempDir('tokguard-modlog-');
    mkdirSync(dir, { recursive: true });
    const log = path.join(dir, 'modules.log');
    const hooks = path.join(dir, 'hooks.mjs');
    const loader = path.join(dir, 'loader.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
    );
    writeFileSync(
      loader,
      `import { register, createRequire } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregister(${JSON.stringify(`file://${hooks}`)});\n` +
        `const require = createRequire(import.meta.url);\nprocess.on('exit', () => appendFileSync(${JSON.stringify(log)}, Object.keys(require('module')._cache).join('\\n') + '\\n'));\n`,
    );
    const r = await runCli(['scan', '--staged'], {
      cwd: repo.dir,
      // The default threshold: the `workers` test project sets it to 0, which loads the pool.
      env: { ...repo.env, NODE_OPTIONS: `--import=${loader}`, TOKGUARD_POOL_THRESHOLD: undefined },
    });
    expect(r.code).toBe(1);
    const loaded = readFileSync(log, 'utf8');
    // Module names as compiled (dist/sources/git-staged.js) or as bundled chunks
    // (dist/bundle/git-staged-<hash>.js).
    expect(loaded).toMatch(/git-staged(-[\w-]+)?\.js/); // the recorder works
    expect(loaded).toMatch(/(format-text|scan-core)(-[\w-]+)?\.js/);
    // Nor what a small scan printing without colour does not use: worker threads, chalk (its
    // terminal probing) and picomatch (no globs given).
    for (const unused of ['node:worker_threads', 'chalk', 'picomatch']) expect(loaded, unused).not.toContain(unused);
    for (const heavy of [
      '@aws-sdk',
      'node-vault',
      '/ora/',
      '/yaml/',
      '/ajv/',
      'format-sarif',
      'format-junit',
      'format-json',
      'format-github',
      '/rotate/',
      // The zip reader: loaded only when a staged blob starts like a zip.
      'zip-archive',
      'archive-chunks',
    ]) {
      expect(loaded, heavy).not.toContain(heavy);
    }
    expect(loaded).not.toMatch(
      /\/(rotate|executor|planner|journal|aws-iam|aws-secrets-manager|vault-kv|vault-token)(-[\w-]+)?\.js/,
    );
  });
});
