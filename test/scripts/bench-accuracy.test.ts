import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/bench-accuracy.mjs', import.meta.url));

// The accuracy benchmark on a small corpus of its own: every planted fake secret found, hard
// negatives (placeholders, hashes, lock files, minified code) left alone; tokens whose checksum
// fails are reported at low confidence only, which the benchmark counts apart.
describe('bench:accuracy (small seed)', () => {
  it('meets 97% recall and precision', () => {
    const r = spawnSync(process.execPath, [script, '--seed', '3', '--scale', '2', '--min', '0.97', '--quiet'], {
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^overall\s+\d+\s+\d+/m);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);
});
