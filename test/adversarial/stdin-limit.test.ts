/**
 * Issue 10, item 13: `scan -` read standard input to its end whatever its size, so
 * `scan - < /dev/zero` grew without bound. Standard input now has the limit files have.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';

const keys = new FakeKeys('adversarial-stdin');

/** Runs the CLI with a file (here a device) as its standard input. */
function runWithStdinFrom(file: string, args: string[]): Promise<CliResult> {
  const fd = openSync(file, 'r');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', CI: '' },
      stdio: [fd, 'pipe', 'pipe'],
    });
    closeSync(fd);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('standard input and --max-file-size', () => {
  it('stops reading an endless input at the limit and says it was too large', async () => {
    const r = await runWithStdinFrom('/dev/zero', ['scan', '-', '--max-file-size', '2MB', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: unknown[]; scan: { skipped: Record<string, number> } };
    expect(report.findings).toEqual([]);
    expect(report.scan.skipped['too-large']).toBe(1);
  }, 60_000);

  it('says so in the text summary, as for a file over the limit', async () => {
    const r = await runWithStdinFrom('/dev/zero', ['scan', '-']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Skipped 1 file over 10(\.0)? MB/);
  }, 60_000);

  it('still scans an input under the limit', async () => {
    const gh = keys.github();
    const r = await runCli(['scan', '-', '--max-file-size', '1KB'], { input: `GH=${gh}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[github-pat-classic]');
    const over = await runCli(['scan', '-', '--max-file-size', '1KB'], { input: `${'x'.repeat(2000)}\nGH=${gh}\n` });
    expect(over.code).toBe(0);
    expect(over.stderr).toMatch(/Skipped 1 file over 1(\.0)? KB/);
  });
});
