import { describe, expect, it } from 'vitest';
import { ntlmAuthenticate, ntlmAuthenticateUser } from '../../../src/engine/validators/ntlm.js';

/** An AUTHENTICATE message laid out as MS-NLMP 2.2.1.3 describes, with made-up response bytes. */
function authenticate(
  user: string,
  opts: { unicode?: boolean; ntLength?: number; userOffset?: number; headerBytes?: 64 | 72 | 88 } = {},
): string {
  const unicode = opts.unicode ?? true;
  const enc = (s: string) => Buffer.from(s, unicode ? 'utf16le' : 'latin1');
  const payloads = [
    Buffer.alloc(24, 7),
    Buffer.alloc(opts.ntLength ?? 120, 9),
    enc('CORP'),
    enc(user),
    enc('WS01'),
    Buffer.alloc(16, 3),
  ];
  // The fixed fields (64 bytes), then Version (8) and MIC (16) when the sender writes them.
  const header = Buffer.alloc(opts.headerBytes ?? 88);
  header.write('NTLMSSP\0', 0, 'latin1');
  header.writeUInt32LE(3, 8);
  let offset = header.length;
  payloads.forEach((p, i) => {
    header.writeUInt16LE(p.length, 12 + i * 8);
    header.writeUInt16LE(p.length, 14 + i * 8);
    header.writeUInt32LE(i === 3 && opts.userOffset !== undefined ? opts.userOffset : offset, 16 + i * 8);
    offset += p.length;
  });
  header.writeUInt32LE(unicode ? 0xe2888215 : 0xe2888214, 60);
  return Buffer.concat([header, ...payloads]).toString('base64');
}

describe('NTLM AUTHENTICATE messages', () => {
  it('reads the user name in UTF-16LE or the OEM code page, as the flags say', () => {
    expect(ntlmAuthenticateUser(authenticate('svc_backup'))).toBe('svc_backup');
    expect(ntlmAuthenticateUser(authenticate('jsmith', { unicode: false }))).toBe('jsmith');
  });

  it('accepts a message with a user and an NT response', () => {
    expect(ntlmAuthenticate(authenticate('svc_backup'))).toBe(true);
    expect(ntlmAuthenticate(authenticate('jsmith', { ntLength: 24 }))).toBe(true);
  });

  it('drops anonymous logins, fields outside the message and the specification example user', () => {
    expect(ntlmAuthenticate(authenticate('svc_backup', { ntLength: 0 }))).toBe(false);
    expect(ntlmAuthenticate(authenticate(''))).toBe(false);
    expect(ntlmAuthenticate(authenticate('svc_backup', { userOffset: 5000 }))).toBe(false);
    expect(ntlmAuthenticate(authenticate('User'))).toBe(false);
  });

  it('takes a payload right after the fixed fields, the Version or the MIC, and none inside them', () => {
    for (const headerBytes of [64, 72, 88] as const) {
      expect(ntlmAuthenticateUser(authenticate('svc_backup', { headerBytes }))).toBe('svc_backup');
    }
    // Offsets 48 to 63 are the workstation, session key and flags fields of the header itself.
    expect(ntlmAuthenticate(authenticate('svc_backup', { userOffset: 52 }))).toBe(false);
    expect(ntlmAuthenticate(authenticate('svc_backup', { userOffset: 63 }))).toBe(false);
    expect(ntlmAuthenticate(authenticate('svc_backup', { userOffset: 64 }))).toBe(true);
  });

  it('drops the other message types and text that is no NTLM message', () => {
    const negotiate = Buffer.from(authenticate('svc_backup'), 'base64');
    negotiate.writeUInt32LE(1, 8);
    expect(ntlmAuthenticate(negotiate.toString('base64'))).toBe(false);
    expect(ntlmAuthenticate(Buffer.from('NTLMSSP\0 too short').toString('base64'))).toBe(false);
  });
});
