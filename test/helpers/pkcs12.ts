/**
 * PKCS#12 files (RFC 7292) built by hand around a throwaway key, so that tests need no openssl:
 * the PFX outline with its parts in the clear (data) or sealed (encryptedData, random bytes where
 * the ciphertext goes), and the bags inside a clear part. `ber` writes the outline as Bouncy
 * Castle's and NSS's PKCS#12 writers do: indefinite lengths, and the data contents as OCTET
 * STRINGs in segments (Bouncy Castle's BEROctetString cuts them at 1,000 bytes).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** A DER TLV with a short or long length. */
export function tlv(tag: number, ...body: Buffer[]): Buffer {
  const b = Buffer.concat(body);
  const n = b.length;
  const len =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : n < 0x10000
          ? Buffer.from([0x82, n >> 8, n & 255])
          : Buffer.from([0x83, n >> 16, (n >> 8) & 255, n & 255]);
  return Buffer.concat([Buffer.from([tag]), len, b]);
}

const oid = (hex: string): Buffer => tlv(0x06, Buffer.from(hex, 'hex'));
const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
const DATA = '2a864886f70d010701';
const ENCRYPTED_DATA = '2a864886f70d010706';
const BAG = (n: number): string => `2a864886f70d010c0a010${n}`;

/** A throwaway EC key as PKCS#8 DER. */
export const pkcs8Der = (): Buffer =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'der' }) as Buffer;

export type Bag = 'key' | 'shrouded-key' | 'certificate';

/** One SafeBag: a key bag holds the PKCS#8 key; the others hold opaque bytes of their size. */
function bag(kind: Bag): Buffer {
  const id = { key: 1, 'shrouded-key': 2, certificate: 3 }[kind];
  const value = kind === 'key' ? pkcs8Der() : seq(tlv(0x04, randomBytes(kind === 'certificate' ? 400 : 160)));
  return seq(oid(BAG(id)), tlv(0xa0, value));
}

/** A part of the AuthenticatedSafe: bags in the clear, or sealed (encryptedData). */
export type Part = Bag[] | 'sealed';

/** A constructed TLV of indefinite length, closed by the two zero bytes of end-of-contents. */
const indefinite = (tag: number, ...body: Buffer[]): Buffer =>
  Buffer.concat([Buffer.from([tag, 0x80]), ...body, Buffer.alloc(2)]);

/** An OCTET STRING as BER writes it when streaming: constructed (0x24), in segments of 1,000 bytes. */
function segmented(b: Buffer): Buffer {
  const pieces: Buffer[] = [];
  for (let at = 0; at < b.length; at += 1000) pieces.push(tlv(0x04, b.subarray(at, at + 1000)));
  return indefinite(0x24, ...pieces);
}

/** The constructors of one encoding: DER's definite lengths, or BER's indefinite ones. */
interface Encoding {
  seq: (...parts: Buffer[]) => Buffer;
  explicit: (...parts: Buffer[]) => Buffer;
  octets: (b: Buffer) => Buffer;
}
const DER: Encoding = { seq, explicit: (...p) => tlv(0xa0, ...p), octets: (b) => tlv(0x04, b) };
const BER: Encoding = {
  seq: (...p) => indefinite(0x30, ...p),
  explicit: (...p) => indefinite(0xa0, ...p),
  octets: segmented,
};

function contentInfo(part: Part, e: Encoding): Buffer {
  if (part === 'sealed')
    return e.seq(oid(ENCRYPTED_DATA), e.explicit(seq(tlv(0x02, Buffer.from([0])), tlv(0x04, randomBytes(512)))));
  return e.seq(oid(DATA), e.explicit(e.octets(seq(...part.map(bag)))));
}

/**
 * A PFX: version 3, an authSafe of type data holding `parts`, and MAC data; in DER unless `ber`.
 * `berOuter`: only the outermost SEQUENCE has an indefinite length, what it holds is DER (a
 * writer that streams the file and encodes each part whole).
 */
export function pfx(parts: Part[], { ber = false, berOuter = false } = {}): Buffer {
  const e = ber ? BER : DER;
  const authSafe = e.seq(oid(DATA), e.explicit(e.octets(e.seq(...parts.map((p) => contentInfo(p, e))))));
  const mac = seq(
    seq(seq(oid('608648016503040201'), tlv(0x05)), tlv(0x04, randomBytes(32))),
    tlv(0x04, randomBytes(8)),
  );
  return (berOuter ? BER : e).seq(tlv(0x02, Buffer.from([3])), authSafe, mac);
}
