/**
 * Issue 10, item 11: the private-key rules that match a whole block had a lazy gap
 * `[\s\S]{n,65536}?` from the BEGIN line to the END line. From every BEGIN line the gap was
 * tried at each length up to its bound, so a file of BEGIN lines with no END took time
 * proportional to its size times the bound (144 s for 9.9 MB). The gap may no longer run over
 * another BEGIN line, so each byte is walked from one BEGIN line at most.
 *
 * Work is compared as a ratio (time at 4x the input over time at 1x, best of a few runs); no
 * test asserts a time. Below the bound the old gap was quadratic (a ratio near 16), now linear
 * (near 4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';

const rules = loadBuiltinRules();

/** A block header repeated, each followed by a short line of base64-looking filler. */
function headers(header: string, size: number): Buffer {
  const unit = `${header}\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n`;
  return Buffer.from(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
}

/** A rule's examples as rules/private-keys.yaml writes them (the built rules do not carry them). */
function examplesOf(id: string): string[] {
  const file = parse(readFileSync(new URL('../../rules/private-keys.yaml', import.meta.url), 'utf8')) as {
    rules: { id: string; examples: string[] }[];
  };
  return file.rules.find((r) => r.id === id)!.examples;
}

/** The best of five timings of `reps` scans of `input` (repeated so small inputs take some ms). */
function bestTime(engine: Engine, input: Buffer, reps: number): number {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) engine.scan(input);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const CASES: [string, string, number][] = [
  ['pgp-private-key-block', '-----BEGIN PGP PRIVATE KEY BLOCK-----', 65536],
  ['ssh2-encrypted-private-key', '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', 32768],
  ['putty-private-key', 'PuTTY-User-Key-File-3: ssh-ed25519', 16384],
  ['putty-private-key-encrypted', 'PuTTY-User-Key-File-2: ssh-rsa', 16384],
  ['private-key-pem-legacy-encrypted', '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED', 16384],
];

describe('block rules on a file of BEGIN lines without an END', () => {
  for (const [id, header, bound] of CASES) {
    it(`${id}: 4x the input is about 4x the work (below its ${bound}-byte bound, and 1 MB vs 4 MB)`, () => {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      const engine = new Engine([rule!], { decodeDepth: 0 });
      engine.scan(headers(header, 4096)); // compiles the regex
      // Repeated so that the large input adds up to 8 MB a timing: a few milliseconds would be
      // noise on a busy machine.
      const reps = Math.ceil((8 << 20) / bound);
      const small = bestTime(engine, headers(header, bound / 4), reps);
      const large = bestTime(engine, headers(header, bound), reps);
      expect(large / small).toBeLessThan(12); // quadratic gave 16 to 26
      // Past the bound the old gap was linear too, with a large factor: 1 MB of headers cost
      // thousands of times what 1 MB without them does. Each size is compared with the same
      // size without headers, which a busy machine's memory effects slow alike.
      const perPlain = (size: number): number => {
        const adversarial = headers(header, size);
        const plain = Buffer.from(adversarial.toString('latin1').replaceAll(header, 'x'.repeat(header.length)));
        return bestTime(engine, adversarial, 2) / bestTime(engine, plain, 2);
      };
      const mb = perPlain(1 << 20);
      expect(mb).toBeLessThan(100);
      expect(perPlain(4 << 20) / mb).toBeLessThan(3);
    }, 120_000);
  }

  it('still finds a block after a run of headers without an END', () => {
    const rule = rules.find((r) => r.id === 'pgp-private-key-block')!;
    const example = examplesOf('pgp-private-key-block')[0]!;
    const engine = new Engine([rule], { decodeDepth: 0 });
    const input = Buffer.concat([
      headers('-----BEGIN PGP PRIVATE KEY BLOCK-----', 200_000),
      Buffer.from(`\n${example}\n`),
    ]);
    expect(engine.scan(input).map((m) => m.ruleId)).toEqual(['pgp-private-key-block']);
  });
});
