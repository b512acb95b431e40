/**
 * NTLM AUTHENTICATE messages (MS-NLMP 2.2.1.3), base64 in an `Authorization: NTLM …` or
 * `Negotiate …` header. The message carries the user, the domain and the NT challenge response,
 * which can be cracked offline for the password or relayed; the NEGOTIATE and CHALLENGE messages
 * carry no credential. The check reads the fixed header: a message whose response or user name is
 * empty (anonymous authentication) or whose fields point outside it is not one.
 */
import { isDemoUser } from '../evidence/demo.js';

const SIGNATURE = 'NTLMSSP\0';
/**
 * The fixed fields of an AUTHENTICATE_MESSAGE (MS-NLMP 2.2.1.3), from Signature to NegotiateFlags:
 * 8 + 4 + six 8-byte security buffers + 4. Version (8 bytes) and MIC (16) may follow, so the
 * Payload starts at 64, 72 or 88; a field's BufferOffset counts from the start of the message,
 * so one that points below 64 points into the fixed fields, not at a payload.
 */
const HEADER_BYTES = 64;
// An NTLMv1 response is 24 bytes; an NTLMv2 response is longer.
const MIN_NT_RESPONSE = 24;

interface Field {
  length: number;
  offset: number;
}

/** A security buffer: a little-endian length, maximum length and offset. */
function field(buf: Buffer, at: number): Field {
  return { length: buf.readUInt16LE(at), offset: buf.readUInt32LE(at + 4) };
}

function inside(buf: Buffer, f: Field): boolean {
  return f.offset >= HEADER_BYTES && f.offset + f.length <= buf.length;
}

/** The user name of an AUTHENTICATE message, or undefined when the bytes are not a usable one. */
export function ntlmAuthenticateUser(b64: string): string | undefined {
  const buf = Buffer.from(b64, 'base64');
  if (buf.length < HEADER_BYTES || buf.toString('latin1', 0, 8) !== SIGNATURE || buf.readUInt32LE(8) !== 3) {
    return undefined;
  }
  const nt = field(buf, 20);
  const user = field(buf, 36);
  if (nt.length < MIN_NT_RESPONSE || !inside(buf, nt) || user.length === 0 || !inside(buf, user)) return undefined;
  // NTLMSSP_NEGOTIATE_UNICODE (flag A) says the names are UTF-16LE; otherwise the OEM code page.
  const unicode = (buf.readUInt32LE(60) & 1) === 1;
  return buf.toString(unicode ? 'utf16le' : 'latin1', user.offset, user.offset + user.length);
}

/** A well-formed AUTHENTICATE message with a response, for a user that is not a stand-in. */
export function ntlmAuthenticate(secret: string): boolean {
  const user = ntlmAuthenticateUser(secret);
  // MS-NLMP's own worked examples, which libraries copy into their tests, log in as "User".
  return user !== undefined && !isDemoUser(user);
}
