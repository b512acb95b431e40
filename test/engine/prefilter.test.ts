import { describe, expect, it } from 'vitest';
import { KeywordPrefilter } from '../../src/engine/prefilter.js';

describe('KeywordPrefilter', () => {
  const pf = new KeywordPrefilter(['ghp_', 'akia', 'sk_live_', 'he', 'she', 'hers']);
  const found = (s: string) => [...pf.find(Buffer.from(s))].map((k) => pf.keywords[k]).sort();

  it('finds overlapping keywords (Aho-Corasick failure links)', () => {
    expect(found('ushers')).toEqual(['he', 'hers', 'she']);
  });

  it('is case-insensitive', () => {
    expect(found('AKIAXYZ and GHP_')).toEqual(['akia', 'ghp_']);
  });

  it('gives the same answer for a Buffer and a latin1 string', () => {
    const text = 'é sk_live_ ü AKIA';
    const buf = Buffer.from(text, 'utf8');
    expect([...pf.find(buf)].sort()).toEqual([...pf.find(buf.toString('latin1'))].sort());
  });

  it('does not match across a non-ASCII byte', () => {
    expect(found('gh\u00e9p_')).toEqual([]);
  });

  it('finds nothing in empty input', () => {
    expect(found('')).toEqual([]);
  });

  it('refuses non-ASCII keywords', () => {
    expect(() => new KeywordPrefilter(['clé'])).toThrow(/not ASCII/);
  });
});
