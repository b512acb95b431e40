/**
 * Issue 11: a hard-coded check whose literal is the credential, in the forms languages write it
 * besides `password == "…"`: the literal first (`"…".equals(password)`, Java's null-safe idiom),
 * and comparison functions (`strcmp`, `Objects.equals`, `hmac.compare_digest`,
 * `subtle.ConstantTimeCompare`); and a Gradle `credentials { … }` block written on one line, its
 * directives separated by `;`. The value is weighed as an assignment's: names that describe,
 * other operands and demo words are left alone.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('compare-forms-classes');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pw = (): string => {
  for (;;) {
    const v = keys.chars(14, BASE62);
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
};
const found = (text: string, path: string) => scan(text, path).map((m) => [m.ruleId, m.secret]);

describe('a credential compared with a literal', () => {
  it.each([
    ['Java, literal first', 'src/Auth.java', (v: string) => `if ("${v}".equals(password)) {\n`],
    ['C#, literal first, a member', 'src/Auth.cs', (v: string) => `return "${v}".Equals(request.ApiKey);\n`],
    ['C strcmp', 'src/auth.c', (v: string) => `if (strcmp(passwd, "${v}") == 0) {\n`],
    ['Java Objects.equals', 'src/Auth.java', (v: string) => `if (Objects.equals(adminPassword, "${v}")) {\n`],
    ['Python compare_digest', 'app/auth.py', (v: string) => `return hmac.compare_digest(token, "${v}")\n`],
    [
      'Go ConstantTimeCompare',
      'auth.go',
      (v: string) => `if subtle.ConstantTimeCompare([]byte(secret), []byte("${v}")) == 1 {\n`,
    ],
  ])('%s is found', (_what, path, line) => {
    const v = pw();
    expect(found(line(v), path).map(([, s]) => s)).toContain(v);
  });

  it('leaves other operands, describing names, test assertions and demo words alone', () => {
    const v = pw();
    for (const line of [
      `if ("${v}".equals(username)) {`,
      `if ("${v}".equals(passwordHint)) {`,
      `if (strcmp(user, "${v}") == 0) {`,
      `assertEquals(password, "${v}");`,
      'if ("changeme".equals(password)) {',
      'if (Objects.equals(password, confirmPassword)) {',
    ])
      expect(found(`${line}\n`, 'src/Auth.java'), line).toEqual([]);
  });
});

describe('a Gradle credentials block on one line', () => {
  it.each([
    ['Groovy, double quotes', (v: string) => `credentials { username "ci"; password "${v}" }\n`],
    ['Groovy, single quotes, nested', (v: string) => `maven { credentials { username 'ci'; password '${v}' } }\n`],
  ])('%s is found', (_what, line) => {
    const v = pw();
    // The block's own rule reports it (generic-directive-secret reads the same text as a directive).
    expect(found(line(v), 'build.gradle')).toContainEqual(['gradle-repository-credentials-password', v]);
  });

  it('leaves a stand-in and a value the code goes on with alone', () => {
    expect(found('credentials { username "ci"; password "SOME_PASSWORD" }\n', 'build.gradle')).toEqual([]);
    expect(found(`log(x); password "${pw()}" + suffix\n`, 'build.gradle')).toEqual([]);
  });
});
