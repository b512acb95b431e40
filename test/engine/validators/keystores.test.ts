import { describe, expect, it } from 'vitest';
import { getValidator } from '../../../src/engine/validators/index.js';
import { javaKeystoreBase64, pkcs12Base64, pkcs12Contents } from '../../../src/engine/validators/keystores.js';
import { pfx as builtPfx, tlv as derTlv } from '../../helpers/pkcs12.js';

/** A DER TLV with a short or two-byte length. */
function tlv(tag: number, body: Buffer): Buffer {
  const len =
    body.length < 0x80 ? Buffer.from([body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 255]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

/** The outline of a PFX: version 3, authSafe ContentInfo of type data, MAC data. */
function pfx(version = 3): Buffer {
  const data = tlv(0x06, Buffer.from('2a864886f70d010701', 'hex'));
  const authSafe = tlv(0x30, Buffer.concat([data, tlv(0xa0, tlv(0x04, Buffer.alloc(300, 7)))]));
  return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([version])), authSafe, tlv(0x30, Buffer.alloc(40, 1))]));
}

const u16 = (n: number): Buffer => Buffer.from([n >> 8, n & 255]);
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const utf = (s: string): Buffer => Buffer.concat([u16(s.length), Buffer.from(s)]);
const cert = (): Buffer => Buffer.concat([utf('X.509'), u32(64), Buffer.alloc(64, 3)]);

/** A JKS file: magic, version 2, entries, SHA-1 digest. */
function jks(entries: Buffer[], magic = 0xfeedfeed): Buffer {
  return Buffer.concat([u32(magic), u32(2), u32(entries.length), ...entries, Buffer.alloc(20, 9)]);
}
const keyEntry = (): Buffer =>
  Buffer.concat([u32(1), utf('app'), Buffer.alloc(8), u32(80), Buffer.alloc(80, 5), u32(1), cert()]);
const certEntry = (): Buffer => Buffer.concat([u32(2), utf('ca'), Buffer.alloc(8), cert()]);

describe('key store validators', () => {
  it('are registered by name', () => {
    expect(getValidator('pkcs12-base64')).toBe(pkcs12Base64);
    expect(getValidator('java-keystore-base64')).toBe(javaKeystoreBase64);
  });

  it('read a PFX whose outer length covers the value, wrapped or not', () => {
    const b64 = pfx().toString('base64');
    expect(pkcs12Base64(b64)).toBe(true);
    expect(pkcs12Base64(b64.replace(/(.{64})/g, '$1\n    '))).toBe(true);
    expect(pkcs12Base64(b64.slice(0, 200))).toBe(false);
    expect(pkcs12Base64(pfx(1).toString('base64'))).toBe(false);
    expect(pkcs12Base64(b64, { lead: 'TRUSTSTORE_P12=' })).toBe(false);
  });

  it('tell what a PFX holds from its clear parts', () => {
    expect(pkcs12Contents(builtPfx([['certificate', 'key']]))).toBe('plain-key');
    expect(pkcs12Contents(builtPfx(['sealed', ['shrouded-key']]))).toBe('key');
    expect(pkcs12Contents(builtPfx(['sealed', ['certificate']]))).toBe('sealed');
    expect(pkcs12Contents(builtPfx(['sealed']))).toBe('sealed');
    expect(pkcs12Contents(builtPfx([['certificate'], ['certificate']]))).toBe('certificates');
    // An authSafe of signedData (public-key integrity mode) is not opened.
    const signed = derTlv(
      0x30,
      derTlv(0x02, Buffer.from([3])),
      derTlv(0x30, derTlv(0x06, Buffer.from('2a864886f70d010702', 'hex')), derTlv(0xa0, Buffer.alloc(40, 2))),
    );
    expect(pkcs12Contents(signed)).toBe('sealed');
    const whole = builtPfx([['key']]);
    expect(pkcs12Contents(whole.subarray(0, whole.length - 10))).toBeUndefined();
  });

  it('report a PFX by what it may hold: an unencrypted key surely, certificates only never', () => {
    const b64 = (parts: Parameters<typeof builtPfx>[0]) => builtPfx(parts).toString('base64');
    expect(pkcs12Base64(b64([['certificate', 'key']]))).toEqual({ confidence: 'high' });
    expect(pkcs12Base64(b64(['sealed', ['shrouded-key']]))).toBe(true);
    expect(pkcs12Base64(b64(['sealed', ['certificate']]))).toBe(true);
    expect(pkcs12Base64(b64([['certificate']]))).toBe(false);
  });

  // Issue 11, class 2: Bouncy Castle and NSS write PKCS#12 in BER, with indefinite lengths and
  // the data contents as OCTET STRINGs in segments.
  it('tell what a PFX in BER holds, as they do in DER', () => {
    const ber = (parts: Parameters<typeof builtPfx>[0]) => builtPfx(parts, { ber: true });
    expect(ber([['certificate', 'key']]).subarray(0, 2)).toEqual(Buffer.from([0x30, 0x80]));
    expect(pkcs12Contents(ber([['certificate', 'key']]))).toBe('plain-key');
    expect(pkcs12Contents(ber(['sealed', ['shrouded-key']]))).toBe('key');
    // Bags of more than one segment: the SafeContents is whole only once they are joined.
    expect(pkcs12Contents(ber([['certificate', 'certificate', 'certificate', 'shrouded-key']]))).toBe('key');
    expect(pkcs12Contents(ber(['sealed', ['certificate']]))).toBe('sealed');
    expect(pkcs12Contents(ber([['certificate'], ['certificate']]))).toBe('certificates');
    expect(pkcs12Base64(ber([['certificate'], ['certificate']]).toString('base64'))).toBe(false);
    expect(pkcs12Base64(ber([['key']]).toString('base64'))).toEqual({ confidence: 'high' });
  });

  it('take no BER value that is cut, grown or not closed', () => {
    const whole = builtPfx(['sealed', ['shrouded-key']], { ber: true });
    // Without its last end-of-contents, then cut inside a segment.
    expect(pkcs12Contents(whole.subarray(0, whole.length - 2))).toBeUndefined();
    expect(pkcs12Contents(whole.subarray(0, 700))).toBeUndefined();
    expect(pkcs12Contents(Buffer.concat([whole, Buffer.alloc(2)]))).toBeUndefined();
    // An indefinite length on a primitive (INTEGER 3 written 02 80) is not BER.
    const primitive = Buffer.from(whole);
    primitive[3] = 0x80;
    expect(pkcs12Contents(primitive)).toBeUndefined();
    // Nesting without end does not recurse without end.
    const deep = Buffer.concat([Buffer.from('3080020103', 'hex'), Buffer.from('3080'.repeat(5000), 'hex')]);
    expect(pkcs12Contents(deep)).toBeUndefined();
  });

  it('take a JKS or JCEKS store with a key entry, whole, and not a store of certificates only', () => {
    expect(javaKeystoreBase64(jks([certEntry(), keyEntry()]).toString('base64'))).toBe(true);
    expect(javaKeystoreBase64(jks([keyEntry()], 0xcececece).toString('base64'))).toBe(true);
    expect(javaKeystoreBase64(jks([certEntry(), certEntry()]).toString('base64'))).toBe(false);
    expect(javaKeystoreBase64(jks([keyEntry()]).subarray(0, 150).toString('base64'))).toBe(false);
  });
});
