import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

// The README's quick start is `npx tokguard scan .` in this repository: it must pass, so every
// finding in our own code and docs is a false positive to fix (or a demo the scan calls one).
describe('tokguard scan . on tokguard itself', () => {
  it('exits 0, with nothing reported above an example', async () => {
    const r = await runCli(['scan', '.', '-f', 'json'], { cwd: REPO_ROOT });
    const report = JSON.parse(r.stdout) as {
      findings: {
        file: string;
        line: number;
        ruleId: string;
        confidence: string;
        example?: boolean;
        severity: string;
      }[];
    };
    const failing = report.findings
      .filter((f) => f.example !== true)
      .map((f) => `${f.file}:${f.line} ${f.ruleId} (${f.confidence})`);
    expect(failing).toEqual([]);
    expect(r.code).toBe(0);
  }, 60_000);
});
