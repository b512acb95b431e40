import { describe, expect, it } from 'vitest';
import { PLAIN, painter } from '../../src/report/paint.js';

describe('PLAIN painter', () => {
  it('passes text through any style chain, joining arguments as chalk does', () => {
    expect(PLAIN.red.bold('a')).toBe('a');
    expect(PLAIN.dim('x', 'y')).toBe('x y');
    expect(PLAIN()).toBe('');
    expect(PLAIN.level).toBe(0);
  });

  it('is not a thenable, so it can be returned from an async function', async () => {
    expect(await painter(false)).toBe(PLAIN);
  });

  it('is chalk when colour is on', async () => {
    const c = await painter(true);
    expect(c.level).toBe(1);
    expect(c.red('a')).toBe('\u001b[31ma\u001b[39m');
  });
});
