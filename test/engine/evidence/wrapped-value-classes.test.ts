/**
 * Issue 11: a value on the line after its key, unquoted. YAML writes a plain scalar indented
 * under its key, Python's configparser an INI value on an indented continuation line, Java's
 * `.properties` and Make a value after a line-ending backslash, and a shell script a value that
 * starts the next line after `NAME=\`. Each case is a real shape with made-up values; each class
 * has look-alikes that stay quiet: a nested mapping, a list, a sentence, a value that goes on, an
 * expression in code.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, expectQuiet, scan } from '../../helpers/builtin-scan.js';

describe('an unquoted value on the line after its key', () => {
  it.each([
    [
      'a YAML plain scalar under a Spring datasource',
      'src/main/resources/application.yml',
      'spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password:\n      Nz8kRm4xQp6tLn2v\n  jpa:\n    open-in-view: false\n',
      'Nz8kRm4xQp6tLn2v',
    ],
    [
      'a YAML key in a list entry',
      'deploy/targets.yml',
      '- name: staging\n  api_token:\n    Pz8kRm4xQp6tLn2v\n- name: production\n  api_token: ${PROD_TOKEN}\n',
      'Pz8kRm4xQp6tLn2v',
    ],
    [
      'an INI continuation line',
      'setup.cfg',
      '[pypi]\nusername = deploy\npassword =\n    Rz8kRm4xQp6tLn2v\n\n[tool:pytest]\naddopts = -q\n',
      'Rz8kRm4xQp6tLn2v',
    ],
    [
      'a .properties continuation',
      'src/main/resources/application.properties',
      'spring.datasource.username=app\nspring.datasource.password=\\\n    Wz3kRm7xQp9tLn5v\nspring.jpa.show-sql=false\n',
      'Wz3kRm7xQp9tLn5v',
    ],
    [
      'a Makefile continuation',
      'Makefile',
      'API_TOKEN := \\\n\tQz8kRm4xQp6tLn2v\n\ndeploy:\n\t./deploy.sh\n',
      'Qz8kRm4xQp6tLn2v',
    ],
    [
      'a shell continuation whose value starts the next line',
      'scripts/env.sh',
      '#!/bin/sh\nexport DB_PASSWORD=\\\nTz6kRm2xQp4tLn8w\nexec ./server\n',
      'Tz6kRm2xQp4tLn8w',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret, 'generic-secret-wrapped');
  });

  it('reports a demonstration value in the docs as an example', () => {
    const text =
      'Set the key in `config/secrets.yml`:\n\n```yaml\nproduction:\n  secret_key_base:\n    Oz8kRm4xQp6tLn2v\n```\n';
    const m = scan(text, 'docs/deploy.md').find((f) => f.secret === 'Oz8kRm4xQp6tLn2v');
    expect(m?.confidence).not.toBe('high');
  });

  it('leaves nested keys, lists, sentences, values that go on and code alone', () => {
    expectQuiet('api_tokens:\n  - Xk4mN8qR2vT6yB1cE5gJ\n', 'config/tokens.yml');
    expectQuiet('Password:\n    Enter the password you signed up with\n', 'notes.txt');
    expectQuiet('[db]\npassword =\n    Rz8kRm4xQp6tLn2v\n    Hs82kdL3mQz9x\n', 'app.ini');
    expectQuiet('password:\n  ${DB_PASSWORD}\n', 'config/app.yml');
    expectQuiet('secret:\nXk4mN8qR2vT6yB1cE5gJ\n', 'config/app.yml');
    // In code an unquoted word is an expression, and a shell word indented after `NAME=\` a command.
    expectQuiet('password = \\\n    get_password_from_vault\n', 'app/db.py');
    expectQuiet('const cfg = {\n  token:\n    someTokenVariable\n};\n', 'src/cfg.js');
    expectQuiet('export DB_PASSWORD=\\\n  Tz6kRm2xQp4tLn8w\n', 'scripts/env.sh');
  });
});

describe('a quoted value on the line after its key, in more forms', () => {
  it.each([
    [
      'after a Python line-ending backslash',
      'project/settings.py',
      'DEBUG = False\nDB_PASSWORD = \\\n    "Mz8kRm4xQp6tLn2v"\n',
      'Mz8kRm4xQp6tLn2v',
      'generic-secret-quoted',
    ],
    [
      'after a shell line-ending backslash',
      'scripts/env.sh',
      'export API_TOKEN=\\\n"Lz8kRm4xQp6tLn2v"\n',
      'Lz8kRm4xQp6tLn2v',
      'generic-secret-quoted',
    ],
    [
      'under a quoted YAML key, unquoted',
      'config/app.yml',
      'db:\n  "db_password":\n    Tb5nWq8zKx3mLp7r\n  "db_user": app\n',
      'Tb5nWq8zKx3mLp7r',
      'generic-secret-wrapped',
    ],
    [
      'under a weak name, as a formatter wraps a long one',
      'src/maps.js',
      'export const maps = {\n  region: "eu-west-1",\n  key:\n    "Kz8kRm4xQp6tLn2vXq9wBn4T",\n};\n',
      'Kz8kRm4xQp6tLn2vXq9wBn4T',
      'generic-weak-name-secret',
    ],
  ])('%s', (_what, path, text, secret, rule) => {
    expectFound(text, path, secret, rule);
  });

  it('leaves a bare word, or a nested key, under a wrapped weak name alone', () => {
    expectQuiet('export const maps = {\n  key:\n    Kz8kRm4xQp6tLn2vXq9wBn4T,\n};\n', 'src/maps.js');
    expectQuiet('key:\n  "Kz8kRm4xQp6tLn2vXq9wBn4T": 1\n', 'config/keys.yml');
  });
});
