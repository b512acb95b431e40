/**
 * The built CLI on a small project holding the classes the detect-secrets corpus showed missed
 * or misread (docs/accuracy.md, "First contact"): a test's config data, a YAML `!!binary`
 * secret, a generated password with `${` in it, Slack tokens of other lengths, a Telegram token
 * glued to `bot`; beside a secrets baseline that records hashes under `hashed_secret`, which must
 * stay quiet. Values are made up.
 */
import { describe, expect, it } from 'vitest';
import { byFileThenLine, jsonFindings, runCli, type CliFinding, type CliResult } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

type Finding = CliFinding;

const findings = (r: CliResult): Finding[] => jsonFindings<Finding>(r);

const signing = Buffer.from('4f9c2e7a1b3d8f06a5c4d7e1').toString('base64');

const project = {
  '.secrets.baseline':
    '{\n  "results": {\n    "app/settings.py": [\n      {\n        "type": "Secret Keyword",\n' +
    '        "hashed_secret": "3c1f0e9a7b25d48e6f0a9c3b7d1e5f2a8c4b6d0e",\n        "line_number": 3\n      }\n    ]\n  }\n}\n',
  'test_data/config.ini': '[db]\npassword = 234567890b12\n\n[aws]\naws_secret_key = 3456789012c\n',
  'tests/test_login.py': 'def test_login():\n    password = "234567890b12"\n    assert login("ada", password)\n',
  'config/app.yaml': `signing_secret: !!binary ${signing}\nplaceholder_password: !!binary ${Buffer.from('changeme').toString('base64')}\n`,
  'app/settings.py': "ADMIN_SECRET = 'm{{k}q)z${w]tar(eb[plo>-_$#Xv9q}}'\nDB_PASSWORD = '${DB_PASSWORD}'\n",
  'app/notify.py':
    "SLACK = 'xoxp-618243-372951-804126-f3a9c0e27b5d1648a9ce'\n" +
    "TELEGRAM_PATH = 'bot6283619047:AAq4Xw1bNk7TzR0eLm2VjYc9HdGs5PuF3oE/sendMessage'\n",
};

describe('tokguard scan: first-contact classes from the detect-secrets corpus', () => {
  it('reports each leak once at its line and confidence, and nothing for the hashes and references', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    expect(r.code).toBe(1);
    const got = findings(r)
      .map((f) => [f.file, f.line, f.ruleId, f.confidence, f.secret])
      .sort(byFileThenLine);
    expect(got).toEqual([
      ['app/notify.py', 1, 'slack-token-other-length', 'medium', 'xoxp-618243-372951-804126-f3a9c0e27b5d1648a9ce'],
      ['app/notify.py', 2, 'telegram-bot-token', 'high', '6283619047:AAq4Xw1bNk7TzR0eLm2VjYc9HdGs5PuF3oE'],
      ['app/settings.py', 1, 'generic-secret-quoted', 'high', 'm{{k}q)z${w]tar(eb[plo>-_$#Xv9q}}'],
      ['config/app.yaml', 1, 'generic-secret-unquoted', 'high', signing],
      ['test_data/config.ini', 2, 'generic-secret-unquoted', 'low', '234567890b12'],
      ['test_data/config.ini', 5, 'generic-secret-unquoted', 'low', '3456789012c'],
    ]);
  });

  it('keeps them out of a scan that asks for medium confidence and up, except the sure ones', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json', '--min-confidence', 'medium']);
    expect(
      findings(r)
        .map((f) => f.file)
        .sort(),
    ).toEqual(['app/notify.py', 'app/notify.py', 'app/settings.py', 'config/app.yaml']);
  });
});
