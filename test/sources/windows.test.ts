import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileWindows } from '../../src/sources/windows.js';
import { tempTree } from '../helpers/tmp.js';

/** The windows of `text` with tiny sizes, as [first line, first column, owned text] per window. */
function windowsOf(text: string, window: number, overlap: number): [number, number, string][] {
  const file = path.join(tempTree(), 'f.txt');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  try {
    return [
      ...fileWindows(fd, Buffer.byteLength(text), { path: 'f.txt', source: 'worktree' }, { window, overlap }),
    ].map((c) => [
      c.lineBase ?? 0,
      c.columnBase ?? 0,
      c.data.subarray(0, c.ownedEnd ?? c.data.length).toString('utf8'),
    ]);
  } finally {
    closeSync(fd);
  }
}

describe('fileWindows', () => {
  it('cuts at line starts before the overlap; owned parts cover the file once, lines carry over', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const text = `${lines.join('\n')}\n`;
    const windows = windowsOf(text, 64, 16);
    expect(windows.map((w) => w[2]).join('')).toBe(text);
    for (const [lineBase, columnBase, owned] of windows) {
      expect(columnBase).toBe(0);
      expect(owned.split('\n')[0]).toBe(lines[lineBase]);
    }
  });

  it('keeps every window overlapping the next by at least the overlap', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${i}`.repeat(i % 7)).join('\n');
    const file = path.join(tempTree(), 'f.txt');
    writeFileSync(file, text);
    const fd = openSync(file, 'r');
    const chunks = [...fileWindows(fd, text.length, { path: 'f', source: 'worktree' }, { window: 50, overlap: 12 })];
    closeSync(fd);
    for (const c of chunks.slice(0, -1)) expect(c.data.length - c.ownedEnd!).toBeGreaterThanOrEqual(12);
  });

  it('starts mid-line in a line longer than a window, with the columns gone so far', () => {
    const text = `ab\n${'é'.repeat(100)}x\n`;
    const windows = windowsOf(text, 64, 16);
    expect(windows.map((w) => w[2]).join('')).toBe(text);
    // The second window starts inside line 2 (lineBase 1), after the code points the first had.
    const [, second] = windows;
    expect(second![0]).toBe(1);
    expect(second![1]).toBe([...windows[0]![2].split('\n')[1]!].length);
  });
});
