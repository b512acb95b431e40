/**
 * Issue 11: assignment forms of languages the generic detectors did not read — a C array or
 * brace initialiser, Visual Basic's typed `Dim`, R's arrow, Objective-C's and C#'s `@"…"`
 * literals, keywords and pairs with no operator (EDN/Clojure, Erlang, C's string copies) — and a
 * bare `salt` as a credential's name. Each is a real shape with made-up values;
 * each has look-alikes that stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

describe('assignment forms of more languages', () => {
  it.each([
    ['a C array', 'src/auth.c', 'static const char secret_key[] = "Kq83hdT2xPz9";\n'],
    ['a sized C array with a brace initialiser', 'src/auth.c', 'char passwd[32] = {"Kq83hdT2xPz9"};\n'],
    ['a C++ member array', 'src/auth.cpp', '    char m_password[64] = "Kq83hdT2xPz9";\n'],
    ["Visual Basic's typed Dim", 'Module1.vb', 'Dim password As String = "Kq83hdT2xPz9"\n'],
    ["R's arrow", 'analysis.R', 'db_password <- "Kq83hdT2xPz9"\n'],
    ['an Objective-C string literal', 'Classes/Api.m', 'NSString *apiSecret = @"Kq83hdT2xPz9";\n'],
    ['a C# verbatim string', 'Program.cs', 'var password = @"Kq83hdT2xPz9";\n'],
  ])('%s', (_what, path, text) => {
    expectFound(text, path, 'Kq83hdT2xPz9');
  });

  it.each([
    ['Python', 'crypto.py', 'salt = "Rt72nxB4qWe8Hs5kLm3v"\n'],
    ['Haskell', 'src/Crypto.hs', 'salt = "Rt72nxB4qWe8Hs5kLm3v"\n'],
    ['a constant', 'config.go', 'const SALT = "Rt72nxB4qWe8Hs5kLm3v"\n'],
  ])('a generated salt in %s', (_what, path, text) => {
    expectFound(text, path, 'Rt72nxB4qWe8Hs5kLm3v');
  });

  it('leaves code, namespaces and comparisons alone', () => {
    const text =
      'salt = "django.core.signing"\n' +
      'x <- password "Kq83hdT2xPz9"\n' +
      'char password[64];\n' +
      'Dim password As String = txtPassword.Text\n' +
      'NSString *password = @"";\n';
    expect(scan(text, 'src/app.py').map((m) => [m.ruleId, m.secret])).toEqual([]);
  });
});

describe('a keyword or a pair with no assignment operator', () => {
  it.each([
    ['an EDN map', 'resources/config.edn', '{:db-password "Kq83hdT2xPz9" :user "app"}\n'],
    ['a Clojure def', 'src/app/core.clj', '(def api-secret "Kq83hdT2xPz9")\n'],
    ['an Erlang tuple', 'src/app.erl', '[{user, "app"}, {password, "Kq83hdT2xPz9"}]\n'],
    ['a C string copy', 'src/auth.c', 'strcpy(password, "Kq83hdT2xPz9");\n'],
    ['a C string copy into a member', 'src/auth.c', 'strncpy(cfg->passwd, "Kq83hdT2xPz9", sizeof(cfg->passwd));\n'],
  ])('%s', (_what, path, text) => {
    expectFound(text, path, 'Kq83hdT2xPz9', 'generic-keyword-pair-secret');
  });

  it('leaves messages, stand-ins and empty copies alone', () => {
    const text =
      '(println :password "is required")\n' +
      '{:password "changeme"}\n' +
      'strcpy(password, "");\n' +
      '{password, "<your password>"}\n';
    expect(scan(text, 'src/app.clj').map((m) => [m.ruleId, m.secret])).toEqual([]);
  });
});
