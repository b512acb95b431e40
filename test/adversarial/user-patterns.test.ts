/**
 * Issue 10, item 10: a config is input a pull request can change, so its regexes (custom rules,
 * overrides, allowlists, gitleaks imports) run on a linear-time engine. A pattern such as
 * `((a+)+)$` used to hang the scan for good; now it runs to the end of a large file, and what
 * that engine cannot run is refused when the config loads, one line naming the file and rule.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-user-patterns');

/** A megabyte of `a` then `!`: V8's backtracking takes exponential time on `((a+)+)$` here. */
const POISON = `${'a'.repeat(1 << 20)}!`;

describe('user patterns that backtrack catastrophically', () => {
  it('a custom rule runs to the end of a 1 MB line instead of hanging', async () => {
    const config = [
      'rules:',
      '  - id: nested-quantifier',
      '    name: nested quantifier',
      '    severity: high',
      '    keywords: [token]',
      "    pattern: 'token=(([a-z0-9]+)+)$'",
      "    examples: ['token=q8x3kz9wm2v7']",
      '',
    ].join('\n');
    const dir = tempTree({ '.tokguard.yaml': config, 'big.txt': `token=${POISON}`, 'hit.txt': 'token=q8x3kz9wm2v7' });
    const r = await runCli(['scan', dir, '--format', 'json']);
    expect(r.stderr).not.toMatch(/^tokguard:/m);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] }).findings;
    // The config's own rule example (`token=…` in a YAML list) is a generic finding of its own.
    expect(findings.filter((f) => f.file !== '.tokguard.yaml').map((f) => [f.file, f.ruleId])).toEqual([
      ['hit.txt', 'nested-quantifier'],
    ]);
  }, 120_000);

  it('an allowlist.lines entry runs on a long line of a finding instead of hanging', async () => {
    const gh = keys.github();
    const dir = tempTree({
      '.tokguard.yaml': "allowlist:\n  lines: ['((a+)+)$']\n",
      'x.env': `GH=${gh} ${POISON}\n`,
    });
    const r = await runCli(['scan', dir, '--format', 'json']);
    expect(r.stderr).not.toMatch(/^tokguard:/m);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toHaveLength(1);
  }, 120_000);

  it('a gitleaks import runs on the linear engine too', async () => {
    const toml = ['[[rules]]', 'id = "redos"', "regex = '''((a+)+)$'''", 'keywords = ["aaa"]', ''].join('\n');
    const dir = tempTree({ '.gitleaks.toml': toml, 'big.txt': POISON });
    const r = await runCli(['scan', dir, '--config', `${dir}/.gitleaks.toml`, '--format', 'json']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
  }, 120_000);
});

describe('patterns the linear engine cannot run', () => {
  it('are refused at load, every one on one line naming the file and the rule', async () => {
    const config = [
      'rules:',
      '  - id: needs-lookahead',
      '    name: x',
      '    severity: high',
      '    keywords: [key]',
      "    pattern: 'key=(?=[a-z])([a-z0-9]{8})'",
      "    examples: ['key=abcd1234']",
      '  - id: needs-backref',
      '    name: y',
      '    severity: high',
      '    keywords: [pin]',
      "    pattern: 'pin=([0-9])\\1{5}'",
      "    examples: ['pin=111111']",
      'allowlist:',
      "  lines: ['ok(?!x)y']",
      '',
    ].join('\n');
    const dir = tempTree({ '.tokguard.yaml': config, 'a.txt': 'nothing' });
    const r = await runCli(['scan', dir]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('.tokguard.yaml: 3 patterns cannot run on the linear-time engine');
    expect(lines[0]).toContain('rules[0] (id needs-lookahead).pattern: lookahead (?=…)');
    expect(lines[0]).toContain('rules[1] (id needs-backref).pattern: backreferences');
    expect(lines[0]).toContain('allowlist.lines[0]: lookahead (?!…)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('still takes the lookaheads that mark a token end, as built-in rules write them', async () => {
    const gh = keys.github();
    const config = [
      'rules:',
      '  - id: my-token',
      '    name: my token',
      '    severity: high',
      '    keywords: [mytok_]',
      "    pattern: '(?<![A-Za-z0-9])(mytok_[A-Za-z0-9]{12})(?![A-Za-z0-9])'",
      "    examples: ['x=mytok_Q8x3Kz9Wm2V7']",
      "    counterExamples: ['x=mytok_Q8x3Kz9Wm2V7abc', 'x=amytok_Q8x3Kz9Wm2V7']",
      '',
    ].join('\n');
    const dir = tempTree({
      '.tokguard.yaml': config,
      'a.txt': `A=mytok_Q8x3Kz9Wm2V7;B=mytok_R7y2Lz8Wn3U6\nGH=${gh}\n`,
    });
    const r = await runCli(['scan', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; column: number }[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.column])).toEqual([
      ['my-token', 3],
      ['my-token', 24],
      ['github-pat-classic', 4],
    ]);
  });
});
