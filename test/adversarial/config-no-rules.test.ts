/**
 * Issue 10, item 8: a gitleaks config with values of the wrong type (`rules = 5`,
 * `useDefault = "yes"`) loaded as a config with no rules, and every scan passed. Types are
 * checked now, and a config that leaves no rule is refused unless it says `rules: []`.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-no-rules');

async function scanWith(name: string, config: string): Promise<CliResult> {
  const dir = tempTree({ [name]: config, 'x.env': `GH=${keys.github()}\n` });
  return runCli(['scan', dir, '--config', `${dir}/${name}`]);
}

/** The error's one line, after `tokguard: <path of the config>: `. */
function oneLineError(r: CliResult, name: string): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  const at = lines[0]!.indexOf(`${name}: `);
  expect(lines[0]!.startsWith('tokguard: ')).toBe(true);
  expect(at).toBeGreaterThan(0);
  return lines[0]!.slice(at + name.length + 2);
}

describe('gitleaks configs with values of the wrong type', () => {
  const cases: [string, string, string][] = [
    ['rules = 5', 'rules = 5\n', 'rules: expected an array of tables, got an integer'],
    ['useDefault = "yes"', '[extend]\nuseDefault = "yes"\n', 'extend.useDefault: expected true or false, got a string'],
    [
      'a regex that is a number',
      '[[rules]]\nid = "x"\nregex = 12\n',
      'rules[0] (id x).regex: expected a string, got an integer',
    ],
    [
      'keywords that are not strings',
      '[[rules]]\nid = "x"\nregex = "k_[a-z]{8}"\nkeywords = [1, 2]\n',
      'rules[0] (id x).keywords: expected an array of strings, got an array',
    ],
    ['an allowlist that is a string', 'allowlist = "tests/"\n', 'allowlist: expected a table, got a string'],
  ];
  for (const [what, toml, message] of cases) {
    it(`fails with one line and exit 2: ${what}`, async () => {
      expect(oneLineError(await scanWith('.gitleaks.toml', toml), '.gitleaks.toml')).toBe(message);
    });
  }
});

describe('configs that leave no rule', () => {
  const refused: [string, string, string][] = [
    [
      'a gitleaks config without default rules nor rules of its own',
      '.gitleaks.toml',
      '[extend]\nuseDefault = false\n',
    ],
    ['a gitleaks config whose only rule cannot be imported', '.gitleaks.toml', '[[rules]]\nid = "p"\npath = "x"\n'],
    ['extends: none without rules', '.tokguard.yaml', 'extends: none\n'],
    [
      'every built-in rule disabled by extends: none and no custom rule',
      '.tokguard.yaml',
      'extends: none\ndisable: []\n',
    ],
  ];
  for (const [what, name, config] of refused) {
    it(`are refused: ${what}`, async () => {
      expect(oneLineError(await scanWith(name, config), name)).toMatch(
        /^rules: this config leaves no rule to scan with; .*"rules: \[\]"$/,
      );
    });
  }

  it('are taken when the config says so with an explicitly empty rules list', async () => {
    const yaml = await scanWith('.tokguard.yaml', 'extends: none\nrules: []\n');
    expect(yaml.stderr).not.toMatch(/^tokguard:/m);
    expect(yaml.code).toBe(0);
    const toml = await scanWith('.gitleaks.toml', 'rules = []\n[extend]\nuseDefault = false\n');
    expect(toml.stderr).not.toMatch(/^tokguard:/m);
    expect(toml.code).toBe(0);
  });
});
