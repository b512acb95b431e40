/**
 * Issue 10, standing suite: property tests of the redactor (src/report/redact.ts), in process,
 * so they can try many more cases than the CLI property test (redaction-property.test.ts).
 *
 * - Any set of secret spans (overlapping, encoded, reaching in from before the window or out past
 *   its end) and any window over hostile bytes: the masked line holds no 8-character slice of a
 *   secret, and every byte outside the spans is still there, in order.
 * - The engine on generated lines of fake keys (several per line, encoded, spanning lines):
 *   every finding's line, as the reports show it, holds no slice of any planted secret.
 *
 * Seeded and bounded: TOKGUARD_PROPERTY_SEED and TOKGUARD_PROPERTY_RUNS (a multiplier, default 1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { Match } from '../../src/engine/types.js';
import { ENCODED, HIDDEN, maskedLine, redact, secretSpans } from '../../src/report/redact.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { hexEscape, leakedSlices, percentEncode } from '../helpers/leaks.js';

const SEED = Number(process.env.TOKGUARD_PROPERTY_SEED ?? 1010);
const SCALE = Number(process.env.TOKGUARD_PROPERTY_RUNS ?? 1);
const options = (runs: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(runs * SCALE)) });

/** Secrets use letters and digits only; filler never does, so a slice can only come from a secret. */
const secretText = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZ0123456789'),
  minLength: 8,
  maxLength: 48,
});
const HOSTILE = [
  '\x1b[2J',
  '\x1b]0;t\x07',
  '\r',
  '\t',
  '\u0085',
  '\u202e',
  'é',
  '€',
  '😀',
  '::error::',
  '\\',
  '%',
  '"',
  ' ',
];
const fillerText = fc
  .array(fc.constantFrom(...HOSTILE, ...'abcdefghi _-=:,;.[]{}'), { maxLength: 12 })
  .map((a) => a.join(''));

/** One line as segments: filler, or a secret that is reported raw or was decoded from elsewhere. */
const lineModel = fc.array(
  fc.oneof(
    fillerText.map((text) => ({ kind: 'filler' as const, text })),
    fc.record({ kind: fc.constant('secret' as const), text: secretText, encoded: fc.boolean() }),
  ),
  { minLength: 1, maxLength: 10 },
);

interface Built {
  bytes: Buffer;
  matches: Match[];
  secrets: string[];
  /** Byte ranges of filler, to check that nothing around the secrets is lost. */
  filler: { start: number; end: number; text: string }[];
}

function build(segments: readonly { kind: 'filler' | 'secret'; text: string; encoded?: boolean }[]): Built {
  const parts: Buffer[] = [];
  const matches: Match[] = [];
  const secrets: string[] = [];
  const filler: Built['filler'] = [];
  let at = 0;
  for (const s of segments) {
    const b = Buffer.from(s.text);
    if (s.kind === 'secret') {
      secrets.push(s.text);
      matches.push({
        ruleId: 'r',
        secret: s.text,
        start: at,
        end: at + b.length,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        window: { start: 0, bytes: '', cutBefore: false, cutAfter: false },
        confidence: 'high',
        ...(s.encoded ? { decodedFrom: 'base64' } : {}),
      });
    } else if (s.text) filler.push({ start: at, end: at + b.length, text: s.text });
    parts.push(b);
    at += b.length;
  }
  return { bytes: Buffer.concat(parts), matches, secrets, filler };
}

describe('the redactor (property)', () => {
  it('redact() never shows 8 characters of a secret, nor more than a 6-character prefix', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((s) => !s.includes('*')),
        (s) => {
          const r = redact(s);
          expect(r.endsWith(HIDDEN)).toBe(true);
          expect(r.length - HIDDEN.length).toBeLessThanOrEqual(6);
          expect(leakedSlices(r, [s])).toEqual([]);
        },
      ),
      options(500),
    );
  });

  it('maskedLine hides every span that reaches into any window, and keeps every other byte', () => {
    const model = fc.record({
      line: lineModel,
      // Overlapping spans: a second match over part of the line (an encoded run around a secret).
      extra: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
      from: fc.nat(),
      length: fc.nat(),
      cutBefore: fc.boolean(),
      cutAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(model, (c) => {
        const { bytes, matches, secrets, filler } = build(c.line);
        if (c.extra) {
          const [a, b] = [c.extra[0] % (bytes.length + 1), c.extra[1] % (bytes.length + 1)].sort((x, y) => x - y);
          // The engine never reports an empty span.
          if (a! < b!)
            matches.push({ ...matches[0]!, ruleId: 'x', secret: 'x', start: a!, end: b!, encodedAt: [[a!, b!]] });
        }
        const from = c.from % (bytes.length + 1);
        const to = from + (c.length % (bytes.length - from + 1));
        const window = {
          start: from,
          bytes: bytes.subarray(from, to).toString('latin1'),
          cutBefore: c.cutBefore,
          cutAfter: c.cutAfter,
        };
        const spans = secretSpans(matches);
        const shown = maskedLine(window, spans);

        expect(leakedSlices(shown, secrets)).toEqual([]);
        const visible = (f: { start: number; end: number }) =>
          f.start >= from && f.end <= to && !spans.some((s) => s.start < f.end && f.start < s.end);
        let cursor = 0;
        for (const f of filler.filter(visible)) {
          const i = shown.indexOf(f.text, cursor);
          expect(i, `filler ${JSON.stringify(f.text)} kept in ${JSON.stringify(shown)}`).toBeGreaterThanOrEqual(0);
          cursor = i + f.text.length;
        }
        for (const s of spans)
          if (s.start >= from && s.start < to) expect(shown).toContain(s.label === ENCODED ? ENCODED : HIDDEN);
      }),
      options(1000),
    );
  });
});

type Kind = 'github' | 'aws' | 'stripe' | 'slack' | 'base64' | 'percent' | 'escape' | 'pem' | 'solana';

/** What a planted secret is written as, and what no shown line may share 8 characters with. */
function plant(kind: Kind, keys: FakeKeys): { text: string; forbidden: string[] } {
  switch (kind) {
    case 'github': {
      const t = keys.github();
      return { text: `GITHUB_TOKEN=${t}`, forbidden: [t] };
    }
    case 'aws': {
      const t = keys.awsAccessKeyId();
      return { text: `aws_access_key_id=${t}`, forbidden: [t] };
    }
    case 'stripe': {
      const t = keys.stripeLive();
      return { text: `"stripe": "${t}"`, forbidden: [t] };
    }
    case 'slack': {
      const t = keys.slackBot();
      return { text: `SLACK=${t}`, forbidden: [t] };
    }
    case 'base64': {
      const t = keys.github();
      const run = Buffer.from(`GITHUB_TOKEN=${t}`).toString('base64');
      return { text: `auth: ${run}`, forbidden: [t, run] };
    }
    case 'percent': {
      const t = keys.stripeLive();
      const enc = percentEncode(`key=${t}`);
      return { text: `u=https://example.test/?q=${enc}`, forbidden: [t, enc] };
    }
    case 'escape': {
      const t = keys.slackBot();
      const enc = hexEscape(`SLACK=${t}`);
      return { text: `s = "${enc}"`, forbidden: [t, enc] };
    }
    case 'pem': {
      const pem = keys.ecPrivateKeyPem().trimEnd();
      return { text: `key: |\n${pem}`, forbidden: pem.split('\n').filter((l) => !l.startsWith('-----')) };
    }
    case 'solana': {
      const b = keys.solanaKeypair();
      return { text: `"keypair": [\n${b.map((x) => `  ${x}`).join(',\n')}\n]`, forbidden: [b.join(','), b.join(', ')] };
    }
  }
}

const KINDS: Kind[] = ['github', 'aws', 'stripe', 'slack', 'base64', 'percent', 'escape', 'pem', 'solana'];

describe('the lines findings show, from the engine (property)', () => {
  const engine = new Engine(loadBuiltinRules());

  it('hold no 8-character slice of any planted secret, however the secrets share lines', () => {
    const model = fc.record({
      seed: fc.nat(),
      lines: fc.array(
        fc.record({
          lead: fc.constantFrom('', 'x', '# note', '\x1b[31m', 'é€', '::warning::'),
          plants: fc.array(fc.constantFrom(...KINDS), { maxLength: 3 }),
          separator: fc.constantFrom(' ', ', ', '; ', '\t', ' \r '),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(model, (c) => {
        const keys = new FakeKeys(`redactor-property:${c.seed}`);
        const forbidden: string[] = [];
        const text = c.lines
          .map((l) => {
            const ps = l.plants.map((k) => plant(k, keys));
            forbidden.push(...ps.flatMap((p) => p.forbidden));
            return [l.lead, ...ps.map((p) => p.text)].filter(Boolean).join(l.separator);
          })
          .join('\n');
        const matches = engine.scan(Buffer.from(`${text}\n`));
        const spans = secretSpans(matches);
        for (const m of matches) expect(leakedSlices(maskedLine(m.window, spans), forbidden)).toEqual([]);
        if (forbidden.length > 0) expect(matches.length).toBeGreaterThan(0);
      }),
      options(150),
    );
  });
});
