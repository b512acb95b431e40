import { chmodSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('scan-worktree');
const gh = keys.github();
const gh2 = keys.github();
const npmTok = keys.npm();
const ignoredTok = keys.github();

describe('tokguard scan (working tree)', () => {
  const dir = tempTree({
    'app/config.js': `module.exports = {\n  token: "${gh}",\n};\n`,
    'app/.env': `NPM_TOKEN=${npmTok}\r\nOTHER=1\r\n`,
    'docs/readme.md': 'nothing here, only ghp_ mentioned in prose\n',
    'logs/debug.log': `leaked ${ignoredTok}\n`,
    'build/out.js': `var t="${ignoredTok}"`,
    '.gitignore': 'logs/\n',
    'sub/.gitignore': '*.secret\n',
    'sub/keep.txt': `ok ${gh2}\n`,
    'sub/hide.secret': `hidden ${ignoredTok}\n`,
    '.tokguardignore': 'build/\n',
    // UTF-16: no run of 8 text bytes, so nothing in it is scanned (binary files are read by their text runs).
    'bin/blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(ignoredTok, 'utf16le')]),
    'big/huge.txt': `${'x'.repeat(2048)}\n${ignoredTok}\n`,
  });
  symlinkSync(path.join(dir, 'app/config.js'), path.join(dir, 'link.js'));

  it('reports findings in text, redacted, with exit code 1', async () => {
    const r = await runCli(['scan', dir, '--max-file-size', '1KB']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app/config.js:2:11');
    expect(r.stdout).toContain('[github-pat-classic]');
    expect(r.stdout).toContain('app/.env:1:11');
    expect(r.stdout).toContain('sub/keep.txt:1:4');
    expect(r.stdout).not.toContain(gh);
    expect(r.stdout + r.stderr).not.toContain(npmTok);
    expect(r.stdout + r.stderr).not.toContain(ignoredTok);
    expect(r.stderr).toMatch(/3 findings .*; scanned \d+ files/);
    expect(r.stderr).toContain('1 binary file');
    expect(r.stderr).toContain('1 file over 1.0 KB');
    expect(r.stderr).toContain('1 symbolic link');
  });

  it('prints secrets only with --show-secrets', async () => {
    const r = await runCli(['scan', dir, '--show-secrets']);
    expect(r.stdout).toContain(gh);
  });

  it('writes the documented JSON schema', async () => {
    const r = await runCli(['scan', dir, '--format', 'json', '--max-file-size', '1KB']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('tokguard');
    expect(report.scan).toMatchObject({ mode: 'worktree', skipped: { binary: 1, 'too-large': 1, symlink: 1 } });
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['app/.env', 'app/config.js', 'sub/keep.txt']);
    const f = report.findings[1];
    expect(f).toMatchObject({
      ruleId: 'github-pat-classic',
      severity: expect.any(String),
      line: 2,
      column: 11,
      source: 'worktree',
    });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(f.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(f).not.toHaveProperty('secret');
    expect(r.stdout).not.toContain(gh);
  });

  it('keeps the fingerprint when the line moves', async () => {
    const moved = tempTree({ 'app/config.js': `\n\n\n// moved\nconst token = "${gh}";\n` });
    const a = JSON.parse((await runCli(['scan', dir, '--format', 'json'])).stdout);
    const b = JSON.parse((await runCli(['scan', moved, '--format', 'json'])).stdout);
    const fa = a.findings.find((f: { file: string }) => f.file === 'app/config.js');
    expect(b.findings[0].line).toBe(5);
    expect(b.findings[0].fingerprint).toBe(fa.fingerprint);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const out = path.join(tempTree(), 'report.json');
    const r = await runCli(['scan', dir, '--format', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const { readFileSync, statSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('honours --include, --exclude and --no-gitignore', async () => {
    const inc = JSON.parse((await runCli(['scan', dir, '--format', 'json', '--include', 'app/**'])).stdout);
    expect(new Set(inc.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['app/.env', 'app/config.js']));
    const exc = JSON.parse(
      (await runCli(['scan', dir, '--format', 'json', '--exclude', 'app', '--max-file-size', '1KB'])).stdout,
    );
    expect(exc.findings.map((f: { file: string }) => f.file)).toEqual(['sub/keep.txt']);
    const all = JSON.parse((await runCli(['scan', dir, '--format', 'json', '--no-gitignore'])).stdout);
    const files = all.findings.map((f: { file: string }) => f.file);
    expect(files).toContain('logs/debug.log');
    expect(files).toContain('sub/hide.secret');
    expect(files).not.toContain('build/out.js'); // .tokguardignore still applies
  });

  it('writes to a device in place instead of replacing it', async () => {
    const r = await runCli(['scan', dir, '--format', 'json', '-o', '/dev/null']);
    expect(r.code).toBe(1);
    const { statSync } = await import('node:fs');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('exits quietly when the reader closes the pipe early', async () => {
    const { spawnSync } = await import('node:child_process');
    const many = tempTree(
      Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}.env`, `T=${keys.github()}\n`])),
    );
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" scan "${many}" | head -n 1`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('uses --exit-code for findings', async () => {
    expect((await runCli(['scan', dir, '--exit-code', '7'])).code).toBe(7);
  });

  it('exits 0 with no findings', async () => {
    const clean = tempTree({ 'a.txt': 'hello\n' });
    const r = await runCli(['scan', clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no findings; scanned 1 file');
  });

  it('scans a single file and standard input', async () => {
    const one = await runCli(['scan', path.join(dir, 'app/config.js'), '--format', 'json']);
    expect(JSON.parse(one.stdout).findings).toHaveLength(1);
    const stdin = await runCli(['scan', '-', '--format', 'json'], { input: `x=${gh}\n` });
    expect(stdin.code).toBe(1);
    expect(JSON.parse(stdin.stdout).findings[0]).toMatchObject({ file: '(stdin)', source: 'stdin', line: 1 });
  });

  it('gives one clear line and exit 2 for a missing path', async () => {
    const r = await runCli(['scan', '/no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('tokguard: /no/such/dir: no such file or directory');
  });

  it('gives exit 2 without a stack trace for bad flags and values', async () => {
    for (const args of [
      ['scan', '--bogus'],
      ['scan', '--format', 'xml'],
      ['scan', '--max-file-size', 'lots'],
      ['scan', '--threads', '-1'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(2);
    }
  });

  it('gives the same findings with and without worker threads', async () => {
    const a = JSON.parse((await runCli(['scan', dir, '--format', 'json', '--threads', '0'])).stdout);
    const b = JSON.parse((await runCli(['scan', dir, '--format', 'json', '--threads', '2'])).stdout);
    expect(b.findings).toEqual(a.findings);
  });
});

describe('tokguard rules', () => {
  it('lists rules as text and JSON', async () => {
    const text = await runCli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('github-pat-classic');
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout);
    const gh = json.find((r: { id: string }) => r.id === 'github-pat-classic');
    expect(gh).toMatchObject({ severity: expect.any(String), keywords: ['ghp_'] });
    // Every built-in rule names the documentation its format was written from.
    for (const r of json as { id: string; references: string[] }[]) {
      expect(r.references.length, r.id).toBeGreaterThan(0);
      for (const u of r.references) expect(u, r.id).toMatch(/^https:\/\/\S+$/);
    }
  });
});

describe('tokguard scan fixtures/demo (the README example)', () => {
  it('reports the planted fake keys and nothing else', async () => {
    const r = await runCli(['scan', 'fixtures/demo', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string; decodedFrom?: string }) => [
      f.file,
      f.ruleId,
      f.decodedFrom ?? '',
    ]);
    expect(found).toEqual([
      ['fixtures/demo/.env', 'github-pat-classic', ''],
      ['fixtures/demo/.env', 'stripe-test-secret-key', ''],
      ['fixtures/demo/app/settings.py', 'generic-secret-quoted', ''],
      ['fixtures/demo/config/aws.js', 'aws-access-key-id', ''],
      ['fixtures/demo/config/aws.js', 'aws-secret-access-key', ''],
      ['fixtures/demo/k8s/secret.yaml', 'slack-bot-token', 'base64'],
    ]);
  });

  it('does not fail on a test key alone, and --fail-on sets the bar', async () => {
    const stripeOnly = tempTree({ '.env': `STRIPE_SECRET_KEY=${keys.stripeTest()}\n` });
    const r = await runCli(['scan', stripeOnly, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[stripe-test-secret-key]');
    expect((await runCli(['scan', stripeOnly, '-q', '--fail-on', 'info'])).code).toBe(1);
    expect((await runCli(['scan', 'fixtures/demo', '-q', '--fail-on', 'critical'])).code).toBe(1);
  });
});

describe('a file that cannot be read', () => {
  // Root reads any file whatever its mode, so as root the CLI runs as "nobody" (setpriv).
  const root = process.getuid?.() === 0;
  const canDrop = !root || existsSync('/usr/bin/setpriv');

  it.skipIf(!canDrop || process.platform === 'win32')(
    'is one line naming it, the rest is still scanned, and the exit code is 2',
    async () => {
      const dir = tempTree({ 'ok.env': `GH=${keys.github()}\n`, 'locked.env': 'x=1\n' });
      chmodSync(dir, 0o755);
      chmodSync(path.join(dir, 'ok.env'), 0o644);
      chmodSync(path.join(dir, 'locked.env'), 0o000);
      const wrap = root ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
      const r = await runCli(['scan', dir, '--format', 'json'], { wrap, env: { HOME: dir } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('tokguard: cannot read locked.env: permission denied');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      const report = JSON.parse(r.stdout);
      expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['ok.env']);
      expect(report.scan.unreadable).toEqual(['locked.env: permission denied']);
      expect(report.scan.skipped.unreadable).toBe(1);
    },
  );
});
