/**
 * Issue 10, item 6: names and text from a scanned repository cannot drive the terminal (ESC,
 * OSC, CR, C1, bidi controls) or the CI runner (GitHub workflow commands) through any report,
 * error or note. JSON keeps the raw text, escaped as JSON.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-terminal');

/** Characters that act on a terminal; tab and newline are the only controls output may hold. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Lines GitHub's runner would take as workflow commands: `::x` first on a line, `##[x` anywhere. */
function workflowCommands(output: string): string[] {
  return output.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['));
}

/** GitHub annotations are workflow commands by design: one line per finding, and nothing else. */
const ANNOTATION =
  /^::(error|warning|notice) file=[^:,]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:,]*::[^\n]*$/;

function expectInert(r: CliResult, what: string): void {
  for (const [name, stream] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    expect(RAW_CONTROL.exec(stream)?.[0], `${what} ${name} holds a raw control character`).toBeUndefined();
    const commands = workflowCommands(stream);
    if (what === 'github' && name === 'stdout') {
      expect(commands.length).toBe(stream.trimEnd().split('\n').length);
      for (const c of commands) expect(c).toMatch(ANNOTATION);
    } else expect(commands, `${what} ${name}`).toEqual([]);
  }
}

const INJECTED = 'x\n::error file=app.js,line=1::pwned';
const TERMINAL = 'a\x1b]0;owned\x07\x1b[2J\r\u009b31m\u202etxt.env';

describe('escaping of repository text in human-facing output', () => {
  it('a file named "x\\n::error file=…::…" produces no workflow command in any format', async () => {
    const dir = tempTree({ [`${INJECTED}.env`]: `TOKEN=${keys.github()}\n` });
    for (const format of ['text', 'junit', 'sarif', 'json']) {
      const r = await runCli(['scan', dir, '--format', format]);
      expect(r.code, r.stderr).toBe(1);
      expectInert(r, format);
    }
    const gh = await runCli(['scan', dir, '--format', 'github']);
    expect(gh.code).toBe(1);
    // One annotation, whose file property carries the name escaped.
    expect(gh.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^::error file=x%0A%3A%3Aerror /)]);
    expect(RAW_CONTROL.test(gh.stdout)).toBe(false);
  });

  it('ESC, OSC, CR, C1 and bidi controls in names and lines are shown escaped; JSON keeps them, escaped', async () => {
    const line = `TOKEN=${keys.github()} \x1b[2J\x1b]8;;https://evil.test\x07click\x1b]8;;\x07 ##[add-mask]x\r`;
    const dir = tempTree({ [TERMINAL]: `${line}\n` });
    for (const format of ['text', 'junit', 'github', 'sarif'])
      expectInert(await runCli(['scan', dir, '--format', format]), format);
    const text = await runCli(['scan', dir]);
    expect(text.stdout).toContain('a\\x1b]0;owned\\x07\\x1b[2J\\r\\x9b31m\\u202etxt.env:1:7');
    expect(text.stdout).toContain('\\x1b[2J\\x1b]8;;https://evil.test\\x07click');
    expect(text.stdout).toContain('##\\x5badd-mask]x');
    const json = await runCli(['scan', dir, '--format', 'json']);
    expectInert(json, 'json');
    const finding = (JSON.parse(json.stdout) as { findings: { file: string; lineText: string }[] }).findings[0]!;
    expect(finding.file).toBe(TERMINAL);
    expect(finding.lineText).toContain('\x1b]8;;https://evil.test\x07click');
    expect(finding.lineText).toContain('##[add-mask]x');
  });

  it('commit authors and subjects in history reports are shown escaped', async () => {
    const repo = new GitRepo();
    repo.commit('add key \x1b]0;owned\x07\n\n::error::from the body', { 'k.env': `T=${keys.github()}\n` });
    repo.git('-c', 'user.name=Eve\x1b[2J', 'commit', '-q', '--amend', '--no-edit', '--reset-author', '--no-verify');
    for (const format of ['text', 'junit', 'github']) {
      const r = await runCli(['scan', '--history', '--format', format], { cwd: repo.dir, env: repo.env });
      expect(r.code, r.stderr).toBe(1);
      expectInert(r, format);
    }
    const text = await runCli(['scan', '--history'], { cwd: repo.dir, env: repo.env });
    expect(text.stdout).toContain('add key \\x1b]0;owned\\x07');
  });

  it('the pre-commit output (findings and block message) is escaped', async () => {
    const repo = new GitRepo();
    repo.commit('init', { 'README.md': 'hi\n' });
    repo.write({ [`${INJECTED}.env`]: `TOKEN=${keys.github()}\n`, [TERMINAL]: `T=${keys.github()}\n` });
    repo.git('add', '-A');
    const r = await runCli(['scan', '--staged'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tokguard blocked this commit');
    expectInert(r, 'staged');
  });

  it('error messages and notes name hostile paths escaped, on one line', async () => {
    const r = await runCli(['scan', `missing\x1b]0;owned\x07\n::error::x`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tokguard: missing\\x1b]0;owned\\x07\\n::error::x: no such file or directory\n');
    const cfg = tempTree({ '.tokguard.yaml': 'rules:\n  - id: "a\\u001b[2J"\n' });
    const bad = await runCli(['scan', cfg]);
    expect(bad.code).toBe(2);
    expectInert(bad, 'config error');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    // A collection as a key made the YAML parser print a Node warning (two more lines) first.
    const warned = tempTree({ '.tokguard.yaml': '? ["\x1b[2J"]\n: x\n' });
    const one = await runCli(['scan', warned]);
    expect(one.code).toBe(2);
    expectInert(one, 'config warning');
    expect(one.stderr).toMatch(/^tokguard: [^\n]*\.tokguard\.yaml: \(top level\): unknown key [^\n]*\n$/);
  });
});
