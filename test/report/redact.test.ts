import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { LineWindow } from '../../src/engine/types.js';
import { maskedLine, rawLine, redact, secretSpans, type SecretSpan } from '../../src/report/redact.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { FakeKeys } from '../helpers/fake-keys.js';

const keys = new FakeKeys('report-redact');

function win(start: number, bytes: string, cut: Partial<LineWindow> = {}): LineWindow {
  return { start, bytes, cutBefore: false, cutAfter: false, ...cut };
}

describe('redact', () => {
  it('keeps a token-like prefix and hides the rest', () => {
    expect(redact('ghp_0123456789abcdefghijABCDEFGHIJ012345')).toBe('ghp_01********');
    expect(redact('AKIAABCDEFGHIJKLMNOP')).toBe('AKIA********');
    expect(redact('short')).toBe('********');
  });

  it('shows nothing of a secret whose prefix is not token-like (key bytes, line breaks)', () => {
    expect(redact('174,\n  47,\n  12,\n  99,\n  3')).toBe('********');
    expect(redact('29,37,173,245,232,92,57,234')).toBe('********');
    expect(redact('ab+/cdefghijklmnopqrstuvwxyz')).toBe('********');
  });
});

describe('maskedLine', () => {
  const spans: SecretSpan[] = [
    { start: 4, end: 10, label: 'A***' },
    { start: 11, end: 40, label: 'B***' },
  ];

  it('masks every span in the window, not only one', () => {
    expect(maskedLine(win(0, 'xxx=aaaaaa bbbbbbbbbb'), spans)).toBe('xxx=A*** B***');
  });

  it('masks the part of a span that began before the window (a secret spanning lines)', () => {
    expect(maskedLine(win(21, 'bbbbbbbbbbbbbbbbbbb, tail'), spans)).toBe('********, tail');
  });

  it('keeps the cut markers and decodes UTF-8 around the spans', () => {
    const bytes = Buffer.from('é=aaaaaa!', 'utf8').toString('latin1');
    expect(maskedLine(win(1, bytes, { cutBefore: true, cutAfter: true }), [{ start: 4, end: 10, label: 'A' }])).toBe(
      '…é=A!…',
    );
    expect(rawLine(win(1, bytes, { cutAfter: true }))).toBe('é=aaaaaa!…');
  });

  it('merges overlapping spans, and masks encoded spellings of a secret reported once', () => {
    const gh = keys.github();
    const run = Buffer.from(`token=${gh}`).toString('base64');
    const text = `a=${gh} b=${run}`;
    const matches = new Engine(loadBuiltinRules()).scan(Buffer.from(text));
    expect(matches).toHaveLength(1);
    expect(matches[0]!.encodedAt).toEqual([[text.indexOf(run), text.length]]);
    expect(maskedLine(matches[0]!.window, secretSpans(matches))).toBe(`a=${gh.slice(0, 6)}******** b=[encoded]`);
    const merged = secretSpans([
      { ...matches[0]!, start: 0, end: 10 },
      { ...matches[0]!, start: 5, end: 20, encodedAt: [] },
    ]);
    expect(merged.map((s) => [s.start, s.end])).toEqual([
      [0, 20],
      [text.indexOf(run), text.length],
    ]);
  });
});
