import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapFinder, type Span } from '../../src/engine/overlaps.js';

const span = fc
  .tuple(fc.nat(200), fc.integer({ min: 1, max: 60 }))
  .map(([start, len]) => ({ start, end: start + len }));

describe('overlapFinder', () => {
  it('returns what a linear find of the first overlapping span returns', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { maxLength: 20 }), (spans, queries) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
        const find = overlapFinder<Span>(sorted);
        for (const q of queries) {
          expect(find(q.start, q.end)).toBe(sorted.find((o) => o.start < q.end && q.start < o.end));
        }
      }),
      { seed: 10, numRuns: 500 },
    );
  });

  it('finds nothing in an empty list, and touching spans do not overlap', () => {
    expect(overlapFinder([])(0, 10)).toBeUndefined();
    const find = overlapFinder([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ]);
    expect(find(5, 10)).toBeUndefined();
    expect(find(4, 11)).toEqual({ start: 0, end: 5 });
    expect(find(12, 13)).toEqual({ start: 10, end: 20 });
  });
});
