import { describe, expect, it } from 'vitest';
import { WireReader, decodeBase64Strict, wireString, wireUint32 } from '../../../src/engine/validators/ssh-wire.js';

describe('ssh-wire', () => {
  it('reads what it writes and stops at the end of the buffer', () => {
    const r = new WireReader(
      Buffer.concat([wireString('ssh-ed25519'), wireUint32(7), wireString(Buffer.from([1, 2]))]),
    );
    expect(r.name()).toBe('ssh-ed25519');
    expect(r.uint32()).toBe(7);
    expect(r.string()).toEqual(Buffer.from([1, 2]));
    expect(r.uint32()).toBeUndefined();
    expect(new WireReader(wireUint32(1000)).string()).toBeUndefined();
    expect(new WireReader(wireString('has space')).name()).toBeUndefined();
  });

  it('decodes only well-formed base64', () => {
    expect(decodeBase64Strict('aGVsbG8=')).toEqual(Buffer.from('hello'));
    expect(decodeBase64Strict('aGVsbG8')).toEqual(Buffer.from('hello'));
    expect(decodeBase64Strict('aGVsb...')).toBeUndefined();
    expect(decodeBase64Strict('aGVsbG8==')).toBeUndefined();
    expect(decodeBase64Strict('a')).toBeUndefined();
  });
});
