/**
 * Issue 10, item 5: a write that cannot complete leaves the previous file as it was, and says
 * so in one line with exit 2. A full disk is a real small tmpfs (mounting needs root, as CI
 * has; where even root may not mount, in an unprivileged container, those cases skip and say
 * why). The file-size limit (RLIMIT_FSIZE, `ulimit -f`: EFBIG part-way through the write) needs
 * no privilege and always runs. Standard output on a full device is /dev/full.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/cleanup.js';
import { BIN, runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-full-disk');

/** Mounts a 64 KiB tmpfs; undefined (and why) where this process may not mount. */
function smallFilesystem(): { dir: string } | { why: string } {
  const dir = path.join(tempDir('tokguard-fulldisk-'), 'mnt');
  mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { why: `cannot mount a tmpfs here (${(r.stderr || r.error?.message || '').trim()})` };
  onTestFinished(() => {
    spawnSync('umount', ['-l', dir]);
  });
  return { dir };
}

const canMount =
  process.getuid?.() === 0 &&
  existsSync('/proc/filesystems') &&
  readFileSync('/proc/filesystems', 'utf8').includes('tmpfs');
/** Without root there is no small filesystem to fill: say so in the test's name rather than pass. */
const onTmpfs = canMount ? it : it.skip;
const SKIP_NOTE = canMount ? '' : ' [skipped: needs root to mount a 64 KiB tmpfs]';

/** Fills what is left of the filesystem at `dir` (the write stops at ENOSPC). */
function fill(dir: string): void {
  try {
    writeFileSync(path.join(dir, 'filler'), Buffer.alloc(1 << 20));
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
  }
}

/** A tree whose reports and baseline are larger than any space left. */
function manySecrets(): string {
  const lines = Array.from({ length: 300 }, (_, i) => `TOKEN_${i}=${keys.github()}`);
  return tempTree({ 'many.env': `${lines.join('\n')}\n` });
}

function onlyLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('full disk', () => {
  onTmpfs(`-o on a full filesystem exits 2 in one line and keeps the previous report${SKIP_NOTE}`, async (ctx) => {
    const fs = smallFilesystem();
    if ('why' in fs) return ctx.skip(fs.why);
    const report = path.join(fs.dir, 'report.json');
    const one = tempTree({ 'a.env': `T=${keys.github()}\n` });
    expect((await runCli(['scan', one, '-f', 'json', '-o', report])).code).toBe(1);
    const previous = readFileSync(report, 'utf8');
    expect(JSON.parse(previous)).toMatchObject({ findings: [{ file: 'a.env' }] });
    fill(fs.dir);

    const r = await runCli(['scan', manySecrets(), '-f', 'json', '-o', report]);
    expect(r.code).toBe(2);
    expect(onlyLine(r.stderr)).toBe(
      `tokguard: ${report}: cannot write report: no space left on device (ENOSPC); the previous file is unchanged`,
    );
    expect(readFileSync(report, 'utf8')).toBe(previous);
    expect(readdirSync(fs.dir).sort()).toEqual(['filler', 'report.json']);
  });

  onTmpfs(`baseline -o on a full filesystem keeps the previous baseline${SKIP_NOTE}`, async (ctx) => {
    const fs = smallFilesystem();
    if ('why' in fs) return ctx.skip(fs.why);
    const file = path.join(fs.dir, 'baseline.json');
    const empty = '{\n  "version": 1,\n  "tool": "tokguard",\n  "entries": []\n}\n';
    writeFileSync(file, empty);
    fill(fs.dir);
    const r = await runCli(['baseline', manySecrets(), '-o', file]);
    expect(r.code).toBe(2);
    expect(onlyLine(r.stderr)).toMatch(
      /: cannot write baseline: no space left on device \(ENOSPC\); the previous file is unchanged$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(empty);
    expect(readdirSync(fs.dir).sort()).toEqual(['baseline.json', 'filler']);
  });

  it('-o and baseline -o past the file-size limit (EFBIG mid-write) keep the previous file', async () => {
    const dir = tempDir('tokguard-fsize-');
    const report = path.join(dir, 'report.json');
    const one = tempTree({ 'a.env': `T=${keys.github()}\n` });
    expect((await runCli(['scan', one, '-f', 'json', '-o', report])).code).toBe(1);
    const previous = readFileSync(report, 'utf8');
    const baseline = path.join(dir, 'baseline.json');
    const empty = '{\n  "version": 1,\n  "tool": "tokguard",\n  "entries": []\n}\n';
    writeFileSync(baseline, empty);
    // 16 blocks of 512 bytes: the old files fit, the new ones (300 findings) do not. The kernel
    // fails the write that crosses the limit with EFBIG (node ignores SIGXFSZ).
    const wrap = ['sh', '-c', 'ulimit -f 16 && exec "$0" "$@"'];
    const many = manySecrets();

    const r = await runCli(['scan', many, '-f', 'json', '-o', report], { wrap });
    expect(r.code).toBe(2);
    expect(onlyLine(r.stderr)).toBe(
      `tokguard: ${report}: cannot write report: file too large (EFBIG); the previous file is unchanged`,
    );
    expect(readFileSync(report, 'utf8')).toBe(previous);

    const b = await runCli(['baseline', many, '-o', baseline], { wrap });
    expect(b.code).toBe(2);
    expect(onlyLine(b.stderr)).toMatch(
      /: cannot write baseline: file too large \(EFBIG\); the previous file is unchanged$/,
    );
    expect(readFileSync(baseline, 'utf8')).toBe(empty);
    expect(readdirSync(dir).sort()).toEqual(['baseline.json', 'report.json']);
  });

  it('standard output on a full device (/dev/full) exits 2 with one line, no stack trace', async () => {
    const dir = manySecrets();
    for (const format of ['text', 'json']) {
      const out = openSync('/dev/full', 'w');
      const child = spawn(process.execPath, [BIN, 'scan', dir, '-f', format], {
        stdio: ['ignore', out, 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      closeSync(out);
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain('tokguard: cannot write to standard output: no space left on device (ENOSPC)\n');
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('-o /dev/full exits 2 with one line naming it', async () => {
    const r = await runCli(['scan', manySecrets(), '-o', '/dev/full', '-q']);
    expect(r.code).toBe(2);
    expect(onlyLine(r.stderr)).toBe('tokguard: /dev/full: cannot write report: no space left on device (ENOSPC)');
  });
});
