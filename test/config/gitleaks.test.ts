import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildEffectiveConfig } from '../../src/config/build.js';
import { importGitleaksConfig } from '../../src/config/gitleaks.js';
import { findingFilter, loadEffectiveConfig } from '../../src/config/load.js';
import { translateGoRegex, translateGoRegexNoFlags, UntranslatableRegex } from '../../src/config/regex-translate.js';
import type { TokguardConfig } from '../../src/config/types.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';
import { findingsFor } from '../report/findings.js';

const SAMPLE = new URL('../../fixtures/config/gitleaks/.gitleaks.toml', import.meta.url);
const sampleText = readFileSync(SAMPLE, 'utf8');
const builtin = loadBuiltinRules();
const keys = new FakeKeys('gitleaks-import');

describe('Go RE2 → JavaScript regex translation', () => {
  const ok: [string, string, boolean?][] = [
    ['(?i)\\b(key_[a-z0-9]{8})\\b', '\\b(key_[a-z0-9]{8})\\b', true],
    ['ab(?i)cd', 'ab[cC][dD]'],
    ['x(?i:ab[x-z0-9])y', 'x(?:[aA][bB][x-z0-9X-Z])y'],
    ['(?P<tok>ghp_[0-9]{4})', '(?<tok>ghp_[0-9]{4})'],
    ['a\\z', 'a$'],
    ['\\Aa', '^a'],
    ['\\Qa.b*c\\E(d)', 'a\\.b\\*c(d)'],
    ['[[:alpha:][:digit:]_]+', '[A-Za-z0-9_]+'],
    ['[[:^space:]]+', '[^\\t\\n\\v\\f\\r ]+'],
    ['[[:xdigit:]]{4}', '[0-9A-Fa-f]{4}'],
    ['(?s)a.b', 'a[\\s\\S]b'],
    ['(?m)^k=(v)$', '(?<![^\\n])k=(v)(?![^\\n])'],
    ['\\x{41}\\x{e9}', '\\x41\\xC3\\xA9'],
    ['\\101\\0', '\\x41\\x00'],
    ['é', '\\xC3\\xA9'],
    ['[]a]', '[\\]a]'],
    ['\\a', '\\x07'],
  ];
  for (const [go, js, ci] of ok) {
    it(`${go} → ${js}`, () => {
      const t = translateGoRegex(go);
      expect(t.source).toBe(js);
      expect(t.caseInsensitive).toBe(Boolean(ci));
    });
  }

  it('renames the secretGroup to (?<secret>…), named or not', () => {
    expect(translateGoRegex('(a)(b)', { secretGroup: 2 }).source).toBe('(a)(?<secret>b)');
    expect(translateGoRegex('(?:x)(?P<n>a)', { secretGroup: 1 }).source).toBe('(?:x)(?<secret>a)');
    expect(() => translateGoRegex('(a)', { secretGroup: 2 })).toThrow(
      'secretGroup 2 but the pattern has only 1 group(s)',
    );
  });

  it('the translations behave like the originals', () => {
    const re = (go: string) => {
      const t = translateGoRegex(go);
      return new RegExp(t.source, t.caseInsensitive ? 'i' : '');
    };
    expect(re('ab(?i)cd').test('abCD')).toBe(true);
    expect(re('ab(?i)cd').test('ABcd')).toBe(false);
    expect(re('(?m)^k=(v)$').test('x\nk=v\ny')).toBe(true);
    expect(re('k=v\\z').test('k=v\n')).toBe(false);
    expect(new RegExp(translateGoRegexNoFlags('(?i)example')).test('an ExAmPlE key')).toBe(true);
  });

  const bad: [string, RegExp][] = [
    ['\\pL+', /Unicode classes/],
    ['\\p{Greek}', /Unicode classes/],
    ['(?U)a+', /ungreedy/],
    ['a\\Cb', /any byte/],
    ['[a[:^digit:]]', /negated POSIX class/],
    ['[é]', /non-ASCII characters inside a character class/],
    ['(?i)a(?-i)b', /\(\?-i\) inside a pattern that starts with \(\?i\)/],
    ['[[:foo:]]', /unknown POSIX class/],
    ['(a', /does not compile/],
  ];
  for (const [go, why] of bad) {
    it(`reports what it cannot translate: ${go}`, () => {
      expect(() => translateGoRegex(go)).toThrow(UntranslatableRegex);
      expect(() => translateGoRegex(go)).toThrow(why);
    });
  }
});

describe('importing .gitleaks.toml', () => {
  const { config, notices } = importGitleaksConfig(sampleText, '.gitleaks.toml', builtin);

  it('translates custom rules, allowlists and disabled rules', () => {
    expect(config.extends).toBe('default');
    expect(config.disable).toEqual(['slack-incoming-webhook']);
    expect(config.rules!.map((r) => r.id)).toEqual(['acme-api-key', 'widget-token', 'legacy-session', 'two-groups']);
    const acme = config.rules![0]!;
    expect(acme).toMatchObject({
      name: 'ACME internal API key',
      severity: 'high',
      tags: ['acme', 'internal'],
      keywords: ['acme_'],
      pattern: '\\b(acme_[0-9a-f]{32})\\b',
      caseInsensitive: true,
      entropy: 3,
      origin: 'gitleaks',
      allowlist: { secrets: ['^[aA][cC][mM][eE]_0{32}$'], stopwords: ['deadbeef'] },
    });
    const widget = config.rules![1]!;
    expect(widget.pattern).toBe('widget[_\\-]?token\\s*[:=]\\s*["\']?(?<secret>[0-9A-Za-z]{40})["\']?');
    expect(widget.allowlist).toEqual({
      lines: ['^\\s*#'],
      pathRegexes: ['(^|/)testdata/'],
      stopwords: ['placeholder'],
    });
    expect(config.allowlist).toEqual({
      description: 'global',
      secrets: ['EXAMPLE'],
      pathRegexes: ['(^|/)vendor/', '\\.lock$'],
      commits: ['0123456789abcdef0123456789abcdef01234567'],
    });
  });

  it('says, one line each, what it could not translate', () => {
    expect(notices).toEqual([
      '.gitleaks.toml: extend.disabledRules: generic-api-key: gitleaks built-in rule ids with no tokguard rule of the same id; use "disable:" with ids from "tokguard rules"',
      '.gitleaks.toml: rules[0] (id acme_api_key): imported as "acme-api-key" (tokguard ids are lowercase, kebab-case and unique)',
      '.gitleaks.toml: rules[3] (id unicode-name).regex: Unicode classes (\\p…) are not supported by the engine; rule skipped',
      '.gitleaks.toml: rules[4] (id cert-files): path-only rules (no regex) are not supported, skipped',
      '.gitleaks.toml: rules[5] (id two-groups).regex: the secret is taken from group 1 (gitleaks takes the first non-empty group); set secretGroup if that is wrong',
      '.gitleaks.toml: allowlists[0]: condition = "AND" across regexes, paths is not supported; allowlist skipped (its findings are reported)',
    ]);
  });

  it('produces a config that loads, and whose rules and allowlists work', async () => {
    const eff = buildEffectiveConfig(config, '.gitleaks.toml', builtin, '/');
    const keep = findingFilter(eff)!;
    const widgetTok = keys.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
    const findings = await findingsFor(
      {
        'src/a.py': `ACME_KEY = "ACME_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e"\nwidget_token = "${widgetTok}"\n`,
        'src/b.py': `# widget_token = "${widgetTok}"\n`,
        'pkg/testdata/c.txt': `widget-token: ${widgetTok}\n`,
        'vendor/d.txt': `widget_token=${widgetTok}\n`,
        'e.env': `SESSION_SECRET=${widgetTok}`,
      },
      { rules: eff.rules },
    );
    expect(findings.filter(keep).map((f) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual([
      'e.env:1:legacy-session',
      'src/a.py:1:acme-api-key',
      'src/a.py:2:widget-token',
    ]);
    expect(findings.find((f) => f.ruleId === 'widget-token')!.secret).toBe(widgetTok);
  });

  it('keeps a gitleaks disabledRules entry that names a tokguard rule, and targets allowlists at rules', () => {
    const { config: c, notices: n } = importGitleaksConfig(
      `[extend]\nuseDefault = true\ndisabledRules = ["github-pat-classic"]\n[[allowlists]]\ntargetRules = ["stripe-secret-key", "nope"]\nstopwords = ["demo"]\n`,
      'g.toml',
      builtin,
    );
    expect(c.disable).toEqual(['github-pat-classic']);
    expect(c.override).toEqual({ 'stripe-secret-key': { allowlist: { stopwords: ['demo'] } } });
    expect(n).toEqual([
      'g.toml: allowlists[0].targetRules: "nope" is not a rule of this config nor a tokguard rule; that part of the allowlist is dropped',
    ]);
  });

  it("without [extend] useDefault, only the config's own rules run (as in gitleaks)", () => {
    const { config: c } = importGitleaksConfig(
      `[[rules]]\nid = "x-key"\nregex = '''xkey_[a-z]{10}'''\n`,
      'g.toml',
      builtin,
    );
    expect(c.extends).toBe('none');
    expect(c.rules![0]!.pattern).toBe('(xkey_[a-z]{10})');
  });

  it('reports other things it cannot carry over', () => {
    const { notices: n } = importGitleaksConfig(
      [
        'foo = 1',
        '[extend]',
        'path = "base.toml"',
        '[[rules]]',
        'id = "a-rule"',
        "regex = '''a_(\\w{10})'''",
        "path = '''\\.py$'''",
        'entropy = 9.5',
        'keywords = ["a", "a_"]',
        'bogus = true',
        '[[rules.required]]',
        'id = "other"',
        '[rules.allowlist]',
        'regexTarget = "match"',
        "regexes = ['''x''', '''\\pL''']",
        'commits = ["not-a-sha"]',
      ].join('\n'),
      'g.toml',
      builtin,
    );
    expect(n).toEqual([
      'g.toml: foo: unknown gitleaks key, ignored',
      'g.toml: extend.path: extending another file (base.toml) is not supported; merge its rules into this file',
      'g.toml: rules[0] (id a-rule).bogus: unknown gitleaks key, ignored',
      'g.toml: rules[0] (id a-rule).keywords: keyword "a" dropped (keywords must be printable ASCII, two characters or more)',
      'g.toml: rules[0] (id a-rule).entropy: 9.5 is outside 0–8 bits per character, dropped',
      'g.toml: rules[0] (id a-rule).path: restricting a rule to paths is not supported: the rule runs on every file',
      'g.toml: rules[0] (id a-rule).required: composite rules are not supported: the rule reports without its required companions',
      'g.toml: rules[0] (id a-rule).allowlist.regexes[1]: Unicode classes (\\p…) are not supported by the engine; dropped',
      'g.toml: rules[0] (id a-rule).allowlist.regexTarget: "match" is approximated by "line": the regexes are tried on the whole line holding the secret',
      'g.toml: rules[0] (id a-rule).allowlist.commits: "not-a-sha" is not a commit id; dropped',
    ]);
  });

  it('rejects a file that is not TOML with its position', () => {
    expect(() => importGitleaksConfig('[[rules]\nid = 1', 'g.toml')).toThrow(
      /^g\.toml: line 1, column \d+: not valid TOML: /,
    );
  });
});

describe('gitleaks configs from the command line', () => {
  const widgetTok = keys.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  const files = {
    'app/settings.py': `widget_token = "${widgetTok}"\nGH = "${keys.github()}"\n`,
    'vendor/lib.py': `widget_token = "${widgetTok}"\n`,
  };

  it('scan --config .gitleaks.toml translates on the fly and prints the notices', async () => {
    const dir = tempTree(files);
    mkdirSync(path.join(dir, '.git'));
    copyFileSync(SAMPLE, path.join(dir, '.gitleaks.toml'));
    const r = await runCli(['scan', '.', '--config', '.gitleaks.toml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] };
    expect(report.findings.map((f) => `${f.file}:${f.ruleId}`)).toEqual([
      'app/settings.py:widget-token',
      'app/settings.py:github-pat-classic',
    ]);
    expect(r.stderr).toContain(
      'tokguard: .gitleaks.toml: rules[3] (id unicode-name).regex: Unicode classes (\\p…) are not supported by the engine; rule skipped\n',
    );
  });

  it('config import-gitleaks writes a .tokguard.yaml that finds the same', async () => {
    const dir = tempTree(files);
    mkdirSync(path.join(dir, '.git'));
    copyFileSync(SAMPLE, path.join(dir, '.gitleaks.toml'));
    const imp = await runCli(['config', 'import-gitleaks', '.gitleaks.toml'], { cwd: dir });
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/^# tokguard config translated from \.gitleaks\.toml/);
    expect(imp.stdout).toContain(
      '#   - .gitleaks.toml: rules[4] (id cert-files): path-only rules (no regex) are not supported, skipped',
    );
    expect(imp.stderr).toContain('translated 4 rules from .gitleaks.toml; 6 item(s) not translated or approximated');
    const yaml = parseYaml(imp.stdout) as TokguardConfig;
    expect(yaml).toEqual(importGitleaksConfig(sampleText, '.gitleaks.toml', builtin).config);
    writeFileSync(path.join(dir, '.tokguard.yaml'), imp.stdout);
    const check = await runCli(['config', 'check'], { cwd: dir });
    expect(check.stdout).toMatch(/^\.tokguard\.yaml: OK: \d+ rules in effect \(\d+ built-in, 4 custom\)\n$/);
    const scan = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(scan.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual([
      'widget-token',
      'github-pat-classic',
    ]);
    const eff = await loadEffectiveConfig({ root: dir });
    expect(eff.rules.find((r) => r.id === 'widget-token')!.source).toBe(eff.file);
  });

  it('config import-gitleaks on a missing file is a one-line error', async () => {
    const r = await runCli(['config', 'import-gitleaks', 'nope.toml'], { cwd: tempTree({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tokguard: nope.toml: no such file\n');
  });
});
