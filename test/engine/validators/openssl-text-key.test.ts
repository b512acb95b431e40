import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { opensslTextPrivateKey } from '../../../src/engine/validators/openssl-text-key.js';
import { scan } from '../../helpers/builtin-scan.js';

// Throwaway keys generated in memory for each run, printed in the layout of `openssl pkey -text`.
const b64url = (s: string | undefined): Buffer => Buffer.from(s!, 'base64url');

/** One component: its name, then its bytes 15 to a line, four spaces in (a sign byte on a high bit, as OpenSSL adds). */
function component(name: string, bytes: Buffer, signed = true): string {
  const b = signed && bytes[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0'));
  const rows: string[] = [];
  for (let i = 0; i < hex.length; i += 15)
    rows.push(`    ${hex.slice(i, i + 15).join(':')}${i + 15 < hex.length ? ':' : ''}`);
  return `${name}:\n${rows.join('\n')}`;
}

function rsaDump(): string {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
  return [
    'Private-Key: (1024 bit, 2 primes)',
    component('modulus', b64url(jwk.n)),
    'publicExponent: 65537 (0x10001)',
    component('privateExponent', b64url(jwk.d)),
    component('prime1', b64url(jwk.p)),
    component('prime2', b64url(jwk.q)),
    component('exponent1', b64url(jwk.dp)),
    component('exponent2', b64url(jwk.dq)),
    component('coefficient', b64url(jwk.qi)),
  ].join('\n');
}

function ecDump(): string {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const pub = Buffer.concat([Buffer.from([4]), b64url(jwk.x), b64url(jwk.y)]);
  return [
    'Private-Key: (256 bit)',
    component('priv', b64url(jwk.d), false),
    component('pub', pub, false),
    'ASN1 OID: prime256v1',
    'NIST CURVE: P-256',
  ].join('\n');
}

function ed25519Dump(): string {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return ['ED25519 Private-Key:', component('priv', b64url(jwk.d), false), component('pub', b64url(jwk.x), false)].join(
    '\n',
  );
}

/** The dump with one hex digit of its first private component changed. */
const edited = (dump: string): string =>
  dump.replace(/(priv(?:ateExponent)?:\n {4}[0-9a-f]{2}:)([0-9a-f])/, (_, a, d) => a + (d === '0' ? '1' : '0'));

describe('opensslTextPrivateKey', () => {
  it('accepts RSA, EC and Ed25519 dumps whose values agree', () => {
    expect(opensslTextPrivateKey(rsaDump())).toBe(true);
    expect(opensslTextPrivateKey(ecDump())).toBe(true);
    expect(opensslTextPrivateKey(ed25519Dump())).toBe(true);
  });

  it('reads the dump with Windows line ends and indented as a block', () => {
    expect(opensslTextPrivateKey(ecDump().replace(/\n/g, '\r\n'))).toBe(true);
    expect(opensslTextPrivateKey(rsaDump().replace(/\n/g, '\n\t'))).toBe(true);
  });

  it('turns down a dump with a digit changed, a shortened one and a public key', () => {
    expect(opensslTextPrivateKey(edited(ecDump()))).toBe(false);
    expect(opensslTextPrivateKey(edited(ed25519Dump()))).toBe(false);
    const rsa = rsaDump();
    expect(opensslTextPrivateKey(rsa.replace(/prime2:\n(?: {4}.*\n)+/, 'prime2:\n    ...\n'))).toBe(false);
    expect(opensslTextPrivateKey(ecDump().replace(/priv:\n(?: {4}.*\n)+/, ''))).toBe(false);
  });
});

describe('private-key-openssl-text', () => {
  it('finds a dump pasted into an issue, and reports it where the header is', () => {
    const text = `Steps to reproduce:\n\n\`\`\`\n$ openssl pkey -in key.pem -noout -text\n${rsaDump()}\n\`\`\`\n`;
    const found = scan(text, 'issue.md').filter((m) => m.ruleId === 'private-key-openssl-text');
    expect(found.map((m) => [m.line, m.confidence])).toEqual([[5, 'high']]);
  });

  it('reports nothing for a dump with an edited value', () => {
    expect(scan(edited(ecDump()), 'notes.txt').map((m) => m.ruleId)).not.toContain('private-key-openssl-text');
  });
});
