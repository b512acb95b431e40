/**
 * Line and column for byte offsets, computed lazily: a file without matches never pays for it.
 * The text is latin1-decoded bytes, so offsets are byte offsets; columns are counted in Unicode
 * code points of the UTF-8 line, which is what editors show.
 */
export class LineIndex {
  private starts: number[] | undefined;
  /** Last position computed, so many matches on one long line cost one pass over it, not one each. */
  private cursor = { line: -1, offset: 0, column: 1 };
  private readonly allowCache = new Map<number, boolean>();

  constructor(private readonly text: string) {}

  /** Memoises a per-line predicate (inline-allow markers are checked once per line). */
  lineFlag(line: number, compute: () => boolean): boolean {
    let v = this.allowCache.get(line);
    if (v === undefined) {
      v = compute();
      this.allowCache.set(line, v);
    }
    return v;
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      let i = this.text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = this.text.indexOf('\n', i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** 0-based line number holding byte `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.lineStarts()[line]!;
  }

  lineEnd(line: number): number {
    const starts = this.lineStarts();
    let end = line + 1 < starts.length ? starts[line + 1]! - 1 : this.text.length;
    if (end > starts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** 1-based line and column of a byte offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    const c = this.cursor;
    let from = this.lineStart(line);
    let column = 1;
    if (c.line === line && c.offset <= offset) {
      from = c.offset;
      column = c.column;
    }
    column += utf8Length(this.text.slice(from, offset));
    this.cursor = { line, offset, column };
    return { line: line + 1, column };
  }
}

/** Number of code points in latin1-decoded UTF-8 bytes (continuation bytes do not count). */
export function utf8Length(latin1: string): number {
  let n = 0;
  for (let i = 0; i < latin1.length; i++) {
    const c = latin1.charCodeAt(i);
    if ((c & 0xc0) !== 0x80) n++;
  }
  return n;
}

export function latin1ToUtf8(s: string): string {
  return Buffer.from(s, 'latin1').toString('utf8');
}
