import { describe, expect, it } from 'vitest';
import { Engine, runsOf } from '../../src/engine/engine.js';
import { latin1ToUtf8 } from '../../src/engine/positions.js';
import { CHECKSUM_MISMATCH_REASON, type RuleSpec } from '../../src/engine/types.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { githubRule } from '../helpers/rules.js';

const keys = new FakeKeys('engine');

const ghRule = githubRule;
const genericRule: RuleSpec = {
  id: 'generic-token',
  name: 'Generic token',
  severity: 'low',
  tags: ['generic'],
  keywords: ['token'],
  pattern: 'token\\s*=\\s*"([^"]{20,80})"',
  entropy: 3,
  examples: [],
  counterExamples: [],
};
const engine = new Engine([ghRule, genericRule]);

describe('rules without keywords', () => {
  // A rule with no keyword but a `minRun` is tried only where the keyword walk saw a run of its
  // class that may be long enough (at most two such classes, and runs no longer than the longest
  // keyword, here the four characters of ghp_: see KeywordFinder.mayHaveRun).
  const discordLike: RuleSpec = {
    id: 'digits-token',
    name: 'Digits token',
    severity: 'high',
    keywords: [],
    minRun: { chars: '[MNODTjz]', length: 4 },
    pattern: '\\b([MNODTjz]{6}\\.[a-z]{4})\\b',
    examples: [],
    counterExamples: [],
  };
  const gated = new Engine([ghRule, discordLike]);

  it('is no candidate in a text without such a run, and needs no text then', () => {
    expect(gated.candidateRules(Buffer.from('nothing to see here, MNO jz'))).toEqual([]);
    expect(gated.scan(Buffer.from('nothing to see here, MNO jz'))).toEqual([]);
  });

  it("is found wherever such a run is, on either side of a large text's middle", () => {
    for (const length of [100, 40_000, 1024 * 1024 + 9]) {
      for (const at of [0, (length >>> 1) - 3, length - 12]) {
        const buf = Buffer.alloc(length, 'x'.charCodeAt(0));
        buf.write(' MNODTj.abcd ', at, 'latin1');
        expect(gated.candidateRules(buf), `${length} ${at}`).toEqual([1]);
        expect(
          gated.scan(buf).map((m) => [m.ruleId, m.start]),
          `${length} ${at}`,
        ).toEqual([['digits-token', at + 1]]);
      }
    }
  });
});

describe('Engine', () => {
  it('finds a secret and reports 1-based line and column', () => {
    const tok = keys.github();
    const m = engine.scan(Buffer.from(`a\nb\n  x = ${tok}\n`));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({
      ruleId: 'gh',
      secret: tok,
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 7 + tok.length,
    });
  });

  it('reports a look-alike whose checksum is wrong at low confidence, with the reason', () => {
    const bad = keys.githubBadChecksum();
    expect(engine.scan(Buffer.from(`t=${bad}`))).toMatchObject([
      { ruleId: 'gh', secret: bad, confidence: 'low', reasons: [CHECKSUM_MISMATCH_REASON] },
    ]);
  });

  it('handles CRLF line endings', () => {
    const tok = keys.github();
    const m = engine.scan(Buffer.from(`one\r\ntwo\r\nk: ${tok}\r\n`));
    expect(m[0]).toMatchObject({ line: 3, column: 4 });
    expect(m[0]!.window).toMatchObject({ bytes: `k: ${tok}`, cutBefore: false, cutAfter: false });
  });

  it('counts columns in code points on lines with multi-byte UTF-8', () => {
    const tok = keys.github();
    const m = engine.scan(Buffer.from(`// héllo wörld 🔑 ${tok}`, 'utf8'));
    expect(m[0]!.column).toBe('// héllo wörld 🔑 '.length - 1 /* the emoji is 2 UTF-16 units, 1 code point */ + 1);
    expect(latin1ToUtf8(m[0]!.window.bytes)).toContain('🔑');
  });

  it('finds a secret at end of file without a trailing newline', () => {
    const tok = keys.github();
    const m = engine.scan(Buffer.from(`x\n${tok}`));
    expect(m[0]).toMatchObject({ line: 2, column: 1, secret: tok });
  });

  it('keeps only a window of a minified megabyte line', () => {
    const tok = keys.github();
    const filler = 'var a=1;'.repeat(150_000);
    const text = `${filler}t="${tok}";${filler}`;
    const m = engine.scan(Buffer.from(text));
    expect(m).toHaveLength(1);
    expect(m[0]!.line).toBe(1);
    expect(m[0]!.column).toBe(filler.length + 4);
    expect(m[0]!.window.bytes.length).toBeLessThan(400);
    expect(m[0]!.window.bytes).toContain(tok);
    expect(m[0]!.window).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  it('runs no rule when no keyword occurs', () => {
    expect(engine.candidateRules(Buffer.from('nothing to see here'))).toEqual([]);
  });

  it('matches keywords case-insensitively', () => {
    expect(engine.candidateRules(Buffer.from('GHP_ and TOKEN'))).toEqual([0, 1]);
  });

  it('drops a generic match that overlaps a provider match', () => {
    const tok = keys.github();
    const ids = engine.scan(Buffer.from(`token = "${tok}"`)).map((m) => m.ruleId);
    expect(ids).toEqual(['gh']);
  });

  it('keeps a generic match that stands alone', () => {
    const ids = engine.scan(Buffer.from('token = "Zq8vR2kLmP4xT7nWb3YcJ6hD"')).map((m) => m.ruleId);
    expect(ids).toEqual(['generic-token']);
  });

  it('drops template references and placeholders', () => {
    for (const v of [
      '${GITHUB_TOKEN_VALUE_FROM_ENV}',
      '<your-github-token-goes-here>',
      'xxxxxxxxxxxxxxxxxxxxxxxx',
      '{{ secrets.deploy_token }}',
    ]) {
      expect(engine.scan(Buffer.from(`token = "${v}"`)), v).toEqual([]);
    }
  });

  it('reports a dummy value at low confidence only for a rule that keeps them, and drops templates still', () => {
    const saved: RuleSpec = {
      id: 'client-saved',
      name: 'Client saved password',
      severity: 'high',
      keywords: ['<conn '],
      pattern: '<conn password="([^"]{1,80})"',
      keepDummyValues: true,
      examples: [],
      counterExamples: [],
    };
    const plain: RuleSpec = {
      ...saved,
      id: 'plain',
      keepDummyValues: false,
      keywords: ['<plain '],
      pattern: '<plain password="([^"]{1,80})"',
    };
    const e = new Engine([saved, plain]);
    expect(e.scan(Buffer.from('<conn password="admin"/>')).map((m) => [m.secret, m.confidence])).toEqual([
      ['admin', 'low'],
    ]);
    expect(e.scan(Buffer.from('<conn password="Vb92_lQp38Zm"/>')).map((m) => m.confidence)).toEqual(['high']);
    expect(e.scan(Buffer.from('<conn password="${DB_PASSWORD}"/>'))).toEqual([]);
    expect(e.scan(Buffer.from('<conn password="your_password_here"/>'))).toEqual([]);
    expect(e.scan(Buffer.from('<plain password="admin"/>'))).toEqual([]);
  });

  it("reports a match outside the rule's documented shape one step less sure", () => {
    const shaped: RuleSpec = {
      id: 'shaped',
      name: 'Shaped key',
      severity: 'high',
      keywords: ['sk-shp-'],
      pattern: '\\b(sk-shp-[A-Za-z0-9]{20,40})\\b',
      shape: '^sk-shp-[A-Za-z0-9]{30}AA$',
      examples: [],
      counterExamples: [],
    };
    const generic: RuleSpec = { ...shaped, id: 'shaped-generic', tags: ['generic'], keywords: ['gn-shp-'] };
    generic.pattern = '\\b(gn-shp-[A-Za-z0-9]{20,40})\\b';
    generic.shape = '^gn-shp-[A-Za-z0-9]{30}AA$';
    const e = new Engine([shaped, generic]);
    const conf = (text: string) => e.scan(Buffer.from(text)).map((m) => m.confidence);
    expect(conf('k = sk-shp-Q7vN2mXc9LpR4tYb8KzW1dHf6JsG3eAA')).toEqual(['high']);
    expect(conf('k = sk-shp-Q7vN2mXc9LpR4tYb8KzW1dHf6JsG3eAB')).toEqual(['medium']);
    expect(conf('k = sk-shp-Q7vN2mXc9LpR4tYb8KzW1d')).toEqual(['medium']);
    // A generic rule starts at medium, so a match outside its shape is low.
    expect(conf('k = gn-shp-Q7vN2mXc9LpR4tYb8KzW1d')).toEqual(['low']);
  });

  it('refuses a shape that is not anchored at both ends', () => {
    const bad: RuleSpec = {
      id: 'bad-shape',
      name: 'Bad shape',
      severity: 'high',
      keywords: ['x-'],
      pattern: '(x-[a-z]{8})',
      shape: 'x-[a-z]{8}',
      examples: [],
      counterExamples: [],
    };
    expect(() => new Engine([bad]).scan(Buffer.from('x-abcdefgh'))).toThrow(/bad-shape: shape .* anchored/);
  });

  it('applies the entropy minimum', () => {
    expect(engine.scan(Buffer.from('token = "abababababababababababab"'))).toEqual([]);
  });

  it('gives byte offsets into the buffer', () => {
    const tok = keys.github();
    const buf = Buffer.from(`é ${tok}`, 'utf8');
    const m = engine.scan(buf)[0]!;
    expect(buf.subarray(m.start, m.end).toString()).toBe(tok);
  });

  it('does not crash on invalid UTF-8 and binary-ish bytes', () => {
    const tok = keys.github();
    const buf = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]),
      Buffer.from(` ${tok} `),
      Buffer.from([0xe2, 0x82]),
    ]);
    const m = engine.scan(buf);
    expect(m.map((x) => x.secret)).toEqual([tok]);
  });

  it('honours tokguard:allow on the line and allow-next-line on the line before', () => {
    const a = keys.github();
    const b = keys.github();
    const c = keys.github();
    const text = `x = "${a}" // tokguard:allow\n# tokguard:allow-next-line\ny = "${b}"\nz = "${c}"\n`;
    expect(engine.scan(Buffer.from(text)).map((m) => m.secret)).toEqual([c]);
    const strict = new Engine([ghRule], { ignoreInlineAllow: true });
    expect(strict.scan(Buffer.from(text))).toHaveLength(3);
  });

  it('is safe against pathological input for its patterns', () => {
    // An unterminated 200 KB value under a keyword. No timing assertion: catastrophic
    // backtracking here would take minutes, and shows up as this test timing out.
    expect(engine.scan(Buffer.from(`token = "${'a'.repeat(200_000)}`))).toEqual([]);
  });
});

describe('Engine: one finding per secret', () => {
  it('reports a secret two provider rules capture once, under the more severe rule', () => {
    const a: RuleSpec = { ...ghRule, id: 'a', severity: 'medium' };
    const b: RuleSpec = { ...ghRule, id: 'b', severity: 'critical' };
    const tok = keys.github();
    expect(new Engine([a, b]).scan(Buffer.from(`t=${tok}`)).map((m) => m.ruleId)).toEqual(['b']);
  });

  it('reports a provider-prefixed value whose checksum fails under the provider, not the generic rule', () => {
    const bad = keys.githubBadChecksum();
    expect(engine.scan(Buffer.from(`token = "${bad}"`)).map((m) => [m.ruleId, m.confidence])).toEqual([['gh', 'low']]);
  });

  it('does not let a generic rule report a provider-prefixed value the provider rejected', () => {
    // The documented length and a checksum that fails, but the part after the prefix is typed.
    const typed = 'ghp_0123456789abcdefghijABCDEFGHIJ123456';
    expect(engine.scan(Buffer.from(`token = "${typed}"`))).toEqual([]);
  });
});

describe('Engine: startsWithKeyword', () => {
  it('finds the same matches as a full search, trying only keyword positions', () => {
    const spec: RuleSpec = {
      id: 'kv',
      name: 'kv',
      severity: 'low',
      keywords: ['token', 'secret'],
      pattern: '(?:token|secret|Token|Secret)[a-z_]{0,10}\\s*=\\s*"([^"]{8,40})"',
      examples: [],
      counterExamples: [],
    };
    const text = Buffer.from(
      'a token = "Zq8vR2kLmP4xT7nW" b\nclientSecret="h7Gk2pQ9wLx4vBnA"\ntokens_x = "c9Vd2mQ7zK1pR8tW" tokentoken = "Xk4mN8qR2vT6yB1c"\n',
    );
    const full = new Engine([spec]).scan(text).map((m) => [m.secret, m.start]);
    const anchored = new Engine([{ ...spec, startsWithKeyword: true }]).scan(text).map((m) => [m.secret, m.start]);
    expect(anchored).toEqual(full);
    expect(full).toHaveLength(4);
  });
});

describe('Engine: minRun', () => {
  const spec = (id: string, length: number, pattern: string): RuleSpec => ({
    id,
    name: id,
    severity: 'high',
    keywords: ['key'],
    pattern,
    minRun: { chars: '[A-Z]', length },
    examples: [],
    counterExamples: [],
  });
  const rules = [spec('run-8', 8, '\\b([A-Z]{8,})\\b'), spec('run-5', 5, 'key=([A-Z]{5})\\b')];

  it('runs a rule only on text holding a long enough run of its class', () => {
    const engine = new Engine(rules);
    expect(engine.scan('key=ABCDE and key=ABCDEFGHIJ').map((m) => [m.ruleId, m.secret])).toEqual([
      ['run-5', 'ABCDE'],
      ['run-8', 'ABCDEFGHIJ'],
    ]);
    // A pattern that would match seven letters is not even tried on a 7-letter run when the
    // rule declares it needs 8; declaring 7 lets it match.
    expect(new Engine([spec('run-8', 8, '([A-Z]{7})')]).scan('key ABCDEFG')).toEqual([]);
    expect(new Engine([spec('run-7', 7, '([A-Z]{7})')]).scan('key ABCDEFG').map((m) => m.secret)).toEqual(['ABCDEFG']);
  });

  it('finds a run of the length asked for wherever it is, as reading every byte does', () => {
    const member = new Uint8Array(256);
    for (const c of 'AB') member[c.charCodeAt(0)] = 1;
    // Every run of A and B at least `length` long, as [start, end) pairs.
    const expected = (text: string, length: number): number[] =>
      [...text.matchAll(/[AB]+/g)]
        .filter((m) => m[0].length >= length)
        .flatMap((m) => [m.index, m.index + m[0].length]);
    // Random text over a small alphabet has runs of every length, at every alignment.
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 2000; t++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => 'ABx\u0100'[Math.floor(next() * 4)]!).join('');
      for (let length = 1; length <= 12; length++)
        expect(runsOf(text, member, length), `${JSON.stringify(text)} ${length}`).toEqual(expected(text, length));
    }
  });

  it('refuses a class that is not a valid regex', () => {
    expect(() => new Engine([{ ...rules[0]!, minRun: { chars: '[z-a]', length: 3 } }])).toThrow(
      /minRun.chars is not a valid character class/,
    );
  });
});
