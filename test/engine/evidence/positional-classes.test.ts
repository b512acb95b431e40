/**
 * Issue 11: secrets tied to their name by position rather than by `=`: a literal among the values
 * given to a credential name, a C struct initialised by position. Only generated-looking values
 * count, since the position ties a value to its name less closely. Real shapes, made-up values;
 * the whole built-in rule set runs, as in a scan.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, expectQuiet, scan } from '../../helpers/builtin-scan.js';

describe('a literal among the values given to a name', () => {
  it.each([
    ['a Ruby multiple assignment', 'my_api_key = 1, "SGwJgqnZYzH945UBWnauBuKXKLEhq5Le", 3\n', 'lib/client.rb'],
    ['a Python tuple', 'SIGNING_SECRET = (256, "kT3x9Qa7Lm2Pz8Rw4Vb6Nc1Yd5Hs0Ge7")\n', 'app/settings.py'],
    ['a JS array', 'const apiToken = [region, "Vb92lQp38ZmXc7Tr41KwQeZx"];\n', 'src/api.js'],
  ])('%s', (_what, text, path) => {
    expect(scan(text, path).map((m) => m.ruleId)).toContain('generic-secret-list-element');
  });

  it.each([
    ['words', 'token = 1, "user_profile_settings_page", 3\n'],
    ['a sentence', 'secret = [1, "an ordinary sentence here"]\n'],
    ['a lookup default', 'secret = ENV.fetch("APP_SECRET", "kT3x9Qa7Lm2Pz8Rw4Vb6Nc1Yd5Hs0Ge7")\n'],
  ])('leaves %s alone', (_what, text) => {
    expect(scan(text, 'lib/x.rb').filter((m) => m.ruleId === 'generic-secret-list-element')).toEqual([]);
  });
});

describe('a C struct initialised by position', () => {
  const struct = (field: string, init: string): string =>
    `struct employee_s\n{\n    int id;\n    char *${field};\n} employee_default = {${init}};\n`;

  it('reads the field in the string’s place', () => {
    expectFound(struct('secret_key', '0, "8934#@hafRhzj13!d<2$F5q"'), 'src/employee.c', '8934#@hafRhzj13!d<2$F5q');
  });

  it('reads an indented struct inside a function', () => {
    const text =
      'int main(void)\n{\n    struct employee_s\n    {\n        int id;\n        char *secret_key;\n' +
      '    } employee_default = {0, "8934#@hafRhzj13!d<2$F5q"};\n}\n';
    expectFound(text, 'src/employee.c', '8934#@hafRhzj13!d<2$F5q');
  });

  it('leaves other fields, other places and stand-ins alone', () => {
    expectQuiet(struct('name', '0, "8934#@hafRhzj13!d<2$F5q"'), 'src/employee.c');
    expectQuiet(struct('secret_key', '"8934#@hafRhzj13!d<2$F5q", 0'), 'src/employee.c');
    expectQuiet(struct('secret_key', '0, "replace this value"'), 'src/employee.c');
  });
});
