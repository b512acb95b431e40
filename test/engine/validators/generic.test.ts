import { describe, expect, it } from 'vitest';
import { passwordForUser, redisCliPassword } from '../../../src/engine/validators/generic.js';

describe('passwordForUser', () => {
  const stated = (secret: string, fileKind: 'unknown' | 'docs' | 'source', q = '"', before = 'The default ') =>
    passwordForUser(secret, { groups: { name: 'password', user: 'svc-mon', q }, fileKind, before });

  it('keeps a quoted short word stated as a named user password, at low confidence', () => {
    expect(stated('kestrel', 'unknown')).toEqual({ confidence: 'low' });
  });

  it('reports the user name repeated as an example, and drops a placeholder', () => {
    expect(stated('changeme', 'unknown')).toBe(false);
    expect(stated('svc-mon', 'unknown')).toEqual({ confidence: 'low', example: true });
  });

  it('does not take an unquoted word, or a sentence in code outside a comment', () => {
    expect(stated('kestrel', 'unknown', '')).toBe(false);
    expect(stated('kestrel', 'source', '"', 'msg = "The default ')).toBe(false);
  });
});

describe('redisCliPassword', () => {
  it('reads -a only in a Redis client command', () => {
    expect(
      redisCliPassword('Kq83hdT2xPz9mW', { before: 'redis-cli -h cache.internal ', fileKind: 'unknown' }),
    ).not.toBe(false);
    expect(redisCliPassword('Kq83hdT2xPz9mW', { before: 'redis-cli ping; tar ', fileKind: 'unknown' })).toBe(false);
  });
});
