import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';

const keys = new FakeKeys('scan-own-reports');

interface Report {
  scan: { skipped: Record<string, number> };
  findings: { ruleId: string; file: string; line: number }[];
}

const where = (r: Report) => r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();

// A user who keeps tokguard's reports in the repository scans them with it the next time: they
// name each finding's rule (trello, …) next to its hashes, which context rules would read as keys.
describe('tokguard scan . where its own reports lie', () => {
  it('scans the reports and baseline it wrote without their own hashes, and finds a secret in one', async () => {
    const dir = tempDir('tokguard-own-reports');
    const trello = keys.chars(64, '0123456789abcdef');
    writeFileSync(
      path.join(dir, 'app.env'),
      `GITHUB_TOKEN=${keys.github()}\nTRELLO_TOKEN=${trello}\nSLACK_BOT_TOKEN=${keys.slackBot()}\n`,
    );
    const run = async (...args: string[]) => {
      const r = await runCli(args, { cwd: dir });
      expect(r.stderr).not.toContain('internal error');
      return r;
    };
    await run('scan', '.', '-f', 'json', '-o', 'tokguard-report.json');
    await run('scan', '.', '-f', 'sarif', '-o', 'tokguard.sarif');
    await run('scan', '.', '-f', 'junit', '-o', 'tokguard-junit.xml');
    await run('baseline', '.', '-o', '.tokguard-baseline.json');
    const first = (await run('scan', 'app.env', '-f', 'json')).stdout;
    const expected = where(JSON.parse(first) as Report);
    expect(expected.some((f) => f.endsWith('trello-api-token'))).toBe(true);

    const again = JSON.parse((await run('scan', '.', '-f', 'json')).stdout) as Report;
    expect(where(again)).toEqual(expected);
    expect(again.scan.skipped['tokguard-output']).toBe(4);
    expect((await run('scan', '.')).stderr).toContain('Skipped the hashes in 4 tokguard reports.');

    // With --show-secrets a report holds the secrets themselves: a leak like any other file.
    await run('scan', 'app.env', '-f', 'json', '--show-secrets', '-o', 'shown.json');
    const shown = JSON.parse((await run('scan', '.', '-f', 'json')).stdout) as Report;
    expect(shown.findings.some((f) => f.file === 'shown.json' && f.ruleId === 'trello-api-token')).toBe(true);
    expect(shown.scan.skipped['tokguard-output']).toBe(5);

    // A redacted report a key was pasted into (a note beside a finding) is found too.
    const pasted = keys.github();
    const report = readFileSync(path.join(dir, 'tokguard-report.json'), 'utf8');
    writeFileSync(
      path.join(dir, 'tokguard-report.json'),
      report.replace('"tags"', `"note": "rotated to ${pasted}",\n      "tags"`),
    );
    const found = JSON.parse((await run('scan', 'tokguard-report.json', '-f', 'json')).stdout) as Report;
    expect(where(found)).toEqual([expect.stringMatching(/^tokguard-report\.json:\d+ github-pat-classic$/)]);
  }, 120_000);
});
