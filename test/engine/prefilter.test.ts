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

  it("reads a character past U+00FF in a string as no keyword's, not as its low byte", () => {
    // U+0161 (š) and U+0148 (ň) end in 0x61 and 0x48, "a" and "H": they must not complete "akia" or "he".
    const ofString = (s: string) => [...pf.find(s)].map((k) => pf.keywords[k]).sort();
    expect(ofString('\u0161kia \u0148e s\u0148e')).toEqual([]);
    expect(ofString('\u0161 AKIA \u0148 she')).toEqual(['akia', 'he', 'she']);
    // Positions stay the string's offsets, wide characters or not.
    const positional = new KeywordPrefilter(['ghp_', 'akia'], 0);
    const ends: number[] = [];
    positional.find('\u0148\u0161 ghp_ \u2603 akia', ends);
    expect(ends).toEqual([7, 14]);
  });

  it('finds nothing in empty input', () => {
    expect(found('')).toEqual([]);
  });

  it('refuses non-ASCII keywords', () => {
    expect(() => new KeywordPrefilter(['clé'])).toThrow(/not ASCII/);
  });
});

describe('KeywordFinder', () => {
  it('gives the same keywords and positions on the indexOf path and the automaton path', async () => {
    const { KeywordFinder } = await import('../../src/engine/prefilter.js');
    const keywords = ['ghp_', 'xoxb-', 'password', 'he', 'she', 'hers', 'r2hw', 'z2hw'];
    const anchored = new Set([2, 3, 5]);
    const small = new KeywordFinder(keywords, 6, anchored);
    const automaton = new KeywordPrefilter(keywords, 6, anchored);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = 'ghp_xoxb-PASSWORDpassword hersZ2HWr2hw\n\u00e9';
    for (let t = 0; t < 200; t++) {
      const text = Array.from(
        { length: 1 + Math.floor(rand() * 300) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      const buf = Buffer.from(text, 'utf8');
      const p1: number[] = [];
      const p2: number[] = [];
      const s1: number[][] = [];
      const s2: number[][] = [];
      expect([...small.find(buf, p1, s1)].sort(), text).toEqual([...automaton.find(buf, p2, s2)].sort());
      expect(p1, text).toEqual(p2);
      expect(
        s1.map((l) => [...l].sort((a, b) => a - b)),
        text,
      ).toEqual(s2);
    }
  });
});

describe('KeywordPrefilter over the built-in keyword set', () => {
  it('agrees with indexOf on every keyword, and carries nothing over between calls', async () => {
    const { loadBuiltinRules } = await import('../../src/rules/builtin.js');
    const keywords = [...new Set(loadBuiltinRules().flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
    const pf = new KeywordPrefilter(keywords);
    expect(pf.states).toBeGreaterThan(1000);
    for (let k = 0; k < keywords.length; k++) {
      const text = `x ${keywords[k]!.toUpperCase()} y`;
      const found = pf.find(Buffer.from(text));
      expect(found.has(k), keywords[k]).toBe(true);
      const expected = keywords.flatMap((kw, i) => (text.toLowerCase().includes(kw) ? [i] : [])).sort((a, b) => a - b);
      expect(
        [...found].sort((a, b) => a - b),
        text,
      ).toEqual(expected);
    }
    expect(pf.find(Buffer.from('nothing to see here, 12345')).size).toBe(0);
  });
});

describe('the WebAssembly walk', () => {
  const keywords = ['ghp_', 'xoxb-', 'password', 'he', 'she', 'hers', 'r2hw', 'z2hw'];
  const anchored = new Set([2, 3]);
  const wasm = new KeywordPrefilter(keywords, 6, anchored, true);
  const js = new KeywordPrefilter(keywords, 6, anchored, false);
  const run = (pf: KeywordPrefilter, buf: Buffer) => {
    const positions: number[] = [];
    const starts: number[][] = [];
    const found = [...pf.find(buf, positions, starts)].sort((a, b) => a - b);
    return { found, positions, starts };
  };

  it('gives what the JavaScript walk gives on random text', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = 'ghp_xoxb-PASSWORDpassword hersZ2HWr2hw\n\u00e9\u0000';
    for (let t = 0; t < 200; t++) {
      const text = Array.from(
        { length: 1 + Math.floor(rand() * 400) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      const buf = Buffer.from(text, 'utf8');
      expect(run(wasm, buf), text).toEqual(run(js, buf));
    }
  });

  it('carries the state across its 1 MiB windows and survives a full event area', () => {
    // "password" straddling the window edge, and far more keyword ends than the event area holds.
    const big = Buffer.alloc(2.5 * 1024 * 1024, 'x'.charCodeAt(0));
    big.write('password', 1024 * 1024 - 4, 'latin1');
    for (let i = 0; i < 20000; i++) big.write(' he', 1024 * 1024 + 100 + i * 3, 'latin1');
    big.write('ghp_', big.length - 4, 'latin1');
    const a = run(wasm, big);
    expect(a).toEqual(run(js, big));
    expect(a.found.map((k) => keywords[k])).toEqual(['ghp_', 'password', 'he']);
    expect(a.starts[2]).toEqual([1024 * 1024 - 4]);
    expect(a.starts[3]!.length).toBe(20000);
  });

  it('walks a large text as two stretches and reports what one walk would, in the same order', () => {
    // From 16 KiB the text is walked as two halves at once (src/engine/wasm-walker.ts): a
    // keyword across the middle, at each of its offsets, must be found once, and the second
    // half's events must come after the first's.
    for (const length of [16 * 1024, 16 * 1024 + 1, 40_001, 1024 * 1024 + 3]) {
      const middle = length >>> 1;
      for (let shift = -9; shift <= 1; shift++) {
        const buf = Buffer.alloc(length, 'x'.charCodeAt(0));
        buf.write('password', middle + shift, 'latin1');
        buf.write('he', 3, 'latin1');
        buf.write('hers', length - 4, 'latin1');
        const a = run(wasm, buf);
        expect(a, `${length} ${shift}`).toEqual(run(js, buf));
        expect(a.starts[2], `${length} ${shift}`).toEqual([middle + shift]);
        expect(a.starts[3], `${length} ${shift}`).toEqual([3, length - 4]);
      }
    }
  });

  it('reports a keyword met only just before the middle, and forgets what each text reached', () => {
    // The module records a state's first accepting step only (src/engine/dfa.wat, `flags`),
    // and the second stretch first walks the `depth` bytes before the middle alone: what that
    // warm-up reaches must not count as already reached for the first stretch, nor for the
    // next text.
    for (const length of [16 * 1024, 40_001, 1024 * 1024 + 3]) {
      const middle = length >>> 1;
      const buf = Buffer.alloc(length, 'x'.charCodeAt(0));
      buf.write('ghp_ghp_', middle - 8, 'latin1'); // the longest keyword is 8 bytes
      buf.write('hers hers', 10, 'latin1');
      buf.write('hers', length - 4, 'latin1');
      const a = run(wasm, buf);
      expect(a, `${length}`).toEqual(run(js, buf));
      expect(
        a.found.map((k) => keywords[k]),
        `${length}`,
      ).toEqual(['ghp_', 'he', 'hers']);
      const plain = Buffer.alloc(length, 'x'.charCodeAt(0));
      expect(run(wasm, plain).found, `${length}`).toEqual([]);
      plain.write('ghp_', length - 4, 'latin1');
      plain.write('hers', 0, 'latin1');
      expect(
        run(wasm, plain).found.map((k) => keywords[k]),
        `${length}`,
      ).toEqual(['ghp_', 'he', 'hers']);
    }
  });

  it("gives what the JavaScript walk gives on random large texts, filling both halves' event areas", () => {
    let seed = 5;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = 'ghp_xoxb-PASSWORDpassword hersZ2HWr2hw\n\u00e9\u0000';
    for (let t = 0; t < 12; t++) {
      const text = Array.from(
        { length: 16 * 1024 + Math.floor(rand() * 1.5 * 1024 * 1024) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      const buf = Buffer.from(text, 'utf8');
      // More keyword ends than an event area holds (4,096), in each half.
      for (const from of [100, (buf.length >>> 1) + 100])
        for (let i = 0; i < 5000 && from + i * 3 + 3 <= buf.length; i++) buf.write(' he', from + i * 3, 'latin1');
      expect(run(wasm, buf), `text ${t}`).toEqual(run(js, buf));
    }
  });

  it('skips stretches of carriage returns and reports what a walk of every byte would', async () => {
    const { runBound, runReached } = await import('../../src/engine/prefilter.js');
    // A binary's text is mostly carriage returns (binaryText): the walk skips long stretches
    // of them. Keywords and runs right before and after a stretch, at every alignment, in texts
    // walked as one stretch and as two, must come out as the JavaScript walk, which skips none.
    const hex = new Uint8Array(256);
    for (const c of '0123456789abcdef') hex[c.charCodeAt(0)] = 1;
    const make = (useWasm: boolean) => new KeywordPrefilter(keywords, 6, anchored, useWasm, undefined, [hex], [5]);
    const [w, j] = [make(true), make(false)];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ['ghp_', 'password', 'he', 'hers', 'xoxb-', 'ab12', '0123456789', 'r2hw', '\n', 'q'];
    for (let t = 0; t < 60; t++) {
      const parts: string[] = [];
      const target = t % 3 === 0 ? 40_000 + Math.floor(rand() * 30_000) : 200 + Math.floor(rand() * 6000);
      for (let length = 0; length < target;) {
        const part =
          rand() < 0.3
            ? '\r'.repeat(1 + Math.floor(rand() * 1500))
            : pieces[Math.floor(rand() * pieces.length)]!.repeat(1 + Math.floor(rand() * 3));
        parts.push(part);
        length += part.length;
      }
      // Copied at each alignment: the stretch's end is found four bytes at a time.
      const text = Buffer.from(parts.join(''), 'latin1');
      for (const shift of [0, 1, 2, 3]) {
        const buf = Buffer.alloc(text.length + shift).subarray(shift);
        text.copy(buf);
        expect(run(w, buf), `text ${t} shift ${shift}`).toEqual(run(j, buf));
        expect(runReached(w.reached, 0), `text ${t}`).toBe(runReached(j.reached, 0));
        // A two-stretch walk may count a run across its middle short (see below): one stretch only.
        if (buf.length < 16 * 1024) expect(runBound(w.runs, 0), `text ${t}`).toBe(runBound(j.runs, 0));
      }
    }
  });

  it('walks every carriage return where one leads somewhere: a keyword or a run class holding it', async () => {
    const { runBound } = await import('../../src/engine/prefilter.js');
    const cr = new Uint8Array(256);
    cr[13] = 1;
    const text = Buffer.from(`x${'\r'.repeat(700)}ab${'\r'.repeat(700)}q`, 'latin1');
    const withKeyword = new KeywordPrefilter(['ab\r\r\r', 'q'], 2, new Set(), true);
    expect([...withKeyword.find(text)].sort()).toEqual([0, 1]);
    const withClass = new KeywordPrefilter(['q'], 1, new Set(), true, undefined, [cr], [0]);
    withClass.find(text);
    expect(runBound(withClass.runs, 0)).toBeGreaterThanOrEqual(700);
  });

  it('is what src/engine/dfa.wat assembles to', async () => {
    const { DFA_WASM_BASE64 } = await import('../../src/engine/dfa-wasm.js');
    const { assembleDfa } = await import('../../scripts/build-wasm.mjs');
    expect(DFA_WASM_BASE64, 'run npm run build:wasm after editing dfa.wat').toBe(await assembleDfa());
  });
});

describe('run classes counted by the keyword walk', () => {
  const keywords = ['ghp_', 'password', 'he', 'hers'];
  const depth = 8; // the longest keyword
  const digitsB64 = new Uint8Array(256);
  for (const c of 'MNODTjz') digitsB64[c.charCodeAt(0)] = 1;
  const hex = new Uint8Array(256);
  for (const c of '0123456789abcdef') hex[c.charCodeAt(0)] = 1;
  const classes = [digitsB64, hex];
  const longestRun = (buf: Uint8Array, member: Uint8Array): number => {
    let best = 0;
    let run = 0;
    for (const b of buf) best = Math.max(best, (run = member[b] ? run + 1 : 0));
    return best;
  };
  const walks = async () => {
    const { runBound, runReached } = await import('../../src/engine/prefilter.js');
    const wasm = new KeywordPrefilter(keywords, keywords.length, new Set(), true, undefined, classes, exactLengths);
    const js = new KeywordPrefilter(keywords, keywords.length, new Set(), false, undefined, classes, exactLengths);
    return { wasm, js, runBound, runReached };
  };
  // Lengths told exactly, one per class: not powers of two, which the bound tells as well.
  const exactLengths = [7, 5];

  it('bounds the longest run of each class from above, and tells one length exactly, whichever walk, window or stretch', async () => {
    const { wasm, js, runBound, runReached } = await walks();
    let seed = 3;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = 'MNODTjz0123456789abcdefxyhe rs\n';
    for (const length of [1, 50, 3000, 16 * 1024, 40_001, 1024 * 1024 + 77, 2.2 * 1024 * 1024]) {
      const buf = Buffer.from(
        Array.from({ length }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''),
        'latin1',
      );
      // Runs across the middle (where a two-stretch walk splits the text) and a window edge.
      const middle = length >>> 1;
      if (length > 100) buf.write('MNODTjzMNODTjzMNODTjz', Math.max(0, middle - 9), 'latin1');
      if (length > 1024 * 1024) buf.write('0123456789abcdef0123456789abcdef', 1024 * 1024 - 20, 'latin1');
      for (const pf of [wasm, js]) {
        pf.find(buf);
        classes.forEach((member, lane) => {
          const exact = longestRun(buf, member);
          // Exact up to the next power of two less one; a two-stretch walk may count a run
          // longer than the longest keyword short, but never below that length.
          expect(runBound(pf.runs, lane), `${length} lane ${lane}`).toBeGreaterThanOrEqual(Math.min(exact, depth));
          expect(runBound(pf.runs, lane), `${length} lane ${lane}`).toBeLessThanOrEqual(Math.max(2 * exact - 1, 0));
          // The exact accumulator: a run of the class's length or more, and nothing shorter.
          expect(runReached(pf.reached, lane), `${length} lane ${lane}`).toBe(exact >= exactLengths[lane]!);
        });
      }
    }
  });

  it('says no run where a text has no member, and answers alike on the indexOf path', async () => {
    const { KeywordFinder } = await import('../../src/engine/prefilter.js');
    const small = new KeywordFinder(keywords, keywords.length, new Set(), undefined, classes, exactLengths);
    const large = new KeywordFinder(keywords, keywords.length, new Set(), undefined, classes, exactLengths);
    large.prepare();
    for (const [text, digits, hexes] of [
      ['torn up, his own', 0, 0],
      ['io MNODTjzMNOD torn', 12, 0],
      ['sum 0123456789abcdef0 ok', 0, 17],
      // Runs one short of the exact lengths (7 and 5), which the bound alone would let through.
      ['io MNODTj torn 0123 ok', 6, 4],
    ] as const) {
      for (const f of [small, large]) {
        f.find(Buffer.from(text));
        for (let length = 1; length <= depth; length++) {
          // Never no where there is a run; no where there is no member at all.
          if (digits >= length) expect(f.mayHaveRun(0, length), `${text} ${length}`).toBe(true);
          if (hexes >= length) expect(f.mayHaveRun(1, length), `${text} ${length}`).toBe(true);
          if (digits === 0) expect(f.mayHaveRun(0, length)).toBe(false);
          if (hexes === 0) expect(f.mayHaveRun(1, length)).toBe(false);
        }
        expect(f.mayHaveRun(0, exactLengths[0]!), text).toBe(digits >= exactLengths[0]!);
        expect(f.mayHaveRun(1, exactLengths[1]!), text).toBe(hexes >= exactLengths[1]!);
        // Runs longer than the longest keyword are not told apart.
        expect(f.mayHaveRun(0, depth + 1)).toBe(true);
      }
    }
  });
});
