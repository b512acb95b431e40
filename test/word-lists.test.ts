/**
 * A word written twice in a `new Set([...])` literal is lost without a sign: the second copy
 * reads as a word the list has, and the one meant in its place (a typo, a word added twice in two
 * merges) is missing. Sets of quoted words in src/ are read as text, where the copy still shows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);

/** Each Set literal of single-quoted words in `text`: its line and its words in order. */
function wordSets(text: string): { line: number; words: string[] }[] {
  const out: { line: number; words: string[] }[] = [];
  for (const m of text.matchAll(/new Set(?:<string>)?\(\s*\[([^\]]*)\]/g)) {
    const body = m[1]!.replace(/\/\/.*$/gm, '');
    if (!/^[\s,]*(?:'[^'\n]*'[\s,]*)+$/.test(body)) continue; // not a list of words
    out.push({
      line: text.slice(0, m.index).split('\n').length,
      words: [...body.matchAll(/'([^'\n]*)'/g)].map((w) => w[1]!),
    });
  }
  return out;
}

describe('word lists in src/', () => {
  const files = execFileSync('git', ['ls-files', 'src/*.ts'], { cwd: root, encoding: 'utf8' }).trim().split('\n');

  it('hold each word once', () => {
    const repeated = files.flatMap((f) =>
      wordSets(readFileSync(new URL(f, root), 'utf8')).flatMap(({ line, words }) =>
        words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${f}:${line} '${w}'`),
      ),
    );
    expect(repeated).toEqual([]);
  });

  it('are found, and a repeated word in one shows', () => {
    const vocabulary = wordSets(readFileSync(new URL('src/engine/evidence/name-vocabulary.ts', root), 'utf8'));
    expect(vocabulary.length).toBeGreaterThan(3);
    expect(vocabulary.some((s) => s.words.includes('foreign'))).toBe(true);
    const [set] = wordSets("const A = new Set([\n  'a', // why\n  'b',\n  'a',\n]);\nconst B = new Set([x, 'y']);\n");
    expect(set).toEqual({ line: 1, words: ['a', 'b', 'a'] });
    expect(wordSets("const B = new Set([x, 'y']);")).toEqual([]);
  });
});
