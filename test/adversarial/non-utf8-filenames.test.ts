/**
 * Issue 10, item 16: a file whose name is not valid UTF-8 (made on a Latin-1 system, or by
 * accident) is scanned like any other, and reported with the bad bytes escaped as `\xNN`, the
 * way a history scan names the same file. It used to end the scan with exit 2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-non-utf8');

/** `<dir>/<name bytes>`, for fs calls that take a path as bytes. */
function bytesPath(dir: string, ...names: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from(dir), ...names.flatMap((n) => [Buffer.from('/'), n])]);
}

const LATIN1_FILE = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x65, 0x6e, 0x76]); // "café.env" in Latin-1
const LATIN1_DIR = Buffer.from([0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9]); // "résumé"

interface JsonReport {
  findings: { file: string; secret: string }[];
  scan: { unreadable: string[] };
}

describe.skipIf(process.platform !== 'linux')('file names that are not UTF-8', () => {
  it('are scanned, and reported escaped, in files and folders', async () => {
    const inFile = keys.github();
    const inDir = keys.github();
    const dir = tempTree({ 'ok.txt': 'nothing here\n' });
    writeFileSync(bytesPath(dir, LATIN1_FILE), `GH=${inFile}\n`);
    mkdirSync(bytesPath(dir, LATIN1_DIR));
    writeFileSync(bytesPath(dir, LATIN1_DIR, Buffer.from('key.env')), `GH=${inDir}\n`);

    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.scan.unreadable).toEqual([]);
    expect(report.findings.map((f) => [f.file, f.secret]).sort()).toEqual(
      [
        ['caf\\xE9.env', inFile],
        ['r\\xE9sum\\xE9/key.env', inDir],
      ].sort(),
    );
    const text = await runCli(['scan', dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('caf\\xE9.env');
    expect(text.stderr).not.toContain('cannot read');
  });

  it('get the same name in a working-tree scan as in a history scan', async () => {
    const repo = new GitRepo();
    repo.commit('readme', { 'README.md': '# hi\n' });
    writeFileSync(bytesPath(repo.dir, LATIN1_FILE), `GH=${keys.github()}\n`);
    repo.commit('add it');
    const tree = await runCli(['scan', repo.dir, '--format', 'json'], { env: repo.env });
    const history = await runCli(['scan', '--history', repo.dir, '--format', 'json'], { env: repo.env });
    expect(tree.code, tree.stderr).toBe(1);
    expect(history.code, history.stderr).toBe(1);
    const files = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.file);
    expect(files(tree)).toEqual(['caf\\xE9.env']);
    expect(files(tree)).toEqual(files(history));
  });
});
