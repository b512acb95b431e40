import { describe, expect, it } from 'vitest';
import { tokguardIgnoreFilter } from '../../src/sources/tokguard-ignore.js';
import { tempTree } from '../helpers/tmp.js';

describe('tokguardIgnoreFilter', () => {
  it('scopes nested files to their folder, ignores below ignored folders, and honours negation', () => {
    const root = tempTree({
      '.tokguardignore': 'fixtures/\n*.snap\n!keep.snap\n/top-only.txt\n',
      'pkg/.tokguardignore': 'golden.txt\n',
    });
    const ignored = tokguardIgnoreFilter(root);
    expect(ignored('fixtures/a.env')).toBe(true);
    expect(ignored('deep/fixtures/x/y.env')).toBe(true); // a pattern without a slash matches at any depth
    expect(ignored('src/ui.snap')).toBe(true);
    expect(ignored('src/keep.snap')).toBe(false);
    expect(ignored('top-only.txt')).toBe(true);
    expect(ignored('sub/top-only.txt')).toBe(false);
    expect(ignored('pkg/golden.txt')).toBe(true);
    expect(ignored('pkg/inner/golden.txt')).toBe(true);
    expect(ignored('other/golden.txt')).toBe(false);
    expect(ignored('src/app.js')).toBe(false);
  });

  it('ignores nothing when there is no .tokguardignore', () => {
    const ignored = tokguardIgnoreFilter(tempTree({ 'a.txt': 'x' }));
    expect(ignored('a.txt')).toBe(false);
    expect(ignored('fixtures/a.env')).toBe(false);
  });
});
