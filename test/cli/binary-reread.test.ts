/**
 * A secret in a binary file is found in the file's printable runs (binaryText): the bytes that
 * are not text become carriage returns, one column each. Reading the file again (`verify`, a
 * `--state` rerun recovering its secrets) must read those runs too: on the raw bytes a UTF-8
 * character in a short run counts one column instead of its two blanked bytes, and stray
 * continuation bytes count none, so the finding's position no longer points at its secret.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { comparable, jsonScan, readReport, type Report, type ReportFinding } from '../helpers/reports.js';
import { startFakes, type ProviderFake } from '../servers/provider-fake.js';
import { github } from '../servers/providers/github.js';
import { recoverSecret, SourceReader } from '../../src/verify/locate.js';

const keys = new FakeKeys('binary-reread');

/**
 * A compiled program with its configuration baked in: an ELF header, a short run holding a
 * UTF-8 character and stray continuation bytes, then the token as a C string on the same line.
 */
function program(token: string): Buffer {
  return Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x80, 0xbf, 0x81]),
    Buffer.from('\u0002café\u0000\u0003', 'utf8'),
    Buffer.from(`GITHUB_TOKEN=${token}\u0000\u0004api.github.com\u0000\n`, 'latin1'),
    Buffer.from([0x48, 0x89, 0xe5, 0x00, 0xff, 0xfe, 0x9c, 0x0a, 0xc3]),
    Buffer.from('\u0000user-agent: deploy/1.0\u0000', 'latin1'),
  ]);
}

let gh: ProviderFake;
let endpoints: string;
beforeAll(async () => {
  const started = await startFakes([github]);
  gh = started.fakes[0]!;
  endpoints = started.env;
});
afterAll(() => gh.stop());

describe('a secret in a binary file, read again', () => {
  const token = keys.github();
  let repo: GitRepo;
  let out: string;
  let opts: { cwd: string; env: Record<string, string> };

  beforeAll(() => {
    repo = new GitRepo();
    // In the tree and in history: a build output committed, then moved.
    repo.commit('build', { 'bin/deploy': program(token), 'README.md': '# deploy\n' });
    repo.commit('move the build', { 'dist/deploy': program(token) }, { remove: ['bin/deploy'] });
    out = tempDir('tokguard-binary-');
    mkdirSync(out, { recursive: true });
    opts = { cwd: repo.dir, env: repo.env };
  });

  const finding = (r: Report): ReportFinding => {
    const found = r.findings.filter((f) => f.ruleId === 'github-pat-classic');
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('a --state rerun recovers the secret where the first history scan found it', async () => {
    const state = path.join(out, 'history.state');
    const first = await jsonScan(out, 'first', ['scan', '--history', '--state', state], opts);
    expect(finding(first)).toMatchObject({ file: 'bin/deploy', line: 1 });
    const again = await runCli(['scan', '--history', '--state', state, '--show-secrets', '-f', 'json'], opts);
    expect(again.code, again.stderr).toBe(1);
    const rerun = JSON.parse(again.stdout) as Report;
    expect(comparable(rerun)).toEqual(comparable(first));
    expect((rerun.findings as (ReportFinding & { secret: string })[]).map((f) => f.secret)).toEqual([token]);
  });

  for (const mode of ['tree', 'history'] as const) {
    it(`verify reads the ${mode} finding at its line and column`, async () => {
      const report = path.join(out, `${mode}.json`);
      const scan = await runCli(
        ['scan', ...(mode === 'history' ? ['--history'] : []), '-f', 'json', '-o', report],
        opts,
      );
      expect(scan.code, scan.stderr).toBe(1);
      const f = finding(readReport(report)) as ReportFinding & {
        endLine: number;
        endColumn: number;
        blob?: string;
        source: string;
      };
      expect(f.file).toBe(mode === 'tree' ? 'dist/deploy' : 'bin/deploy');

      // The text the finding's position is read from, with no rule to search it again by.
      const reader = new SourceReader({ base: repo.dir, repo: repo.dir });
      const text = await reader.text(f);
      expect(recoverSecret(f, text!, undefined)).toBe(token);

      gh.accept(token, { login: `octo-${mode}` });
      const r = await runCli(['verify', report], { ...opts, env: { ...opts.env, TOKGUARD_ENDPOINTS: endpoints } });
      expect(r.code, r.stderr).toBe(1);
      const verified = finding(JSON.parse(r.stdout) as Report) as ReportFinding & { verification?: unknown };
      expect(verified).toMatchObject({ line: f.line, column: f.column, verification: { status: 'live' } });
    });
  }
});
