import { describe, expect, it } from 'vitest';
import { GrowthGate } from '../../src/scan/matcher.js';

describe('GrowthGate (a history pool adds a worker when its reading thread keeps waiting)', () => {
  it('adds a worker only after the given number of batches in a row found every worker full', () => {
    const gate = new GrowthGate(2, 3);
    expect([gate.note(false, 1), gate.note(false, 1)]).toEqual([false, false]);
    expect(gate.note(false, 1)).toBe(true);
    // Counting starts again after a worker was added.
    expect([gate.note(false, 2), gate.note(false, 2), gate.note(false, 2)]).toEqual([false, false, false]);
  });

  it('starts counting again when a batch found a worker with room', () => {
    const gate = new GrowthGate(2, 3);
    gate.note(false, 1);
    gate.note(false, 1);
    expect(gate.note(true, 1)).toBe(false);
    expect([gate.note(false, 1), gate.note(false, 1)]).toEqual([false, false]);
    expect(gate.note(false, 1)).toBe(true);
  });

  it('never grows a pool already at its largest size', () => {
    const gate = new GrowthGate(1, 1);
    expect([gate.note(false, 1), gate.note(false, 1), gate.note(false, 1)]).toEqual([false, false, false]);
  });
});
