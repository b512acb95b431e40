import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getValidator } from '../../../src/engine/validators/index.js';
import { xmlRsaPrivateKey } from '../../../src/engine/validators/xml-key-value.js';

/** What .NET's RSA.ToXmlString(true) writes, from a fresh key (JWK fields are the same integers in base64url). */
function rsaXml(bits = 1024, only?: string[]): string {
  const jwk = generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ format: 'jwk' });
  const b64 = (s: string | undefined): string => Buffer.from(s!, 'base64url').toString('base64');
  const parts: [string, string | undefined][] = [
    ['Modulus', jwk.n],
    ['Exponent', jwk.e],
    ['P', jwk.p],
    ['Q', jwk.q],
    ['DP', jwk.dp],
    ['DQ', jwk.dq],
    ['InverseQ', jwk.qi],
    ['D', jwk.d],
  ];
  const body = parts
    .filter(([name]) => !only || only.includes(name))
    .map(([name, v]) => `<${name}>${b64(v)}</${name}>`)
    .join('\n  ');
  return `<RSAKeyValue>\n  ${body}\n</RSAKeyValue>`;
}

describe('xml-rsa-private-key validator', () => {
  it('is registered by name', () => {
    expect(getValidator('xml-rsa-private-key')).toBe(xmlRsaPrivateKey);
  });

  it('accepts a full private key, and one with only the private exponent', () => {
    expect(xmlRsaPrivateKey(rsaXml())).toBe(true);
    expect(xmlRsaPrivateKey(rsaXml(512, ['Modulus', 'Exponent', 'D']))).toBe(true);
  });

  it('rejects a public key, elided values and a modulus edited after export', () => {
    expect(xmlRsaPrivateKey(rsaXml(1024, ['Modulus', 'Exponent']))).toBe(false);
    expect(xmlRsaPrivateKey('<RSAKeyValue><Modulus>…</Modulus><Exponent>AQAB</Exponent><D>…</D></RSAKeyValue>')).toBe(
      false,
    );
    const key = rsaXml();
    const edited = key.replace(/<Modulus>(.)/, (_, c: string) => `<Modulus>${c === 'A' ? 'B' : 'A'}`);
    expect(xmlRsaPrivateKey(edited)).toBe(false);
  });

  it('rejects a private exponent that does not invert the public one', () => {
    const key = rsaXml(512, ['Modulus', 'Exponent', 'D']);
    expect(xmlRsaPrivateKey(key.replace('<Exponent>AQAB</Exponent>', '<Exponent>Aw==</Exponent>'))).toBe(false);
  });
});
