/**
 * Zip archives in history and staged scans: a jar committed (or staged) holding a `.env` and a
 * private key is opened like one in the working tree, its findings at `lib/app.jar!/config/.env`
 * with the commit that brought the jar in and the archive named on the finding; the entries it
 * cannot read are counted. With `--state`, a later run reads nothing again and still reports
 * them, secrets recovered from the jar's blob.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { comparable, jsonScan, type Report, type ReportFinding } from '../helpers/reports.js';
import { makeZip } from '../helpers/zip.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const keys = new FakeKeys('scan-archives-git');

interface Finding extends ReportFinding {
  archive?: { path: string; entry: string };
  blob?: string;
  commit?: { sha: string; subject: string };
  secret?: string;
}
interface Scan extends Report {
  findings: Finding[];
  scan: Report['scan'] & { skipped: Record<string, number> };
}

/** A jar as a build makes one: a config with a token, a private key, and an entry it cannot read. */
function appJar(token: string, pem: string): Buffer {
  return makeZip([
    { name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n' },
    { name: 'config/.env', data: `# build settings\nGITHUB_TOKEN=${token}\n` },
    { name: 'keys/id_rsa', data: pem },
    { name: 'keys/signing.p8', data: 'sealed', encrypted: true },
  ]);
}

const places = (findings: Finding[]): [string, number, string | undefined][] =>
  findings.map((f): [string, number, string | undefined] => [f.file, f.line, f.archive?.entry]).sort();

describe('history: a jar committed, moved, then deleted', () => {
  const token = keys.github();
  const pem = keys.ecPrivateKeyPem();
  let repo: GitRepo;
  let jarBlob: string;
  let report: Scan;

  beforeAll(async () => {
    repo = new GitRepo();
    repo.commit('Initial', { 'README.md': '# app\n' });
    const jar = appJar(token, pem);
    repo.commit('Build the app', { 'lib/app.jar': jar });
    jarBlob = repo.git('rev-parse', 'HEAD:lib/app.jar').trim();
    repo.commit('Move the jar', { 'dist/app.jar': jar }, { remove: ['lib/app.jar'] });
    repo.commit('Drop the jar', {}, { remove: ['dist/app.jar'] });
    const r = await runCli(['scan', '--history', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    report = JSON.parse(r.stdout) as Scan;
  }, 60_000);

  it('finds the keys in its entries, at the path and commit that brought the jar in', () => {
    expect(places(report.findings)).toEqual([
      ['lib/app.jar!/config/.env', 2, 'config/.env'],
      ['lib/app.jar!/keys/id_rsa', 1, 'keys/id_rsa'],
    ]);
    for (const f of report.findings) {
      expect(f.archive?.path).toBe('lib/app.jar');
      expect(f.blob).toBe(jarBlob);
      expect(f.commit?.subject).toBe('Build the app');
      expect(f.otherOccurrences).toBe(1); // the jar's other path, dist/app.jar
    }
    expect(report.scan.skipped['archive-entry']).toBe(1); // the encrypted entry
  });

  it('the text report names the entry and counts what it could not read', async () => {
    const r = await runCli(['scan', '--history'], { cwd: repo.dir, env: repo.env });
    expect(r.stdout).toContain('lib/app.jar!/config/.env:2');
    expect(r.stderr).toContain('1 archive entry');
  });

  it('--state: the next run reads no blob, reports the same findings and recovers their secrets', async () => {
    const out = tempDir('tokguard-archive-state-');
    const state = path.join(out, 'history.state');
    const opts = { cwd: repo.dir, env: repo.env };
    const first = (await jsonScan(out, 'first', ['scan', '--history', '--state', state], opts)) as Scan;
    expect(comparable(first)).toEqual(comparable(report));
    const second = await runCli(['scan', '--history', '--state', state, '--show-secrets', '-f', 'json'], opts);
    const again = JSON.parse(second.stdout) as Scan;
    expect(again.scan.files).toBe(0);
    expect(comparable(again)).toEqual(comparable(report));
    expect(again.findings.map((f) => f.secret).sort()).toEqual([pem.trim(), token].sort());

    // A new build of the jar, moved again: only its blob is read, and the report is a fresh scan's.
    const next = keys.github();
    repo.commit('Rebuild the app', { 'release/app.jar': appJar(next, pem) });
    const third = (await jsonScan(out, 'third', ['scan', '--history', '--state', state], opts)) as Scan;
    expect(third.scan.files).toBeGreaterThan(0);
    const fresh = (await jsonScan(out, 'fresh', ['scan', '--history'], opts)) as Scan;
    expect(comparable(third)).toEqual(comparable(fresh));
    expect(third.findings.find((f) => f.file === 'release/app.jar!/config/.env')?.commit?.subject).toBe(
      'Rebuild the app',
    );
  }, 120_000);
});

describe('staged: a jar about to be committed', () => {
  it('finds the keys in its entries, with the staged blob, and counts the entry it cannot read', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'README.md': '# app\n' });
    const token = keys.github();
    repo.write({ 'lib/app.jar': appJar(token, keys.ecPrivateKeyPem()) });
    repo.git('add', '-A');
    const r = await runCli(['scan', '--staged', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as Scan;
    expect(places(report.findings)).toEqual([
      ['lib/app.jar!/config/.env', 2, 'config/.env'],
      ['lib/app.jar!/keys/id_rsa', 1, 'keys/id_rsa'],
    ]);
    const staged = repo.git('rev-parse', ':lib/app.jar').trim();
    expect(report.findings.every((f) => f.blob === staged && f.archive?.path === 'lib/app.jar')).toBe(true);
    expect(report.scan.skipped['archive-entry']).toBe(1);
    // The pre-commit hook blocks it, naming the entry.
    const hook = await runCli(['scan', '--staged'], { cwd: repo.dir, env: repo.env });
    expect(hook.code).toBe(1);
    expect(hook.stdout).toContain('lib/app.jar!/config/.env');
  }, 60_000);

  it('a rebuilt jar: only the entries it adds or changes count, not the ones it keeps as they were', async () => {
    const repo = new GitRepo();
    const kept = keys.github();
    const added = keys.github();
    repo.commit('Build the app', { 'lib/app.jar': makeZip([{ name: 'config/.env', data: `GITHUB_TOKEN=${kept}\n` }]) });
    repo.write({
      'lib/app.jar': makeZip([
        { name: 'config/.env', data: `GITHUB_TOKEN=${kept}\n` },
        { name: 'build.txt', data: 'build 2\n' },
        { name: 'config/prod.env', data: `GITHUB_TOKEN=${added}\n` },
      ]),
    });
    repo.git('add', '-A');
    const r = await runCli(['scan', '--staged', '-f', 'json', '--show-secrets'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as Scan;
    expect(report.findings.map((f) => [f.file, f.secret])).toEqual([['lib/app.jar!/config/prod.env', added]]);
  }, 60_000);

  it('a gzip file: its content is read, and its history too', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'README.md': '# app\n' });
    const pem = keys.ecPrivateKeyPem();
    repo.write({ 'backup/tls.key.gz': gzipSync(pem) });
    repo.git('add', '-A');
    const r = await runCli(['scan', '--staged', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    expect(places((JSON.parse(r.stdout) as Scan).findings)).toEqual([['backup/tls.key.gz!/tls.key', 1, 'tls.key']]);
    repo.git('commit', '-q', '-m', 'Back up the key');
    const h = await runCli(['scan', '--history', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    const history = JSON.parse(h.stdout) as Scan;
    expect(places(history.findings)).toEqual([['backup/tls.key.gz!/tls.key', 1, 'tls.key']]);
    expect(history.findings[0]!.commit?.subject).toBe('Back up the key');
  }, 60_000);

  it('an uncompressed tar: its entries are read, staged and in history, and the tar itself is not read again', async () => {
    const repo = new GitRepo();
    repo.commit('Initial', { 'README.md': '# app\n' });
    const src = tempDir('tokguard-tar-src-');
    mkdirSync(path.join(src, 'etc/ssl'), { recursive: true });
    writeFileSync(path.join(src, 'etc/ssl/tls.key'), keys.ecPrivateKeyPem());
    writeFileSync(path.join(src, 'etc/motd'), 'welcome\n');
    repo.write({ 'backup/etc.tar': execFileSync('tar', ['-C', src, '-cf', '-', 'etc']) });
    repo.git('add', '-A');
    const r = await runCli(['scan', '--staged', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    const expected = [['backup/etc.tar!/etc/ssl/tls.key', 1, 'etc/ssl/tls.key']];
    expect(places((JSON.parse(r.stdout) as Scan).findings)).toEqual(expected);
    repo.git('commit', '-q', '-m', 'Back up /etc');
    const h = await runCli(['scan', '--history', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    const history = JSON.parse(h.stdout) as Scan;
    expect(places(history.findings)).toEqual(expected);
    expect(history.findings[0]!.commit?.subject).toBe('Back up /etc');
    expect(history.findings[0]!.archive?.path).toBe('backup/etc.tar');
  }, 60_000);
});
