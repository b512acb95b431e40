import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/fuzz.mjs', import.meta.url));

function fuzz(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 120_000 });
}

// The CI fuzz run (.ci/run): seeded, so a failure replays anywhere; watched, so a hang fails it.
describe('scripts/fuzz.mjs', () => {
  it('generates the same inputs for the same seed, and passes them', () => {
    const a = fuzz('--seed', '7', '--count', '25');
    const b = fuzz('--seed', '7', '--count', '25');
    expect(a.status, a.stderr).toBe(0);
    const digest = /inputs digest ([0-9a-f]{16})/.exec(a.stdout)?.[1];
    expect(digest).toBeDefined();
    expect(b.stdout).toContain(`inputs digest ${digest}`);
    expect(a.stdout).toMatch(/^fuzz: seed 7: 25 inputs, .* no crash or hang/m);
    expect(fuzz('--seed', '8', '--count', '25').stdout).not.toContain(`inputs digest ${digest}`);
  }, 240_000);

  it('fails, naming the input and how to replay it, when an input outlives the watchdog', () => {
    // No input is answered within 0 ms: the first one is reported as a hang.
    const r = fuzz('--seed', '7', '--count', '5', '--timeout', '0');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^fuzz: input 0 \(\w+\/\w+, \d+ bytes\) took over 0 ms\n/);
    expect(r.stderr).toContain('replay: node scripts/fuzz.mjs --seed 7 --only 0');
    const saved = /input saved to (\S+);/.exec(r.stderr)?.[1];
    expect(saved && existsSync(saved)).toBe(true);
    rmSync(saved!);
  }, 120_000);
});
