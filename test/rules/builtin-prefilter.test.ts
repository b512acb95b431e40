import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import type { AutomatonData } from '../../src/engine/prefilter.js';
import {
  lendTables,
  loadBuiltinPrefilterCache,
  readAutomaton,
  writeAutomaton,
} from '../../src/rules/builtin-prefilter.js';
import { KeywordPrefilter } from '../../src/engine/prefilter.js';
import { CLS, slotLayout, TABLE } from '../../src/engine/wasm-walker.js';

/** The walk's column offsets and table, without the scratch between them or the text window after. */
const image = (d: AutomatonData): Buffer =>
  Buffer.concat([
    Buffer.from(d.tables.memory, CLS, 256 * 4),
    Buffer.from(d.tables.memory, TABLE, d.tables.states * d.tables.width * 4),
  ]);

describe('the prefilter built by the build', () => {
  const rules = loadBuiltinRules();
  const cache = loadBuiltinPrefilterCache();

  it('is what the engine builds for the built-in rules (npm run build writes it)', () => {
    expect(cache).toBeDefined();
    const fresh = new Engine(rules).prefilterSnapshot();
    const { automaton, ...keywords } = fresh;
    expect({
      plain: cache!.plain,
      written: cache!.written,
      anchored: cache!.anchored,
      keywords: cache!.keywords,
      windows: cache!.windows,
      gates: cache!.gates,
      openings: cache!.openings,
    }).toEqual(keywords);
    const shipped = cache!.automaton()!;
    expect(shipped.layout).toBe(automaton.layout);
    expect(shipped.tables.width).toBe(automaton.tables.width);
    expect(shipped.tables.acceptAt).toBe(automaton.tables.acceptAt);
    expect(shipped.tables.states).toBe(automaton.tables.states);
    expect(image(shipped).equals(image(automaton))).toBe(true);
    expect(shipped.outputs).toEqual(automaton.outputs);
  });

  it('round-trips through its file format', () => {
    const data = new Engine(rules.slice(0, 20)).prefilterSnapshot().automaton;
    const back = readAutomaton(writeAutomaton(data), data.keywords);
    const plain = (d: AutomatonData) => {
      const { memory: _memory, wasm, ...tables } = d.tables;
      return { ...d, tables, image: [...image(d)], positional: [...d.positional], wasm: wasm !== undefined };
    };
    expect(plain(back)).toEqual(plain(data));
  });

  it('gives an engine with it the same matches, and is ignored for other rule sets', () => {
    const text = Buffer.from(`x = "${'ghp_'}${'a'.repeat(36)}"\npassword = "hunter2hunter2"\n`.repeat(3000));
    let loads = 0;
    const counted = { ...cache!, automaton: () => (loads++, cache!.automaton()) };
    const withCache = new Engine(rules, { prefilterCache: counted });
    const without = new Engine(rules);
    expect(withCache.scan(text)).toEqual(without.scan(text));
    expect(loads).toBe(1);
    // Another rule set: the cache's keywords do not fit, so the engine builds its own.
    const some = rules.filter((r) => r.id.startsWith('github-'));
    const other = new Engine(some, { prefilterCache: counted });
    expect(other.prefilterSnapshot().keywords).toEqual(new Engine(some).prefilterSnapshot().keywords);
    expect(other.scan(text)).toEqual(new Engine(some).scan(text));
    expect(loads).toBe(1);
  });

  it('lends worker threads slots of one copy of its tables, each walked apart from the others', () => {
    const shipped = cache!.automaton()!;
    const loan = lendTables()!;
    expect(loan.tables.slot).toBeGreaterThan(0);
    // The very memory this thread walks: a worker handed it reads no copy of its own.
    expect(loan.tables.memory.buffer).toBe(shipped.tables.memory);
    const tableBytes = shipped.tables.states * shipped.tables.width * 4;
    const mine = slotLayout(tableBytes, 0);
    const lent = slotLayout(tableBytes, loan.tables.slot);
    expect(lent.events).toBeGreaterThanOrEqual(mine.flagsAt + (tableBytes >> 2) + 1);
    const positionalFrom = cache!.plain.length;
    const walker = (slot: number) =>
      new KeywordPrefilter(shipped.keywords, positionalFrom, new Set(shipped.anchored), true, {
        ...shipped,
        tables: { ...shipped.tables, slot },
      });
    // Large enough for the two-stretch walk, with keywords in both halves.
    const text = Buffer.from(`${'x'.repeat(20000)} ghp_ AKIA xoxb- ${'y'.repeat(20000)} sk_live_ glpat-`, 'latin1');
    const here = walker(0);
    const there = walker(loan.tables.slot);
    const positions = (p: KeywordPrefilter) => {
      const at: number[] = [];
      const found = [...p.find(text, at)].sort((a, b) => a - b);
      return { found, at };
    };
    const expected = positions(here);
    expect(expected.found.length).toBeGreaterThan(3);
    expect(positions(there)).toEqual(expected);
    expect(positions(here)).toEqual(expected);
    loan.giveBack();
    expect(lendTables()!.tables.slot).toBe(loan.tables.slot);
  });

  it('reads the tables from the file for a loan when this thread has not read them yet', async () => {
    vi.resetModules();
    const fresh = await import('../../src/rules/builtin-prefilter.js');
    const loan = fresh.lendTables()!;
    expect(loan.tables.slot).toBeGreaterThan(0);
    // The thread's own walk then uses the memory it lends.
    const shipped = fresh.loadBuiltinPrefilterCache()!.automaton()!;
    expect(loan.tables.memory.buffer).toBe(shipped.tables.memory);
    expect([loan.tables.states, loan.tables.width, loan.tables.acceptAt]).toEqual([
      shipped.tables.states,
      shipped.tables.width,
      shipped.tables.acceptAt,
    ]);
    loan.giveBack();
  });
});
