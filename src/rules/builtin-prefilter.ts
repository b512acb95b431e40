import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrefilterCache } from '../engine/engine.js';
import type { AutomatonData } from '../engine/prefilter.js';
import { PACKAGE_ROOT } from '../package-root.js';

/**
 * The built-in rules' prefilter, built by the build (scripts/compile-prefilter.mjs): the keyword
 * list with its base64 spellings (about 10 ms to work out at every start, the hook's included),
 * and the automaton's tables (about 60 ms to build, in every worker thread). An engine uses them
 * only when its keywords are exactly the ones they were built for; anything else, a missing or
 * stale file included, means building them as before.
 */
export const PREFILTER_JSON = path.join(PACKAGE_ROOT, 'dist', 'builtin-prefilter.json');
export const AUTOMATON_BIN = path.join(PACKAGE_ROOT, 'dist', 'builtin-automaton.bin');

interface PrefilterFile {
  plain: string[];
  written: string[];
  anchored: number[];
  keywords: string[];
}

interface AutomatonHeader {
  layout: number;
  positionalFrom: number;
  anchored: number[];
  width: number;
  acceptFrom: number;
  states: number;
  outputs: (number[] | null)[];
}

let cached: PrefilterCache | null | undefined;

export function loadBuiltinPrefilterCache(): PrefilterCache | undefined {
  if (cached === undefined) {
    try {
      const file = JSON.parse(readFileSync(PREFILTER_JSON, 'utf8')) as PrefilterFile;
      let automaton: AutomatonData | null | undefined;
      cached = {
        ...file,
        automaton: () => {
          if (automaton === undefined) {
            try {
              automaton = readAutomaton(readFileSync(AUTOMATON_BIN), file.keywords);
            } catch {
              automaton = null;
            }
          }
          return automaton ?? undefined;
        },
      };
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}

/** Layout: u32 header length, header JSON, padding to 8, classOf (256), positional (states), padding to 4, table (i32). */
export function writeAutomaton(data: AutomatonData): Buffer {
  const header: AutomatonHeader = {
    layout: data.layout,
    positionalFrom: data.positionalFrom,
    anchored: data.anchored,
    width: data.width,
    acceptFrom: data.acceptFrom,
    states: data.positional.length,
    outputs: data.outputs,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const classAt = align(4 + json.length, 8);
  const positionalAt = classAt + 256;
  const tableAt = align(positionalAt + data.positional.length, 4);
  const out = Buffer.alloc(tableAt + data.table.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  out.set(data.classOf, classAt);
  out.set(data.positional, positionalAt);
  out.set(new Uint8Array(data.table.buffer, data.table.byteOffset, data.table.byteLength), tableAt);
  return out;
}

export function readAutomaton(buf: Buffer, keywords: string[]): AutomatonData {
  const length = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + length)) as AutomatonHeader;
  const classAt = align(4 + length, 8);
  const positionalAt = classAt + 256;
  const tableAt = align(positionalAt + header.states, 4);
  const cells = header.states * header.width;
  if (buf.length !== tableAt + cells * 4) throw new Error('automaton file has the wrong size');
  // Copied out, so the table is aligned and owns its memory whatever Buffer pooling did.
  const table = new Int32Array(cells);
  new Uint8Array(table.buffer).set(buf.subarray(tableAt, tableAt + cells * 4));
  return {
    layout: header.layout,
    keywords,
    positionalFrom: header.positionalFrom,
    anchored: header.anchored,
    width: header.width,
    acceptFrom: header.acceptFrom,
    classOf: Uint8Array.from(buf.subarray(classAt, classAt + 256)),
    table,
    outputs: header.outputs,
    positional: Uint8Array.from(buf.subarray(positionalAt, positionalAt + header.states)),
  };
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
