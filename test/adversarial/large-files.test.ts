/**
 * Issue 10, item 14: a file was read whole before the binary check, so a 1.9 GB sparse file took
 * 1.95 GB of memory, and a file over 2 GiB failed with ERR_OUT_OF_RANGE. The check now reads the
 * first block, and files over 64 MB are read in overlapping windows.
 */
import { spawn } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-large-files');

/** Runs the CLI in a Node process that reports its peak RSS (bytes) on stderr as it exits. */
function runMeasured(args: string[]): Promise<CliResult & { peak: number }> {
  const script = `process.on('exit', () => process.stderr.write('peak-rss=' + process.resourceUsage().maxRSS * 1024 + '\\n'));
process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...process.argv.slice(2)];
await import(${JSON.stringify(`file://${BIN}`)});`;
  // A file, not `--input-type=module -e`: worker threads inherit the flags and would fail on it.
  const wrapper = path.join(tempTree(), 'measured.mjs');
  writeFileSync(wrapper, script);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wrapper, ...args], {
      env: { ...process.env, NO_COLOR: '1', CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = Number(/peak-rss=(\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ code, stdout, stderr: stderr.replace(/peak-rss=\d+\n/, ''), peak });
    });
  });
}

/** A sparse file of `size` bytes (all zeros: binary), made as `truncate -s` does. */
function sparse(dir: string, name: string, size: number): string {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

describe('large files', () => {
  it('a sparse file over 2 GiB is sniffed as binary, without failing or reading it', async () => {
    const dir = tempTree();
    const file = sparse(dir, 'disk.img', 2.5 * 1024 ** 3);
    const r = await runMeasured(['scan', file, '--max-file-size', '4GB', '--format', 'json']);
    expect(r.stderr).not.toMatch(/ERR_OUT_OF_RANGE|unreadable|internal error/);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { scan: { skipped: { binary: number } } }).scan.skipped.binary).toBe(1);
  }, 120_000);

  it('memory does not grow with the size of a binary file (1 GB vs 16 MB sparse)', async () => {
    const dir = tempTree();
    const small = await runMeasured(['scan', sparse(dir, 'small.img', 16 * 1024 ** 2), '--max-file-size', '2GB']);
    const large = await runMeasured(['scan', sparse(dir, 'large.img', 1024 ** 3), '--max-file-size', '2GB']);
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    // Read whole, the 1 GB file took 1 GB more than the small one.
    expect(large.peak / small.peak).toBeLessThan(1.5);
  }, 120_000);

  it('finds a secret across the boundary of the first 64 MB window, and one in the overlap once', async () => {
    const dir = tempTree();
    const file = path.join(dir, 'big.log');
    const line = `${'log line with nothing secret in it '.repeat(3)}\n`;
    const fd = openSync(file, 'w');
    let written = 0;
    let lines = 0;
    /** Filler lines up to `until` bytes. */
    const fillTo = (until: number): void => {
      const block = line.repeat(1000);
      while (written + block.length < until) {
        writeSync(fd, block);
        written += block.length;
        lines += 1000;
      }
      while (written + line.length < until) {
        writeSync(fd, line);
        written += line.length;
        lines++;
      }
    };
    const put = (text: string): number => {
      writeSync(fd, text);
      written += Buffer.byteLength(text);
      return ++lines;
    };
    const boundary = 64 * 1024 * 1024;
    const inOverlap = keys.github();
    const across = keys.github();
    fillTo(boundary - 512 * 1024); // the second window starts about 1 MB before the boundary
    const overlapLine = put(`K=${inOverlap}\n`);
    fillTo(boundary - 20);
    const pad = ' '.repeat(boundary - 20 - written);
    const acrossLine = put(`${pad}GH=${across}\n`);
    fillTo(boundary + 4 * 1024 * 1024);
    closeSync(fd);
    const r = await runMeasured(['scan', file, '--max-file-size', '200MB', '--format', 'json']);
    expect(r.stderr).not.toMatch(/^tokguard: /m);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { line: number; column: number }[] }).findings;
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [overlapLine, 3],
      [acrossLine, pad.length + 4],
    ]);
  }, 300_000);
});
