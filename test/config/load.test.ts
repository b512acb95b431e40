import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, findingFilter, loadEffectiveConfig } from '../../src/config/load.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';
import { findingsFor } from '../report/findings.js';

const FIXTURES = new URL('../../fixtures/config/', import.meta.url);
const keys = new FakeKeys('config-load');
const builtin = loadBuiltinRules();

/** A repository (a `.git` folder) with `.tokguard.yaml` holding `yaml`; returns its root. */
function repoWith(yaml: string, name = '.tokguard.yaml'): string {
  const dir = tempTree({ [name]: yaml });
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

async function load(yaml: string) {
  const root = repoWith(yaml);
  return loadEffectiveConfig({ root });
}

/** The one-line error a config produces. */
async function problem(yaml: string): Promise<string> {
  const root = repoWith(yaml);
  try {
    await loadEffectiveConfig({ root, config: path.join(root, '.tokguard.yaml') });
  } catch (e) {
    const msg = (e as Error).message;
    expect((e as { exitCode?: number }).exitCode).toBe(2);
    expect(msg).not.toContain('\n');
    return msg.replace(`${root}${path.sep}`, '');
  }
  throw new Error('no error');
}

describe('finding the config', () => {
  it('uses the built-in rules and filters nothing without a config', async () => {
    const root = tempTree({ 'a.txt': 'x' });
    mkdirSync(path.join(root, '.git'));
    const eff = await loadEffectiveConfig({ root });
    expect(eff.file).toBeUndefined();
    expect(eff.rules).toBe(builtin);
    expect(findingFilter(eff)).toBeUndefined();
    expect(eff.scan).toEqual({});
  });

  it('finds .tokguard.yaml or .tokguard.yml at the repository root, from a subfolder', async () => {
    const root = repoWith('disable: [github-pat-classic]\n');
    mkdirSync(path.join(root, 'src/deep'), { recursive: true });
    expect(findConfigFile(path.join(root, 'src/deep'))).toBe(path.join(root, '.tokguard.yaml'));
    const eff = await loadEffectiveConfig({ root: path.join(root, 'src/deep') });
    expect(eff.rules.some((r) => r.id === 'github-pat-classic')).toBe(false);
    const yml = repoWith('extends: none\nrules: []\n', '.tokguard.yml');
    expect((await loadEffectiveConfig({ root: yml })).rules).toEqual([]);
  });

  it('outside a repository, looks in the scanned folder', () => {
    const dir = tempTree({ '.tokguard.yaml': '{}\n', 'f.txt': '' });
    expect(findConfigFile(dir)).toBe(path.join(dir, '.tokguard.yaml'));
    expect(findConfigFile(path.join(dir, 'f.txt'))).toBe(path.join(dir, '.tokguard.yaml'));
  });

  it('treats an empty file as an empty config', async () => {
    const eff = await load('# nothing yet\n');
    expect(eff.rules).toEqual(builtin);
  });
});

describe('the full example config', () => {
  const root = tempTree({});
  mkdirSync(path.join(root, '.git'));
  copyFileSync(new URL('full.tokguard.yaml', FIXTURES), path.join(root, '.tokguard.yaml'));

  it('loads, with custom rules, disabled and overridden rules and scan defaults', async () => {
    const eff = await loadEffectiveConfig({ root });
    const ids = eff.rules.map((r) => r.id);
    expect(ids).toContain('acme-api-key');
    expect(ids).not.toContain('slack-incoming-webhook');
    expect(eff.rules.length).toBe(builtin.length);
    expect(eff.rules.find((r) => r.id === 'stripe-test-secret-key')!.severity).toBe('medium');
    expect(eff.rules.find((r) => r.id === 'acme-api-key')!.source).toBe(eff.file);
    expect(path.resolve(eff.file!)).toBe(path.join(root, '.tokguard.yaml'));
    expect(eff.scan).toEqual({
      maxFileSize: 2 * 1024 * 1024,
      exclude: ['**/*.min.js'],
      failOn: 'high',
      threads: 0,
      baseline: path.join(root, '.tokguard-baseline.json'),
    });
    expect(eff.rotation).toEqual({ targets: [] });
  });

  it('applies global and per-rule allowlists to findings', async () => {
    const eff = await loadEffectiveConfig({ root });
    const keep = findingFilter(eff)!;
    const gh = keys.github();
    const acme = 'acme_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e';
    const findings = await findingsFor(
      {
        'src/app.ts': `const a = "${gh}";\nconst b = "${acme}";\n`,
        'vendor/lib/x.js': `t="${gh}"`,
        'ui/__snapshots__/a.snap': `t="${gh}"`,
        'test/fixtures/tok.txt': `${gh}\n`,
        'src/doc.ts': `// EXAMPLE_TOKEN ${gh}\n// tokguard-fixture ${keys.slackBot()}\n`,
        'docs/acme.md': `${acme}\n`,
        'lib/x.min.js': `t="${gh}"`,
      },
      { rules: eff.rules },
    );
    const kept = findings.filter(keep).map((f) => `${f.file}:${f.ruleId}`);
    expect(kept).toEqual(['src/app.ts:github-pat-classic', 'src/app.ts:acme-api-key']);
  });

  it('allows by commit for history findings', async () => {
    const eff = await loadEffectiveConfig({ root });
    const keep = findingFilter(eff)!;
    const commit = (sha: string) => ({ sha, author: 'a', email: 'a@b', date: '2024-01-01T00:00:00Z', subject: 's' });
    const [f] = await findingsFor(
      { 'a.env': `T=${keys.github()}\n` },
      { source: 'history', extra: { commit: commit('0123456789abcdef0123456789abcdef01234567') } },
    );
    const [g] = await findingsFor(
      { 'a.env': `T=${keys.github()}\n` },
      { source: 'history', extra: { commit: commit('f'.repeat(40)) } },
    );
    expect(keep(f!)).toBe(false);
    expect(keep(g!)).toBe(true);
  });
});

describe('config semantics', () => {
  it('extends: none keeps only the custom rules', async () => {
    const eff = await load(
      "extends: none\nrules:\n  - id: my-token\n    name: My token\n    severity: low\n    keywords: [mytok_]\n    pattern: '(mytok_[a-z]{10})'\n    examples: ['mytok_abcdefghij']\n",
    );
    expect(eff.rules.map((r) => r.id)).toEqual(['my-token']);
  });

  it("an override replaces fields and adds to the rule's own allowlist", async () => {
    const eff = await load(
      "override:\n  stripe-secret-key:\n    severity: low\n    keywords: [sk_live_, stripe]\n    allowlist:\n      secrets: ['^sk_live_TEST']\n",
    );
    const r = eff.rules.find((x) => x.id === 'stripe-secret-key')!;
    const orig = builtin.find((x) => x.id === 'stripe-secret-key')!;
    expect(r.severity).toBe('low');
    expect(r.keywords).toEqual(['sk_live_', 'stripe']);
    // The config's regex is kept apart: it runs on the linear-time engine, the rule's own as they are.
    expect(r.allowlist!.secrets).toEqual(orig.allowlist?.secrets);
    expect(r.allowlist!.userSecrets).toEqual(['^sk_live_TEST']);
    expect(orig.severity).toBe('critical');
  });

  it("an override of keywords or pattern drops the built-in rule's speed claims, so it still finds keys", async () => {
    const eff = await load(
      "override:\n  github-pat-classic:\n    keywords: [github]\n  bitcoin-wif-private-key:\n    pattern: '(?<![1-9A-HJ-NP-Za-km-z])(5[1-9A-HJ-NP-Za-km-z]{50})(?![1-9A-HJ-NP-Za-km-z])'\n",
    );
    const gh = eff.rules.find((x) => x.id === 'github-pat-classic')!;
    expect(builtin.find((x) => x.id === 'github-pat-classic')!.startsWithKeyword).toBe(true);
    expect(gh.startsWithKeyword).toBeUndefined();
    expect(eff.rules.find((x) => x.id === 'bitcoin-wif-private-key')!.minRun).toBeUndefined();
    // Anchored at "github", the rule would never reach the token after it.
    const findings = await findingsFor({ 'a.env': `# github\nT=${keys.github()}\n` }, { rules: eff.rules });
    expect(findings.map((f) => f.ruleId)).toEqual(['github-pat-classic']);
  });

  it('scan.include applies to findings unless --include is given; scan.exclude always', async () => {
    const eff = await load("scan:\n  include: ['src/**']\n  exclude: ['src/gen/**']\n");
    const findings = await findingsFor({
      'src/a.env': `T=${keys.github()}\n`,
      'src/gen/b.env': `T=${keys.github()}\n`,
      'lib/c.env': `T=${keys.github()}\n`,
    });
    expect(findings.filter(findingFilter(eff)!).map((f) => f.file)).toEqual(['src/a.env']);
    expect(findings.filter(findingFilter(eff, { cliInclude: true })!).map((f) => f.file)).toEqual([
      'lib/c.env',
      'src/a.env',
    ]);
  });

  it('resolves a relative scan.baseline against the config folder, and sizes in bytes', async () => {
    const eff = await load('scan:\n  baseline: ci/baseline.json\n  maxFileSize: 1048576\n');
    expect(eff.scan.baseline).toMatch(/ci[/\\]baseline\.json$/);
    expect(path.isAbsolute(eff.scan.baseline!)).toBe(true);
    expect(eff.scan.maxFileSize).toBe(1048576);
  });

  it('passes rotation through unchanged', async () => {
    const rotation = {
      targets: [{ match: { rules: ['aws-access-key-id'] }, issuer: { type: 'aws-iam' }, whatever: [1, 2] }],
    };
    const eff = await load(`rotation: ${JSON.stringify(rotation)}\n`);
    expect(eff.rotation).toEqual(rotation);
  });

  it('--config names a file anywhere, and a missing one is an error', async () => {
    const dir = tempTree({ 'team.yaml': 'disable: [github-pat-classic]\n' });
    const eff = await loadEffectiveConfig({ root: tempTree({}), config: path.join(dir, 'team.yaml') });
    expect(eff.rules.some((r) => r.id === 'github-pat-classic')).toBe(false);
    await expect(loadEffectiveConfig({ root: dir, config: 'nope.yaml' })).rejects.toThrow(
      'nope.yaml: config file not found',
    );
  });
});

describe('validation errors: one line with the file, the key path and the problem', () => {
  const rule = (extra: string) =>
    `rules:\n  - id: my-token\n    name: My token\n    severity: high\n    keywords: [mytok_]\n    pattern: '(mytok_[a-z]{10})'\n    examples: ['mytok_abcdefghij']\n${extra}`;
  const cases: [string, string, string][] = [
    ['unknown top-level key', 'extend: default\n', '.tokguard.yaml: (top level): unknown key "extend"'],
    ['unknown key in a section', 'scan:\n  maxfilesize: 1MB\n', '.tokguard.yaml: scan: unknown key "maxfilesize"'],
    [
      'unknown key in an override',
      'override:\n  github-pat-classic:\n    sevrity: low\n',
      '.tokguard.yaml: override.github-pat-classic: unknown key "sevrity"',
    ],
    ['unknown key in an allowlist', 'allowlist:\n  path: [a]\n', '.tokguard.yaml: allowlist: unknown key "path"'],
    ['unknown key in a rule', rule('    flags: i\n'), '.tokguard.yaml: rules[0] (id my-token): unknown key "flags"'],
    ['wrong type', 'scan:\n  threads: many\n', '.tokguard.yaml: scan.threads: must be integer'],
    ['wrong type in a list', 'disable: [1]\n', '.tokguard.yaml: disable[0]: must be string'],
    ['wrong type for a section', 'allowlist: [a, b]\n', '.tokguard.yaml: allowlist: must be object'],
    ['bad enum', 'extends: gitleaks\n', '.tokguard.yaml: extends: must be one of default, none'],
    [
      'bad severity',
      'override:\n  github-pat-classic:\n    severity: urgent\n',
      '.tokguard.yaml: override.github-pat-classic.severity: must be one of critical, high, medium, low, info',
    ],
    [
      'bad failOn',
      'scan:\n  failOn: never\n',
      '.tokguard.yaml: scan.failOn: must be one of critical, high, medium, low, info',
    ],
    [
      'bad size',
      'scan:\n  maxFileSize: huge\n',
      '.tokguard.yaml: scan.maxFileSize: not a size: "huge" (use e.g. 10MB, 512KB or a number of bytes)',
    ],
    [
      'bad size type',
      'scan:\n  maxFileSize: [1]\n',
      '.tokguard.yaml: scan.maxFileSize: must be a size such as 10MB, or a number of bytes',
    ],
    [
      'bad commit',
      'allowlist:\n  commits: [main]\n',
      '.tokguard.yaml: allowlist.commits[0]: must match pattern "^[0-9a-fA-F]{4,64}$"',
    ],
    ['rotation not an object', 'rotation: [a]\n', '.tokguard.yaml: rotation: must be object'],
    ['not a mapping', '- a\n- b\n', '.tokguard.yaml: (top level): must be object'],
    [
      'bad secrets regex',
      "allowlist:\n  secrets: ['(unclosed']\n",
      '.tokguard.yaml: allowlist.secrets[0]: not a valid regex: /(unclosed/: Unterminated group',
    ],
    [
      'empty-matching pattern',
      rule('').replace("'(mytok_[a-z]{10})'", "'(mytok_[a-z]{10})?'"),
      '.tokguard.yaml: rules[0] (id my-token): pattern matches the empty string',
    ],
    [
      'bad lines regex',
      "allowlist:\n  lines: ['ok', '[z-a]']\n",
      '.tokguard.yaml: allowlist.lines[1]: not a valid regex: /[z-a]/: Range out of order in character class',
    ],
    [
      'bad path regex in an override',
      "override:\n  github-pat-classic:\n    allowlist:\n      pathRegexes: ['*.txt']\n",
      '.tokguard.yaml: override.github-pat-classic.allowlist.pathRegexes[0]: not a valid regex: /*.txt/: Nothing to repeat',
    ],
    [
      'bad rule pattern',
      rule('').replace("'(mytok_[a-z]{10})'", "'(mytok_[a-z]{10}'"),
      '.tokguard.yaml: rules[0] (id my-token): pattern is not a valid regex:',
    ],
    [
      'pattern without a group',
      rule('').replace("'(mytok_[a-z]{10})'", "'mytok_[a-z]{10}'"),
      '.tokguard.yaml: rules[0] (id my-token): pattern needs a capture group (or a group named "secret") for the secret',
    ],
    [
      'bad pattern in an override',
      "override:\n  github-pat-classic:\n    pattern: 'ghp_('\n",
      '.tokguard.yaml: override.github-pat-classic: pattern is not a valid regex:',
    ],
    [
      'bad rule regex in its allowlist',
      rule("    allowlist:\n      secrets: ['+']\n"),
      '.tokguard.yaml: rules[0] (id my-token).allowlist.secrets[0]: not a valid regex: /+/: Nothing to repeat',
    ],
    [
      'unknown validate check',
      rule('    validate: luhn-ish\n'),
      '.tokguard.yaml: rules[0] (id my-token): unknown validate check "luhn-ish"',
    ],
    [
      'bad rule id',
      rule('').replace('id: my-token', 'id: My_Token'),
      '.tokguard.yaml: rules[0] (id My_Token).id: must match pattern "^[a-z0-9][a-z0-9.-]*[a-z0-9]$"',
    ],
    [
      'missing rule field',
      rule('').replace('    severity: high\n', ''),
      ".tokguard.yaml: rules[0] (id my-token): must have required property 'severity'",
    ],
    [
      'rule without examples',
      rule('').replace("    examples: ['mytok_abcdefghij']\n", ''),
      '.tokguard.yaml: rules[0] (id my-token).examples: needs at least one example that must produce a finding (only rules imported from gitleaks may omit them)',
    ],
    [
      'example that does not match',
      rule('').replace("'mytok_abcdefghij'", "'mytok_short'"),
      '.tokguard.yaml: rules[0] (id my-token).examples[0]: does not produce a finding of this rule',
    ],
    [
      'counter-example that matches',
      rule("    counterExamples: ['x', 'mytok_qwertyuiop']\n"),
      '.tokguard.yaml: rules[0] (id my-token).counterExamples[1]: produces a finding of this rule',
    ],
    [
      'custom rule with a built-in id',
      rule('').replace('id: my-token', 'id: github-pat-classic'),
      '.tokguard.yaml: rules[0] (id github-pat-classic).id: a built-in rule already has this id (use "override:" to change it, or pick another id)',
    ],
    [
      'duplicate custom ids',
      rule('') + rule('').replace('rules:\n', ''),
      '.tokguard.yaml: rules[1] (id my-token).id: duplicate id',
    ],
    [
      'disable an unknown rule',
      'disable: [github-pat-classic, github-pat]\n',
      '.tokguard.yaml: disable[1]: no rule with id "github-pat" (see "tokguard rules")',
    ],
    [
      'override an unknown rule',
      'override:\n  aws-key:\n    severity: low\n',
      '.tokguard.yaml: override.aws-key: no rule with id "aws-key" (see "tokguard rules")',
    ],
    [
      'override a built-in with extends: none',
      'extends: none\noverride:\n  github-pat-classic:\n    severity: low\n',
      '.tokguard.yaml: override.github-pat-classic: no rule with id "github-pat-classic" (see "tokguard rules")',
    ],
    [
      'YAML syntax error',
      'scan:\n  failOn: high\n  exclude: [a, b\n',
      '.tokguard.yaml: line 4, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'duplicate YAML key',
      'scan:\n  failOn: high\n  failOn: low\n',
      '.tokguard.yaml: line 3, column 3: not valid YAML: Map keys must be unique',
    ],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, async () => {
      const msg = await problem(yaml);
      if (expected.endsWith(':')) expect(msg.startsWith(expected)).toBe(true);
      else expect(msg).toBe(expected);
    });
  }

  it('names a config outside the working directory by its path', async () => {
    const dir = tempTree({ 'cfg.yaml': 'foo: 1\n' });
    await expect(loadEffectiveConfig({ root: dir, config: path.join(dir, 'cfg.yaml') })).rejects.toThrow(
      `${path.join(dir, 'cfg.yaml')}: (top level): unknown key "foo"`,
    );
    writeFileSync(path.join(dir, 'cfg.yaml'), '{}');
  });
});

describe('pattern fragments', () => {
  const acme = (pattern: string, examples: string[]) =>
    `extends: none\nrules:\n  - id: acme\n    name: ACME key\n    severity: high\n    keywords: [acme]\n    caseInsensitive: true\n    pattern: '${pattern}'\n    examples: ${JSON.stringify(examples)}\n    counterExamples: ['acme_key=${'0'.repeat(31)}']\n`;
  const key = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

  it('expands {{assign}} in a custom rule, which then finds the forms the docs name', async () => {
    const eff = await load(
      acme('(?<![A-Za-z0-9])acme[_-]?key{{assign}}([0-9a-f]{32})\\b', [
        `ACME_KEY=${key}`,
        `acmeKey: "${key}"`,
        `$cfg['acme_key'] => '${key}'`,
        `NSString *acmeKey = @"${key}";`,
        `acme_key <- r"${key}"`,
      ]),
    );
    const rule = eff.rules.find((r) => r.id === 'acme')!;
    expect(rule.pattern).not.toContain('{{');
    expect(rule.linear).toBe(true);
  });

  it('expands {{assign}} in an override of a built-in pattern', async () => {
    const eff = await load(
      "override:\n  lunchmoney-access-token:\n    pattern: '(?<![A-Za-z0-9])lunchmoney[_-]?token{{assign}}([0-9a-f]{50})\\b'\n",
    );
    const rule = eff.rules.find((r) => r.id === 'lunchmoney-access-token')!;
    expect(rule.pattern).not.toContain('{{');
    const token = 'e739e7add1f6a59b36cb04c3619a37f94cb4bb1cdfe0c83974';
    const findings = await findingsFor({ 'a.m': `NSString *lunchmoneyToken = @"${token}";\n` }, { rules: eff.rules });
    expect(findings.map((f) => f.ruleId)).toContain('lunchmoney-access-token');
  });

  it('names an unknown fragment, where it is, and the known ones', async () => {
    expect(await problem(acme('acme{{asign}}([0-9a-f]{32})', [`acme=${key}`]))).toBe(
      '.tokguard.yaml: rules[0] (id acme).pattern: unknown pattern fragment {{asign}} (known: {{assign}}, {{qualifiers}}, {{join}}, {{codeJoin}}, {{acronymNames}}, {{secretName}}, {{secretNameSpaced}})',
    );
    expect(await problem("override:\n  lunchmoney-access-token:\n    pattern: 'x{{tail}}(y)'\n")).toBe(
      '.tokguard.yaml: override.lunchmoney-access-token.pattern: unknown pattern fragment {{tail}} (known: {{assign}}, {{qualifiers}}, {{join}}, {{codeJoin}}, {{acronymNames}}, {{secretName}}, {{secretNameSpaced}})',
    );
  });
});

describe('documentation', () => {
  it('the example config in docs/configuration.md loads', async () => {
    const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const eff = await load(yaml);
    expect(eff.rules.some((r) => r.id === 'acme-api-key')).toBe(true);
    expect(eff.scan.failOn).toBe('high');
  });
});
