import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getValidator } from '../../../src/engine/validators/index.js';
import { xmlDsaPrivateKey, xmlRsaPrivateKey } from '../../../src/engine/validators/xml-key-value.js';

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

describe('xml-dsa-private-key', () => {
  // DSA.ToXmlString(true) of a 1024-bit test key (generated for this test).
  const dsa =
    '<DSAKeyValue><P>pv+S47gQVJtWYaExezExzCHTdcwia3F45Sq123CYXSFTGktPsTI2+IMi1X0M0V8iw6YQSF9y2RPsIHgl8RaT+v6w7nJlOUJ70VRtRCl148V4CK0ATOHN43agYfXpRDJl16add1A7q+Y3gZwzaEV1y/8D8iImPERM0H+Y45gL8eU=</P><Q>9ELV47cefbF8I5qq574dZ1EyQ9E=</Q><G>dzKySNXpNYRAEoB6NwQ3jl1MBzxz7BCmbLsmTm3+Y8d2jmoqCk6wgh2Jkn5FP33yuYcPmSJGtJFiW5pJ7jH2tYZoAK/la+DLpASx3ZqTvxc/1Ino41nseUcquSgNXRVUKayD9yVGOimSlXf7DlW65kjPFtCKnqAIgSJM+7tn8xc=</G><Y>M3JvTMqUghJyRSJSpLLIHri2myCjYNMyY56ArqHomFt6BsL9rPVcAfaVOuqvwQfsGHwhAR/GfFcWa3pFqAZZUNwXXm5VDJK+yT9Jkdwb/nyu/neNIrYpKYx5A2qbbfD/mE/93CN9+AOpFDJCCHY4GApkZS0HK+W9LuKv0sK1VMM=</Y><J>rwYrFdC1al5TsapZ81mpzcZ8bDzNRCvywfrpP1+q3uoUYF/mKlOfBw67SoD02It//Xp2PdsH2phdzwV/rmlFBLchihZFebMH8OtFYhrVch2xv1dS4SMw4/ftQ8qZLcUHbChHHHDyLHp+8ICk</J><X>YAdAEKJc9E2VO8mQEY/beMhdroE=</X></DSAKeyValue>';

  it('accepts a key whose Y is G^X mod P', () => {
    expect(xmlDsaPrivateKey(dsa)).toBe(true);
    expect(xmlDsaPrivateKey(dsa.replace(/></g, '>\n  <'))).toBe(true);
  });

  it('rejects a public key, an edited X and elided values', () => {
    expect(xmlDsaPrivateKey(dsa.replace(/<X>.*<\/X>/, ''))).toBe(false);
    expect(xmlDsaPrivateKey(dsa.replace('<X>YAdA', '<X>YAdB'))).toBe(false);
    expect(xmlDsaPrivateKey(dsa.replace(/<(P|G|Y|X)>[^<]*</g, '<$1>...<'))).toBe(false);
  });
});
