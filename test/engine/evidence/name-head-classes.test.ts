/**
 * Issue 11: long credential names. A name that says what its secret is for
 * (`secret_key_for_the_legacy_upload_service`) holds a secret whatever the words of its purpose
 * say; only the head of the name (up to the preposition) is weighed. A name that ends in its
 * describing word (`token_for`, `password_changed_at`) still describes rather than holds.
 */
import { describe, expect, it } from 'vitest';
import { nameStrength } from '../../../src/engine/evidence/assess.js';
import { identifierWords, nameHead } from '../../../src/engine/evidence/name-vocabulary.js';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

describe('the head of a name', () => {
  it.each([
    ['secret_key_for_the_legacy_upload_service', ['secret', 'key']],
    ['apiTokenFromVendorPortal', ['api', 'token']],
    ['DB_PASSWORD_OF_REPLICA', ['db', 'password']],
    ['secret_looks_like_linux_path_1', ['secret', 'looks']],
  ])('%s → %j', (name, head) => {
    expect(nameHead(name).head).toEqual(head);
  });

  it.each(['token_for', 'password_changed_at', 'password_hash', 'url_for_password_reset', 'needsSecondPassForFixAll'])(
    '%s keeps all its words',
    (name) => {
      expect(nameHead(name).head).toEqual(identifierWords(name));
    },
  );

  it('weighs the head: a purpose phrase neither adds nor vetoes', () => {
    expect(nameStrength('secret_key_for_the_upload_service')).toBe(2);
    expect(nameStrength('token_for_user_path')).toBe(1);
    expect(nameStrength('password_hash_for_user')).toBeUndefined();
    expect(nameStrength('token_for')).toBeUndefined();
  });
});

describe('a describing word between two credential words', () => {
  // `key store password` is the store's password: the describing word after `key` is followed by
  // the credential word that names the value. Only a describing word after the last one vetoes.
  it('weighs the name by its last credential word', () => {
    expect(nameStrength('keyStorePassword')).toBe(2);
    expect(nameStrength('key_store_password')).toBe(2);
    expect(nameStrength('password_store')).toBeUndefined();
    expect(nameStrength('api_key_id')).toBeUndefined();
  });

  it.each([
    ['build.gradle', 'keyStorePassword = "Hq7vT2mWx9pLr4Zs"\n'],
    ['application.properties', 'server.ssl.key-store-password=Hq7vT2mWx9pLr4Zs\n'],
    ['config.py', 'KEY_STORE_PASSWORD = "Hq7vT2mWx9pLr4Zs"\n'],
  ])('%s: a key store password is found', (path, text) => {
    expectFound(text, path, 'Hq7vT2mWx9pLr4Zs');
  });
});

describe('names more than twenty characters past the credential word', () => {
  it.each([
    [
      'Python, a purpose phrase ending in a describing word',
      'settings.py',
      'secret_key_for_the_legacy_upload_service = "Zq8v-R2kLmP4xT7n!"\n',
      'Zq8v-R2kLmP4xT7n!',
    ],
    [
      'Go, base64 holding slashes',
      'secret.go',
      'var secret_looks_like_linux_path_1="/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF"\n',
      '/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF',
    ],
    [
      '.env, unquoted',
      '.env',
      'STRIPE_SECRET_KEY_FOR_THE_BILLING_WORKER=Lm39dkQ7wZx4Rt72nxB4\n',
      'Lm39dkQ7wZx4Rt72nxB4',
    ],
    [
      'YAML, camel case',
      'config/app.yml',
      'accessTokenForTheNightlyExportJob: Vb92_lQp38ZmXc7Tr41K\n',
      'Vb92_lQp38ZmXc7Tr41K',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves names that describe their secret alone, however long', () => {
    const text =
      'password_hash_for_the_admin_user = "Zq8v-R2kLmP4xT7n!"\n' +
      'secret_file_path_of_the_deploy = "/etc/app/secret-01.pem"\n' +
      'token_expires_at_for_session_cache = "2024-01-01T00:00:00Z"\n' +
      'password_reset_url_for_the_account = "https://acme.dev/reset"\n';
    expect(scan(text, 'settings.py').filter((m) => m.ruleId.startsWith('generic-'))).toEqual([]);
  });

  it('reads a bare `pass` before a preposition as a pass over something', () => {
    const text =
      '    needsSecondPassForFixAll: !isCompleteFix,\n' +
      '  "Running_extra_resolution_pass_for_module_1_using__6140": "Exécution de la passe de résolution pour \'{1}\'",\n';
    expect(scan(text, 'lib/typescript.js').filter((m) => m.ruleId.startsWith('generic-'))).toEqual([]);
  });
});
