/**
 * Issue 11: the built CLI on a small project whose secrets have the value shapes the scorers
 * used to drop — a sentence used as a passphrase, words joined into a sentence, letters with
 * diacritics, a key written as a byte array, a C macro, a key named by its purpose, a password
 * stated in a sentence — beside their look-alikes (messages,
 * stand-ins, counting tables, test vectors). Values are made up.
 */
import { describe, expect, it } from 'vitest';
import { byFileThenLine, jsonFindings, runCli, type CliFinding } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

type Finding = CliFinding;

const project = {
  'src/Login.kt':
    'val greeting: String = "Hello, friend"\nval password: String = "purple monkey dishwasher"\n' +
    'val prompt = "Please enter your password"\n',
  'src/settings.php': "<?php\n$password = 'this_is_my_passport';\n$password_label = 'Your password';\n",
  'config/users.json': Buffer.from('{\n  "user": "svc",\n  "password": "dkajc\xf69Q"\n}\n', 'latin1'),
  'src/crypto.h':
    '#pragma once\n#define AES_KEY {0x35, 0x34, 0x65, 0x9b, 0x1c, 0x2e, 0x13, 0x08, \\\n' +
    '        0x41, 0x1b, 0x23, 0x7f, 0xa0, 0xc4, 0x5e, 0x02}\n' +
    '#define DB_PASSWORD "Kq83hdT2xPz9"\n' +
    'static const unsigned char crc_table[8] = {0, 1, 2, 3, 4, 5, 6, 7};\n',
  'notes/access.txt':
    'VPN: vpn.corp.net\nAuthentication key: AIhq5Xyb1Gga9Q27\nAuthentication key: ask the ops team\n' +
    'The admin password is Kq83hdT2xPz9x.\nThe password is required.\n',
  'src/jwt.ts': 'export const signingKey = "Zq8vR2kLmP4xT7nWb3";\nexport let signingKeyId: string;\n',
  'cmd/main.go':
    'package main\n\nvar cfg = Config{\n\tSecret: []byte{233, 9, 100, 114, 245, 164, 134, 217, 225, 26, 0, 172},\n' +
    '\tIV:     []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},\n}\n',
};

describe('tokguard scan: secrets of the value shapes once thrown away', () => {
  it('reports each at its line, and nothing for the look-alikes', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    expect(r.code).toBe(1);
    const got = jsonFindings<Finding>(r)
      .map((f) => [f.file, f.line, f.ruleId])
      .sort(byFileThenLine);
    expect(got).toEqual([
      ['cmd/main.go', 4, 'generic-key-bytes'],
      ['config/users.json', 3, 'generic-secret-quoted'],
      ['notes/access.txt', 2, 'qualified-key-secret'],
      ['notes/access.txt', 4, 'credential-is-value'],
      ['src/Login.kt', 2, 'generic-secret-quoted'],
      ['src/crypto.h', 2, 'generic-key-bytes'],
      ['src/crypto.h', 4, 'c-define-secret'],
      ['src/jwt.ts', 1, 'qualified-key-secret'],
      ['src/settings.php', 2, 'generic-secret-quoted'],
    ]);
  });

  it('keeps the byte arrays and passphrases out of the report unless asked', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json']);
    for (const v of ['purple monkey', 'this_is_my_passport', '0x9b, 0x1c', '245, 164', 'Kq83hdT2xPz9'])
      expect(r.stdout).not.toContain(v);
  });

  it('reports a byte array in a test at low confidence', async () => {
    const dir = tempTree({
      'tests/test_sign.py':
        'HMAC_KEY = bytes([0x9b, 0x12, 0x4e, 0xc1, 0x55, 0x6a, 0x0d, 0x73, 0xe8, 0x21, 0x3f, 0x48, 0x5c, 0x19, 0x7b, 0xa2])\n',
    });
    const list = jsonFindings<Finding>(await runCli(['scan', dir, '--format', 'json']));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'tests/test_sign.py', ruleId: 'generic-key-bytes', confidence: 'low' });
  });
});
