/**
 * Issue 11: assignment forms of languages the generic detectors did not read — a C array or
 * brace initialiser, Visual Basic's typed `Dim`, R's arrow, Objective-C's and C#'s `@"…"`
 * literals — and a bare `salt` as a credential's name. Each is a real shape with made-up values;
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
