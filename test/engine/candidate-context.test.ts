import { describe, expect, it } from 'vitest';
import { CandidateContext, CONTEXT_BYTES, FILE_HEAD_BYTES } from '../../src/engine/candidate-context.js';
import type { ValidatorContext } from '../../src/engine/validators/index.js';

/**
 * What a validator is to be shown, worked out another way: lines split on `\n`, a line's text
 * without its `\r`, each side cut to CONTEXT_BYTES (a side cut short starts or ends mid-line,
 * and the line above is then the text before that cut).
 */
function model(
  text: string,
  at: number,
  start: number,
  end: number,
): Required<Omit<ValidatorContext, 'groups' | 'storeFile' | 'fileKind'>> {
  const lineStart = (offset: number): number =>
    Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - CONTEXT_BYTES);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  else if (lineEnd > end && text[lineEnd - 1] === '\r') lineEnd--;
  const from = lineStart(at);
  return {
    before: text.slice(from, at),
    lead: text.slice(lineStart(start), start),
    after: text.slice(end, Math.min(lineEnd, end + CONTEXT_BYTES)),
    fileHead: text.slice(0, FILE_HEAD_BYTES),
    lineAbove: from === 0 ? '' : text.slice(lineStart(from - 1), from - 1),
  };
}

const file = { kind: 'config' as const };

function seen(context: ValidatorContext): Record<string, unknown> {
  const { before, lead, after, fileHead, lineAbove } = context;
  return { before, lead, after, fileHead, lineAbove };
}

describe('CandidateContext', () => {
  it("shows a YAML value's line, the line above it and the file's kind", () => {
    const text = 'database:\r\n  user: deploy\r\n  password: "Xq7-vR2p-Lm9s"  # rotated\r\nnext: 1\n';
    const at = text.indexOf('password');
    const start = text.indexOf('Xq7');
    const end = start + 'Xq7-vR2p-Lm9s'.length;
    const groups = { name: 'password' };
    const context = new CandidateContext(text, { ...file, store: 'pkcs12-file' }, groups, at, start, end);
    expect(context.before).toBe('  ');
    expect(context.lead).toBe('  password: "');
    expect(context.after).toBe('"  # rotated');
    expect(context.lineAbove).toBe('  user: deploy\r');
    expect(context.fileKind).toBe('config');
    expect(context.storeFile).toBe('pkcs12-file');
    expect(context.groups).toBe(groups);
    expect(seen(context)).toEqual(model(text, at, start, end));
  });

  it('cuts a minified line to CONTEXT_BYTES on each side', () => {
    const filler = 'var a=b(c,d);'.repeat(60);
    const text = `${filler}token:"sk_9fR2LmQ7xV0pW3aZ"${filler}`;
    const at = text.indexOf('token');
    const start = text.indexOf('sk_');
    const end = start + 19;
    const context = new CandidateContext(text, file, undefined, at, start, end);
    expect(context.before).toHaveLength(CONTEXT_BYTES);
    expect(context.after).toHaveLength(CONTEXT_BYTES);
    expect(context.groups).toBeUndefined();
    expect(context.storeFile).toBeUndefined();
    expect(seen(context)).toEqual(model(text, at, start, end));
  });

  it('agrees with the model on random texts of short and long lines', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['\n', '\r\n', 'key = ', 'x'.repeat(150), 'y'.repeat(260), '"', ' '];
    for (let round = 0; round < 2000; round++) {
      let text = '';
      while (text.length < 30 + random(1500)) text += pieces[random(pieces.length)];
      const at = random(text.length + 1);
      const start = at + random(text.length - at + 1);
      const end = start + random(text.length - start + 1);
      const context = new CandidateContext(text, file, undefined, at, start, end);
      // Read in a random order: each part is worked out on its own first read.
      const parts = ['after', 'lineAbove', 'before', 'lead', 'fileHead'] as const;
      const first = parts[random(parts.length)]!;
      expect(context[first], `${round} ${first}`).toBe(model(text, at, start, end)[first]);
      expect(seen(context), `${round}`).toEqual(model(text, at, start, end));
    }
  });
});
