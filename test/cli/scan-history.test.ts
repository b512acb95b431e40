import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { AUTHOR, GitRepo } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/cleanup.js';

const keys = new FakeKeys('scan-history');
const inDeletedFile = keys.github();
const inOldVersion = keys.github();
const viaBranch = keys.slackBot();
const inEvilMerge = keys.stripeLive();
const renamed = keys.github();
const inBinary = keys.github();
const inLfs = keys.github();
const inHuge = keys.github();
const detached = keys.github();
const unchanged = keys.github();

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  source: string;
  blob?: string;
  otherOccurrences?: number;
  commit?: { sha: string; author: string; email: string; date: string; subject: string };
  secret?: string;
}

interface JsonReport {
  scan: {
    mode: string;
    commits: number;
    blobs: number;
    bytes: number;
    skipped: Record<string, number>;
    notes?: string[];
  };
  findings: JsonFinding[];
}

function json(r: CliResult): JsonReport {
  if (r.code !== 0 && r.code !== 1) throw new Error(`tokguard exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonReport;
}

function bySecret(report: JsonReport, secret: string): JsonFinding | undefined {
  return report.findings.find((f) => f.secret === secret);
}

describe('tokguard scan --history', () => {
  const repo = new GitRepo();
  const sha: Record<string, string> = {};
  const scan = (...args: string[]): Promise<CliResult> =>
    runCli(['scan', '--history', repo.dir, ...args], { env: repo.env });

  beforeAll(() => {
    sha.initial = repo.commit('Initial commit', { 'README.md': '# demo\n', 'src/app.js': 'console.log("hi");\n' });
    sha.oldVersion = repo.commit('Add production config', {
      'config/prod.env': `HOST=example.test\nGITHUB_TOKEN=${inOldVersion}\nPORT=80\n`,
    });
    sha.fixOld = repo.commit('Read the token from the environment', {
      'config/prod.env': 'HOST=example.test\nGITHUB_TOKEN=${GITHUB_TOKEN}\nPORT=80\n',
    });
    sha.deleted = repo.commit('Add deploy script', {
      'deploy/run.sh': `#!/bin/sh\n# deploy\ncurl -H "Authorization: token ${inDeletedFile}" https://api.example.test\n`,
    });
    sha.deleteIt = repo.commit('Remove deploy script', {}, { remove: ['deploy/run.sh'] });
    // A secret that reaches main through a merge: introduced by the branch commit.
    repo.git('checkout', '-q', '-b', 'feature');
    sha.branch = repo.commit('Notify the team channel', { 'src/notify.js': `const token = "${viaBranch}";\n` });
    repo.git('checkout', '-q', 'main');
    sha.mainSide = repo.commit('Tweak README', { 'README.md': '# demo\n\nMore words.\n' });
    sha.merge = repo.merge('feature');
    // A secret introduced by the merge commit itself (added while resolving it).
    repo.git('checkout', '-q', '-b', 'evil', `${sha.merge}~1`);
    sha.evilSide = repo.commit('Side change', { 'src/app.js': 'console.log("side");\n' });
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'evil');
    repo.write({ 'src/billing.js': `export const key = "${inEvilMerge}";\n` });
    repo.git('add', 'src/billing.js');
    sha.evilMerge = repo.commit('Merge branch evil');
    // Renamed, then the same content at a second path.
    sha.renamedAdd = repo.commit('Add old settings', { 'settings/old.txt': `token=${renamed}\n` });
    repo.git('mv', 'settings/old.txt', 'settings/new name.txt');
    sha.renamedMove = repo.commit('Rename settings');
    sha.copy = repo.commit('Copy settings', { 'backup/settings.txt': `token=${renamed}\n` });
    sha.unchanged = repo.commit('Unchanged key through edits', { 'keys.txt': `a\nkey=${unchanged}\n` });
    repo.commit('Edit around the key', { 'keys.txt': `a\nb\nkey=${unchanged}\n` });
    repo.commit('Edit around the key again', { 'keys.txt': `a\nb\nc\nkey=${unchanged}\n` });
    // Skipped content: binary, LFS pointer, over --max-file-size; and a submodule.
    repo.commit('Add assets', {
      // UTF-16: no run of 8 text bytes, so nothing in it is scanned (binary files are read by their text runs).
      'assets/blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(inBinary, 'utf16le')]),
      'assets/model.bin': `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 12345\n# ${inLfs}\n`,
      'assets/huge.txt': `${'x'.repeat(4096)}\n${inHuge}\n`,
      '.gitmodules': '[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = https://example.test/lib.git\n',
    });
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sha.initial},vendor/lib`);
    sha.submodule = repo.commit('Add submodule');
    // A commit only reachable from a detached HEAD.
    repo.git('checkout', '-q', '--detach');
    sha.detached = repo.commit('Detached work', { 'wip.txt': `wip ${detached}\n` });
  });

  it('finds secrets in deleted files, old versions, branches and merges, with the introducing commit', async () => {
    const r = await scan('--format', 'json', '--show-secrets', '--max-file-size', '2KB');
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.scan.mode).toBe('history');

    const old = bySecret(report, inOldVersion)!;
    expect(old).toMatchObject({
      ruleId: 'github-pat-classic',
      source: 'history',
      file: 'config/prod.env',
      line: 2,
      column: 14,
    });
    expect(old.commit).toEqual({
      sha: sha.oldVersion,
      author: AUTHOR.name,
      email: AUTHOR.email,
      date: GitRepo.dateOf(1),
      subject: 'Add production config',
    });
    expect(old.blob).toMatch(/^[0-9a-f]{40}$/);
    expect(old.otherOccurrences).toBe(0);

    const del = bySecret(report, inDeletedFile)!;
    expect(del).toMatchObject({ file: 'deploy/run.sh', line: 3 });
    expect(del.commit?.sha).toBe(sha.deleted);

    const branch = bySecret(report, viaBranch)!;
    expect(branch).toMatchObject({ ruleId: 'slack-bot-token', file: 'src/notify.js', line: 1 });
    expect(branch.commit?.sha).toBe(sha.branch);
    expect(branch.commit?.subject).toBe('Notify the team channel');

    const evil = bySecret(report, inEvilMerge)!;
    expect(evil).toMatchObject({ ruleId: 'stripe-secret-key', file: 'src/billing.js' });
    expect(evil.commit?.sha).toBe(sha.evilMerge);

    const det = bySecret(report, detached)!;
    expect(det.commit?.sha).toBe(sha.detached);
  });

  it('reports a secret once, at its first commit and path, counting the other commits and paths', async () => {
    const report = json(await scan('--format', 'json', '--show-secrets'));
    const ren = report.findings.filter((f) => f.secret === renamed);
    expect(ren).toHaveLength(1);
    expect(ren[0]).toMatchObject({ file: 'settings/old.txt', line: 1, otherOccurrences: 2 });
    expect(ren[0]!.commit?.sha).toBe(sha.renamedAdd);

    const edits = report.findings.filter((f) => f.secret === unchanged);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ file: 'keys.txt', line: 2, otherOccurrences: 2 });
    expect(edits[0]!.commit?.sha).toBe(sha.unchanged);
  });

  it('skips binary, LFS pointer, huge blobs and submodules, and says so', async () => {
    const r = await scan('--format', 'json', '--show-secrets', '--max-file-size', '2KB');
    const report = json(r);
    const secrets = report.findings.map((f) => f.secret);
    expect(secrets).not.toContain(inBinary);
    expect(secrets).not.toContain(inLfs);
    expect(secrets).not.toContain(inHuge);
    expect(report.scan.skipped).toMatchObject({ binary: 1, 'lfs-pointer': 1, 'too-large': 1, submodule: 1 });
    expect(report.scan.notes?.join('\n')).toContain('Submodules are not followed: vendor/lib');
    const text = await scan('--max-file-size', '2KB');
    expect(text.stderr).toContain('1 binary file');
    expect(text.stderr).toContain('1 Git LFS pointer');
    expect(text.stderr).toContain('1 submodule (not followed)');
  });

  it('prints the commit in text and a summary of commits, blobs and bytes', async () => {
    const r = await scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('config/prod.env:2:14');
    expect(r.stdout).toContain(`commit ${sha.oldVersion!.slice(0, 12)}`);
    expect(r.stdout).toContain('Add production config');
    expect(r.stdout).toContain('also in 2 other commit/paths');
    expect(r.stdout).not.toContain(inOldVersion);
    const commits = Number(repo.git('rev-list', '--all', '--count').trim());
    expect(r.stderr).toMatch(
      new RegExp(`; scanned ${commits} commits, \\d+ blobs \\([\\d.]+ (B|KB)\\) in \\d+\\.\\d\\d s`),
    );
  });

  it('--branch limits the scan to what a ref reaches', async () => {
    const report = json(await scan('--branch', 'feature', '--format', 'json', '--show-secrets'));
    const secrets = report.findings.map((f) => f.secret);
    expect(secrets).toContain(viaBranch);
    expect(secrets).toContain(inOldVersion);
    expect(secrets).not.toContain(inEvilMerge);
    expect(secrets).not.toContain(detached);
    expect(report.scan.commits).toBe(Number(repo.git('rev-list', '--count', 'feature').trim()));
  });

  it('--since and --range scan only what the range adds', async () => {
    const since = json(await scan('--since', sha.copy!, '--format', 'json', '--show-secrets'));
    // What the commits after `copy` added: the edited key file, the huge file (no size limit
    // here) and the detached commit; not the keys from before.
    expect(since.findings.map((f) => f.secret).sort()).toEqual([detached, unchanged, inHuge].sort());
    expect(since.scan.commits).toBe(Number(repo.git('rev-list', '--count', `${sha.copy}..HEAD`).trim()));

    const range = json(await scan('--range', `${sha.mainSide}..${sha.merge}`, '--format', 'json', '--show-secrets'));
    expect(range.findings.map((f) => f.secret)).toEqual([viaBranch]);
    expect(range.findings[0]!.commit?.sha).toBe(sha.branch);
  });

  it('--include and --exclude filter blobs by path', async () => {
    const ex = json(await scan('--exclude', 'config/**', 'deploy', '--format', 'json', '--show-secrets'));
    const secrets = ex.findings.map((f) => f.secret);
    expect(secrets).not.toContain(inOldVersion);
    expect(secrets).not.toContain(inDeletedFile);
    expect(secrets).toContain(viaBranch);
    const inc = json(await scan('--include', 'src/*.js', '--format', 'json', '--show-secrets'));
    expect(inc.findings.map((f) => f.secret).sort()).toEqual([viaBranch, inEvilMerge].sort());
  });

  it('rejects unknown revisions with one line and exit 2', async () => {
    const r = await scan('--branch', 'no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown revision');
    const bad = await scan('--range', '--all');
    expect(bad.code).toBe(2);
  });

  it('scans a bare clone and a shallow clone', async () => {
    const work = tempDir('tokguard-clone-');
    const bare = path.join(work, 'bare.git');
    repo.gitIn(work, 'clone', '-q', '--bare', repo.dir, bare);
    const b = json(await runCli(['scan', '--history', bare, '--format', 'json', '--show-secrets'], { env: repo.env }));
    expect(b.findings.map((f) => f.secret)).toContain(inOldVersion);
    expect(b.findings.map((f) => f.secret)).toContain(inDeletedFile);

    const shallow = path.join(work, 'shallow');
    repo.gitIn(work, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, shallow);
    const s = json(
      await runCli(['scan', '--history', shallow, '--format', 'json', '--show-secrets'], { env: repo.env }),
    );
    expect(s.scan.commits).toBe(1);
    expect(s.scan.notes?.join('\n')).toMatch(/shallow clone/);
    // Only the tip's tree is there: the branch's own key, not the one removed before.
    expect(s.findings.map((f) => f.secret)).toEqual([viaBranch]);
  });
});

describe('tokguard scan --history on unusual repositories', () => {
  it('an empty repository: no findings, zero commits', async () => {
    const repo = new GitRepo();
    const r = await runCli(['scan', '--history', repo.dir], { env: repo.env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no findings; scanned 0 commits, 0 blobs (0 B)');
  });

  it('not a git repository: one clear line, exit 2', async () => {
    const dir = tempDir('tokguard-norepo-');
    const r = await runCli(['scan', '--history', dir], { env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`tokguard: not a git repository: ${dir}`);
  });

  it('paths with spaces and non-UTF-8 bytes', async () => {
    const repo = new GitRepo();
    const secret = keys.github();
    const name = Buffer.concat([Buffer.from('dir with space/caf'), Buffer.from([0xe9]), Buffer.from('.txt')]);
    // fs takes the name as bytes, so the file really is called that on disk and in git.
    mkdirSync(path.join(repo.dir, 'dir with space'));
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), name]), `key ${secret}\n`);
    const commit = repo.commit('Odd name');
    const report = json(await runCli(['scan', '--history', repo.dir, '--format', 'json'], { env: repo.env }));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ file: 'dir with space/caf\\xE9.txt', line: 1, column: 5 });
    expect(report.findings[0]!.commit?.sha).toBe(commit);
  });
});
