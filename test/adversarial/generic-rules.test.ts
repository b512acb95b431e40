/**
 * The generic password rules run at every place one of their keywords starts (`pass`, `pw`,
 * `token`, `-p`, `identified`…), and a keyword may sit inside another candidate's name or value.
 * The ReDoS analyser, which assumes a search from every position, calls some of them polynomial
 * (generic-secret-quoted already was, before they learnt new layouts); what bounds them is that
 * every quantifier is bounded and each attempt is anchored at a keyword. This measures it: the
 * work on 1 MB of each rule's worst input, as the analyser builds it (keywords packed with no
 * value that completes, values that almost end), is a small factor of the work on 256 KB. Work
 * is CPU time compared as a ratio (test/helpers/work.ts); no test asserts a time. (Each candidate that
 * reaches the evidence scoring costs tens of microseconds, as for the generic rules before: a
 * file made of nothing but candidates is slow, but in proportion to its size.)
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { workRatio } from '../helpers/work.js';

const rules = loadBuiltinRules();

function repeated(unit: string, size: number): Buffer {
  return Buffer.from(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
}

/** Rule id, the repeated unit of its worst input. */
const CASES: [string, string][] = [
  ['generic-secret-quoted', 'PassPassPassPass:"\n'],
  ['generic-secret-quoted', 'ACCESS_KEYvACCESS_KEYv: str = "' + 'x'.repeat(180)],
  ['generic-secret-unquoted', 'PWDPWD:'],
  ['generic-secret-unquoted', 'password=' + 'a'.repeat(150) + ' b'],
  ['generic-secret-unquoted', 'password = ' + 'ab '.repeat(60) + '\n'],
  ['cli-secret-option', '\t-PWHKEKTC_NACYINDRLBWKSTDPNPW-N'],
  ['cli-secret-option', ' --password ' + 'x'.repeat(150) + '"'],
  ['mysql-cli-password', 'mysql -p\u0000'],
  ['sql-password-clause', '=PASSWORD=PASSWORD'],
  // One long line of candidates that reach the validator: its context must not search the whole
  // line for the line's ends (that was quadratic: 1 MB took 30 s).
  ['sql-password-clause', 'password=abc #'],
  ['sql-identified-by-password', 'IDENTIFIED BY ' + 'x'.repeat(150) + '"'],
  ['sshpass-password', 'sshpass -p ' + 'x'.repeat(150) + '"'],
  ['curl-tls-password', 'curl --pass ' + 'x'.repeat(150) + '"'],
  ['powershell-securestring-plaintext', 'ConvertTo-SecureString -Force '],
  ['redis-cli-password', 'redis-cli -a ' + 'x'.repeat(150) + '"'],
  ['net-use-password', 'net use \\\\srv\\share ' + 'x'.repeat(150) + '"'],
  ['generic-secret-quoted', ':password' + ' '.repeat(24) + '=> "'],
];

describe('generic password rules on their worst inputs', () => {
  for (const [id, unit] of CASES) {
    it(`${id} on ${JSON.stringify(unit.slice(0, 30))}…: 1 MB costs a small factor of 256 KB`, () => {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      const engine = new Engine([rule!], { decodeDepth: 0 });
      const scan = (input: Buffer): unknown => engine.scan(input, { path: 'notes.txt' });
      // Linear work makes this 4 (a shared machine adds noise); a rescan from every keyword over
      // an unbounded value would make it 16 and more.
      const ratio = workRatio(scan, repeated(unit, 1 << 18), repeated(unit, 1 << 20), 10);
      expect(ratio).toBeLessThan(10);
    }, 120_000);
  }
});
