import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { FakeKeys } from '../helpers/fake-keys.js';

const keys = new FakeKeys('inline-allow');
const engine = new Engine(loadBuiltinRules());
const found = (text: string, e = engine) =>
  e.scan(Buffer.from(text, 'utf8')).map((m) => ({ rule: m.ruleId, line: m.line }));

describe('inline suppression', () => {
  const comments: [string, (t: string) => string][] = [
    ['// (C, JS, Go)', (t) => `const token = "${t}"; // tokguard:allow`],
    ['# (shell, Python, YAML)', (t) => `TOKEN=${t}  # tokguard:allow`],
    ['/* */ block', (t) => `token = "${t}" /* tokguard:allow */;`],
    ['<!-- --> (HTML, XML)', (t) => `<token>${t}</token> <!-- tokguard:allow -->`],
    ['-- (SQL, Lua)', (t) => `INSERT INTO t VALUES ('${t}'); -- tokguard:allow`],
    ['; (ini, Lisp)', (t) => `token=${t} ; tokguard:allow`],
    ['% (TeX, Erlang)', (t) => `\\newcommand{\\tok}{${t}} % tokguard:allow`],
    ['no comment at all', (t) => `${t} tokguard:allow`],
  ];
  for (const [name, line] of comments) {
    it(`tokguard:allow on the line hides the secret: ${name}`, () => {
      const gh = keys.github();
      expect(found(line(gh).replace('tokguard:allow', 'nothing'))).toEqual([{ rule: 'github-pat-classic', line: 1 }]);
      expect(found(line(gh))).toEqual([]);
    });
  }

  it('tokguard:allow-next-line on the line before hides the next line only', () => {
    const a = keys.github();
    const b = keys.github();
    const text = `# tokguard:allow-next-line (test fixture)\nA=${a}\nB=${b}\n`;
    expect(found(text)).toEqual([{ rule: 'github-pat-classic', line: 3 }]);
  });

  it('works with CRLF line endings and in the middle of a file', () => {
    const a = keys.github();
    const b = keys.slackBot();
    const text = `x=1\r\n// tokguard:allow-next-line\r\nA=${a}\r\nB=${b} // tokguard:allow\r\nC=${a}\r\n`;
    expect(found(text)).toEqual([{ rule: 'github-pat-classic', line: 5 }]);
  });

  it('hides every secret on an allowed line', () => {
    const text = `A=${keys.github()} B=${keys.slackBot()} C=${keys.stripeLive()} # tokguard:allow\n`;
    expect(found(text.replace('tokguard:allow', 'x'))).toHaveLength(3);
    expect(found(text)).toEqual([]);
  });

  it('does not hide a secret because of a marker elsewhere', () => {
    const gh = keys.github();
    // allow-next-line on the secret's own line, allow two lines above, allow on the next line.
    expect(found(`A=${gh} # tokguard:allow-next-line\n`)).toHaveLength(1);
    expect(found(`# tokguard:allow\n\nA=${gh}\n`)).toHaveLength(1);
    expect(found(`A=${gh}\n# tokguard:allow\n`)).toHaveLength(1);
    expect(found(`# tokguard:allow-next-line\n\nA=${gh}\n`)).toHaveLength(1);
  });

  it('honours gitleaks:allow, so a migrating repository keeps its annotations', () => {
    expect(found(`TOKEN=${keys.github()} # gitleaks:allow\n`)).toEqual([]);
  });

  it('ignoreInlineAllow reports suppressed secrets (for audits)', () => {
    const audit = new Engine(loadBuiltinRules(), { ignoreInlineAllow: true });
    expect(found(`TOKEN=${keys.github()} # tokguard:allow\n`, audit)).toHaveLength(1);
  });
});
