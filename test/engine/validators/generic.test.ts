import { describe, expect, it } from 'vitest';
import {
  codeReference,
  passwordForUser,
  pgbouncerUserlistPassword,
  redisCliPassword,
} from '../../../src/engine/validators/generic.js';
import { fileKindOf } from '../../../src/engine/evidence/file-kind.js';
import { scan } from '../../helpers/builtin-scan.js';

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

describe('codeReference', () => {
  type Kind = 'source' | 'test' | 'fixture' | 'docs' | 'config';
  const ref = (line: string, value: string, fileKind: Kind = 'source') => {
    const at = line.indexOf(value);
    return codeReference(value, {
      fileKind,
      lead: line.slice(0, at),
      before: line.slice(0, at),
      after: line.slice(at + value.length),
    });
  };

  it('takes an unquoted identifier ending a statement, an argument, a call or the line in code for a reference', () => {
    expect(ref('    contextToken = previousToken;\n', 'previousToken')).toBe(true);
    expect(ref("  'pem-key': base64PemEncryptedPrivateKey,\n", 'base64PemEncryptedPrivateKey')).toBe(true);
    expect(ref('db.connect(password = userPassword)\n', 'userPassword')).toBe(true);
    expect(ref('client = Client(api_key=settings.API_KEY)\n', 'settings.API_KEY')).toBe(true);
    expect(ref('  return { secret: sessionSecret }\n', 'sessionSecret')).toBe(true);
    expect(ref('auth = settings.AUTH_KEY\n', 'settings.AUTH_KEY', 'test')).toBe(true);
    expect(ref('    token: identifier\n', 'identifier')).toBe(true);
  });

  it('keeps a literal: quoted or opened otherwise, a shell assignment, a default, a comment, a config', () => {
    expect(ref('secret = "Lm39dkQ7wZx4abT2";\n', 'Lm39dkQ7wZx4abT2')).toBe(false);
    expect(ref('secret = %Q(Lm39dkQ7wZx4abT2)\n', 'Lm39dkQ7wZx4abT2')).toBe(false);
    expect(ref('local api_secret = [[Lm39dkQ7wZx4abT2]]\n', 'Lm39dkQ7wZx4abT2')).toBe(false);
    expect(ref('export DB_PASSWORD=Zq8vKm3pLx9wT\n', 'Zq8vKm3pLx9wT')).toBe(false);
    expect(ref('helm install app ./chart --set db.password=Zq8vKm3pLx9wT\n', 'Zq8vKm3pLx9wT')).toBe(false);
    expect(ref('@Value("${db.password:Kq83hdT2xPz9}")\n', 'Kq83hdT2xPz9')).toBe(false);
    expect(ref('export PGPASSWORD=${PGPASSWORD:-Kq83hdT2xPz9}\n', 'Kq83hdT2xPz9')).toBe(false);
    expect(ref('# staging db (pw:Kq83hdT2xPz9)\n', 'Kq83hdT2xPz9')).toBe(false);
    expect(ref('  password: Kq83hdT2xPz9\n', 'Kq83hdT2xPz9', 'fixture')).toBe(false);
    expect(ref('  password: Kq83hdT2xPz9\n', 'Kq83hdT2xPz9', 'config')).toBe(false);
    expect(ref('token: Kq83hdT2xPz9, then restart the server\n', 'Kq83hdT2xPz9', 'docs')).toBe(false);
    expect(ref('secret = Lm39dkQ7-wZx4+abT2\n', 'Lm39dkQ7-wZx4+abT2')).toBe(false);
  });
});

describe('pgbouncerUserlistPassword', () => {
  const userlist = '"app" "Kq83hdT2xPz9Lm"\n"stats" "Vb92_lQp38ZmXc7"\n"admin" "md57ec8d9d81c860613d2ff0bc36fcebb00"\n';
  const found = (text: string, path: string) =>
    scan(text, path)
      .filter((f) => f.ruleId === 'pgbouncer-userlist-password')
      .map((f) => f.secret);

  it('reads the plaintext lines of a file named userlist.txt, and leaves the hashed ones to the hash rules', () => {
    expect(fileKindOf('etc/pgbouncer/userlist.txt')).toBe('credentials');
    expect(found(userlist, 'etc/pgbouncer/userlist.txt')).toEqual(['Kq83hdT2xPz9Lm', 'Vb92_lQp38ZmXc7']);
  });

  it('needs the file to be an auth_file: two quoted words elsewhere are not one', () => {
    expect(found(userlist, 'data/pairs.txt')).toEqual([]);
    expect(found(`# auth_file for pgbouncer.ini\n${userlist}`, 'deploy/users.txt')).toHaveLength(2);
  });

  it('drops stand-ins and reads a quoted word as a password', () => {
    expect(found('"app" "changeme"\n', 'userlist.txt')).toEqual([]);
    expect(pgbouncerUserlistPassword('kestrel', { fileKind: 'credentials' })).not.toBe(false);
  });
});
