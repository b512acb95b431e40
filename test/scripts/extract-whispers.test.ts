import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tmp.js';
import { valueEnd, valuesOn } from '../../scripts/realworld/extract-whispers.mjs';

const script = fileURLToPath(new URL('../../scripts/realworld/extract-whispers.mjs', import.meta.url));

// The parametrize tables of whispers' tests, in their shape, trimmed to the fixtures below.
const SECRETS_TEST = `
@pytest.mark.parametrize("configfile", ["exclude_keys.yml"])
@pytest.mark.parametrize("src", ["excluded.yml"])
def test_exclude_by_keys_and_values(configfile, src):
    pass


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("aws.yml", ["aws_id", "aws_key"]),
        ("cloudformation.yml", ["NoncompliantDBPassword"]),
    ],
)
def test_detection_by_key(src, expected):
    pass


@pytest.mark.parametrize(
    ("src", "count"),
    [
        ("hardcoded.yml", 3),
        ("placeholders.yml", 0),
        (".npmrc", 1),
        ("webhooks.yml", 1),
        ("language.go", 2),
    ],
)
def test_detection_by_value(src, count):
    pass
`;
const RULES_TEST = `
@pytest.mark.parametrize(
    ("ruleslist", "expectation"),
    [
        ("apikey", 1),
        ("apikey,password", 2),
    ],
)
def test_check(ruleslist, expectation):
    pass
`;
const CLI_TEST = 'f"whispers -o {tmp} {arg} -r aws-id,apikey tests/fixtures/other.yml"\n';

function gitRepo(files: Record<string, string>): string {
  const dir = tempTree(files);
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'fixtures');
  return dir;
}

function mirror(hardcodedYml: string): string {
  return gitRepo({
    LICENSE: 'Apache License\n',
    'tests/unit/test_secrets.py': SECRETS_TEST,
    'tests/unit/rules/test_rules.py': RULES_TEST,
    'tests/unit/test_cli.py': CLI_TEST,
    'tests/fixtures/hardcoded.yml': hardcodedYml,
    'tests/fixtures/placeholders.yml': 'compliant:\n  password: password\n\nnoncompliant:\n',
    'tests/fixtures/.npmrc':
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n//registry.npmjs.org/:_authToken=6c14-hardcoded\n',
    'tests/fixtures/webhooks.yml':
      'compliant:\n  hook: https://hooks.slack.com/services/\nnoncompliant:\n  hook: https://hooks.slack.com/services/HARDC0D3D/X/hardcodedHook\n',
    'tests/fixtures/language.go': 'func main() {\n\t// Noncompliant\n\ta, b := "hardcoded0", "hardcoded1"\n}\n',
    'tests/fixtures/aws.yml': '# Compliant\naws_id: "{{ ID }}"\n\n# Noncompliant\naws_id: AKIAFAKE\naws_key: FAKEKEY\n',
    'tests/fixtures/cloudformation.yml':
      'Parameters:\n  CompliantDBPassword:\n    Type: String\n  NoncompliantDBPassword:\n    Type: String\n    Default: admin\n',
    'tests/fixtures/excluded.yml':
      'retrieve_these_secret_keys:\n  api_key: API_KEY\n  api_secret: AUTH_TOKEN\nintegration-tests:\n  environment:\n    - DB_PASSWORD=justForTesting\n\n# Noncompliant\nhardcoded_password: "password1"\n',
    'tests/fixtures/ruleslist.yml': 'noncompliant:\n  apikey: X_HARDcoded\n  password: hardcoded2\n',
    'tests/fixtures/creditcards.yml': 'noncompliant:\n  cc1: 4111111111111111\n',
    'tests/fixtures/custom.json': '// comment\n{"key": "value"}\n',
  });
}

const HARDCODED_YML =
  '# Compliant\n01_variable_password: ${password}\nusername: hardcoded\n\n# Noncompliant\n01_hardcoded_password: hardcoded0\nlist:\n  - "Hardcoded1"\nNUMERIC_APIKEY: 1925483168813050783076\n';

function run(mirrorDir: string) {
  const out = path.join(tempTree(), 'whispers');
  const r = spawnSync(process.execPath, [script, mirrorDir, '--out', out], { encoding: 'utf8' });
  return { r, out };
}

describe('extract-whispers', () => {
  it("labels the values each fixture's test expects, by count or by key, and keeps the quiet half unlabelled", () => {
    const { r, out } = run(mirror(HARDCODED_YML));
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(out, 'labels.json'), 'utf8')) as {
      complete: boolean;
      labels: { path: string; line: number; endLine?: number; category: string; sourceRule: string }[];
    };
    expect(doc.complete).toBe(true);
    expect(doc.labels.map((l) => [l.path, l.line, l.endLine, l.category, l.sourceRule])).toEqual([
      ['.npmrc', 2, undefined, 'provider', 'by value'],
      ['aws.yml', 5, undefined, 'informative', 'by key aws_id'],
      ['aws.yml', 6, undefined, 'provider', 'by key aws_key'],
      // The parameter block, from its name to its default value.
      ['cloudformation.yml', 4, 6, 'generic', 'by key NoncompliantDBPassword'],
      ['excluded.yml', 2, undefined, 'ambiguous', 'excluded or untested'],
      ['excluded.yml', 3, undefined, 'ambiguous', 'excluded or untested'],
      ['excluded.yml', 6, undefined, 'ambiguous', 'excluded or untested'],
      ['excluded.yml', 9, undefined, 'generic', 'by key hardcoded_password'],
      // `username: hardcoded` is in the quiet half; the key `01_hardcoded_password` is no value.
      ['hardcoded.yml', 6, undefined, 'generic', 'by value'],
      ['hardcoded.yml', 8, undefined, 'generic', 'by value'],
      ['hardcoded.yml', 9, undefined, 'generic', 'by value'],
      ['language.go', 3, undefined, 'generic', 'by value'],
      ['ruleslist.yml', 2, undefined, 'generic', 'by value'],
      ['ruleslist.yml', 3, undefined, 'generic', 'by value'],
      ['webhooks.yml', 4, undefined, 'provider', 'by value'],
    ]);
    const file = (rel: string) => path.join(out, 'files', rel);
    expect(existsSync(file('creditcards.yml'))).toBe(false);
    expect(existsSync(file('custom.json'))).toBe(true);
    expect(existsSync(file('placeholders.yml'))).toBe(true);
    expect(readFileSync(path.join(out, 'LICENSE'), 'utf8')).toBe('Apache License\n');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/1\s+that no test expects anything of/);
  });

  it('fails when the values of a fixture do not add up to the count its test expects', () => {
    const { r } = run(mirror(HARDCODED_YML.replace('  - "Hardcoded1"\n', '')));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('hardcoded.yml: 2 values found, its test expects 3');
  });

  it('counts values, not keys or repeats of the word, and base64 that decodes to it', () => {
    expect(valuesOn('01_hardcoded_password: hardcoded0')).toBe(1);
    expect(valuesOn('<o2_1_hardcoded_passwords>Hardcoded1</o2_1_hardcoded_passwords>')).toBe(1);
    expect(valuesOn('a, b := "hardcoded0", "hardcoded1"')).toBe(2);
    expect(valuesOn('hook: https://example.test/ISXXHARDCODED/hardcodedHook')).toBe(1);
    expect(valuesOn('"auth": "QVdTOmhhcmRjb2RlZAo=",')).toBe(1);
    expect(valuesOn('"NUMERIC_APIKEY": 1925483168813050783076')).toBe(1);
    expect(valuesOn('username: admin')).toBe(0);
  });

  it("spans a value to its block's end and a closing line, never past a blank line", () => {
    const lines = ['<key>', '  -----BEGIN RSA KEY-----', '  QyNT', '</key>', 'next: 1'];
    expect(valueEnd(lines, 1)).toBe(4);
    expect(valueEnd(['a: 1', 'b: 2'], 1)).toBe(1);
    expect(valueEnd(['a:', '  b: 1', '', '  c: 2'], 1)).toBe(2);
  });
});
