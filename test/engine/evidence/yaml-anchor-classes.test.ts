/**
 * Issue 11: YAML anchors and aliases. An anchor (`password: &db_pw …`) names the value that
 * follows it, so the value is still the key's; an alias (`password: *db_pw`) refers to a value
 * anchored elsewhere and is a name, never a password. Real shapes (a docker-compose file's shared
 * settings, a Rails `database.yml`) with made-up values.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

describe('a value after a YAML anchor', () => {
  it.each([
    [
      'unquoted, in a Rails database.yml',
      'config/database.yml',
      'default: &default\n  adapter: postgresql\n  password: &db_password Hs82kdL3mQz9x\n\nproduction:\n  <<: *default\n',
      'Hs82kdL3mQz9x',
    ],
    [
      'quoted, in docker-compose settings',
      'docker-compose.yml',
      'x-smtp:\n  password: &smtp_pw "Tb5nWq8zKx3mLp7r"\nservices:\n  app:\n    image: app:1\n',
      'Tb5nWq8zKx3mLp7r',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret);
  });

  it('reports the anchored value once, and an alias never', () => {
    const text =
      'primary:\n  password: &primary_db_password Hs82kdL3mQz9x\nreplica:\n  password: *primary_db_password\n' +
      'cache:\n  redis_password: *pw\n';
    expect(scan(text, 'config/database.yml').map((m) => m.secret)).toEqual(['Hs82kdL3mQz9x']);
  });
});
