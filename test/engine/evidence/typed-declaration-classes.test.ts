/**
 * Issue 11: typed declarations whose type the generic rules did not read past — Rust's borrowed
 * types with a lifetime (`&'static str`) and byte slices (`&[u8]`), Zig's slices (`[]const u8`).
 * Each case is a real shape with made-up values; look-alikes (a typed array literal, a borrow of
 * an argument) stay quiet.
 */
import { describe, it } from 'vitest';
import { expectFound, expectQuiet } from '../../helpers/builtin-scan.js';

describe('a literal under a slice or borrowed type', () => {
  it.each([
    [
      "Rust's &'static str constant",
      'src/config.rs',
      'pub const API_TOKEN: &\'static str = "Rn7kXm3pQz9wLt5v";\n',
      'Rn7kXm3pQz9wLt5v',
    ],
    [
      'a Rust byte-string static',
      'src/crypto.rs',
      'static SECRET_KEY: &[u8] = b"Kz2mRk8xQp4tWn6v";\n',
      'Kz2mRk8xQp4tWn6v',
    ],
    ["Zig's []const u8", 'src/main.zig', 'const api_secret: []const u8 = "Ex4kRm8xQp2tLn6w";\n', 'Ex4kRm8xQp2tLn6w'],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret, 'generic-secret-quoted');
  });

  it('leaves array literals and borrowed arguments alone', () => {
    expectQuiet('let password: &str = &args[1];\nlet token: &[u8] = input.as_bytes();\n', 'src/main.rs');
    expectQuiet('function login(password: string[] = []) {}\n', 'src/login.ts');
  });
});
