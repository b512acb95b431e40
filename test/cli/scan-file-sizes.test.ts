import { describe, expect, it } from 'vitest';
import { jsonFindings, runCli, type CliFinding } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('scan-file-sizes');
const KB = 1024;

/** A file of exactly `size` bytes whose last line holds `token` (filler before it). */
function sized(size: number, token: string): string {
  const tail = `\ntoken = "${token}"\n`;
  return `${'// filler line\n'.repeat(size)}`.slice(0, size - tail.length) + tail;
}

interface Report {
  findings: CliFinding[];
  scan: { files: number; bytes: number; skipped: Record<string, number> };
}

// A file is read without asking its size when it fits the thread's read buffer (64 KB at first,
// then as large as the largest file read so far): these sizes sit on both sides of those edges
// and of --max-file-size, in an order that grows the buffer between files.
describe('tokguard scan reads every size of file whole', () => {
  const tokens = Array.from({ length: 9 }, () => keys.github());
  const sizes = [100, 64 * KB - 1, 64 * KB, 64 * KB + 1, 300, 200 * KB, 150 * KB, 200 * KB, 200 * KB + 1];
  const files = Object.fromEntries(sizes.map((size, i) => [`f${i}.txt`, sized(size, tokens[i]!)]));
  const dir = tempTree({ ...files, 'empty.txt': '' });

  for (const threads of ['0', '2']) {
    it(`finds the key at the end of each, with --threads ${threads}`, async () => {
      const r = await runCli(['scan', dir, '--format', 'json', '--no-gitignore', '--threads', threads]);
      const found = jsonFindings<CliFinding>(r);
      const report = JSON.parse(r.stdout) as Report;
      expect(found.map((f) => f.file).sort()).toEqual(sizes.map((_, i) => `f${i}.txt`).sort());
      expect(report.scan.files).toBe(sizes.length + 1);
      expect(report.scan.bytes).toBe(sizes.reduce((a, b) => a + b, 0));
    });
  }

  it('skips a file one byte over --max-file-size and reads one at the limit', async () => {
    // 200 KB is the limit: f5 and f7 are exactly that, f8 one byte more.
    const r = await runCli(['scan', dir, '--format', 'json', '--no-gitignore', '--max-file-size', '200KB']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scan.skipped['too-large']).toBe(1);
    expect(report.findings.map((f) => f.file)).not.toContain('f8.txt');
    expect(report.findings.map((f) => f.file)).toContain('f7.txt');
  });
});
