import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable, printableJson, printableLines } from '../../src/report/terminal.js';

const RAW_CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Strings rich in the characters that matter here, mixed with any Unicode. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\x1b',
        '\x07',
        '\r',
        '\n',
        '\u009b',
        '\u202e',
        '\u2028',
        '::',
        '##[',
        ':',
        '#',
        '[',
        ' ',
        '%',
        '\\',
      ),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('printable', () => {
  it('escapes controls by name or code, keeps tabs and plain text', () => {
    expect(printable('a\tb\x1b[2J\r\n\u009b\u202e\x7f')).toBe('a\tb\\x1b[2J\\r\\n\\x9b\\u202e\\x7f');
    expect(printable('ghp_ok ünïcødé 🔑')).toBe('ghp_ok ünïcødé 🔑');
  });

  it('breaks both workflow-command forms', () => {
    expect(printable('  ::error file=a::x')).toBe('  \\x3a:error file=a::x');
    expect(printable('text ##[add-mask]x')).toBe('text ##\\x5badd-mask]x');
    expect(printable('a::b')).toBe('a::b');
  });

  it('leaves no raw control character and no workflow command, whatever the input (property)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = printable(s);
        expect(RAW_CONTROL.test(out)).toBe(false);
        expect(out.includes('##[')).toBe(false);
        expect(/^\s*::/.test(out)).toBe(false);
      }),
      { seed: 10, numRuns: 2000 },
    );
  });

  it('printableLines breaks commands on every line of joined output', () => {
    expect(printableLines('ok\n ::warning::x\n##[group]y')).toBe('ok\n \\x3a:warning::x\n##\\x5bgroup]y');
  });
});

describe('printableJson', () => {
  it('keeps the data: it parses back to the same value (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, hostile, { maxKeys: 4 }), (value) => {
        const json = printableJson(JSON.stringify({ value, list: Object.values(value) }, null, 2));
        expect(JSON.parse(json)).toEqual({ value, list: Object.values(value) });
        expect(RAW_CONTROL.test(json.replace(/\n/g, ''))).toBe(false);
        expect(json.includes('##[')).toBe(false);
      }),
      { seed: 10, numRuns: 1000 },
    );
  });
});
