import { describe, expect, it } from 'vitest';
import { longFunctions } from '../scripts/long-functions.mjs';

interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
  why?: string;
}

describe('functions in src/ stay short (scripts/long-functions.mjs)', () => {
  it('none is over 100 lines without a `long-function:` comment saying why', () => {
    const found = longFunctions(100) as LongFunction[];
    expect(found.filter((f) => !f.why).map((f) => `src/${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  it('finds long functions, names methods by their class, and reads the reason', () => {
    const found = longFunctions(20) as LongFunction[];
    // Any long-enough function will do to show the lister works; these exist and are stable.
    expect(found.some((f) => f.name === 'catFileBatch' && f.file === 'sources/git/cat-file.ts' && f.why)).toBe(true);
    expect(found.some((f) => f.name.startsWith('Engine.') && f.file === 'engine/engine.ts')).toBe(true);
    for (const f of found) expect(f.lines).toBeGreaterThan(20);
  });
});
