/**
 * Issue 11: an address, an account and a password written down together (`10.0.3.17 admin …`),
 * as CredSweeper's labelled documents hold them. Nothing names the password, so the layout must:
 * the triple ends its line and the password mixes classes. Hosts files, routes, code and demo
 * words are left alone.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('host-login-classes');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pw = (): string => {
  for (;;) {
    const v = keys.chars(12, BASE62);
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
};

const RULE = 'host-login-triple';
const triples = (text: string, path: string) => scan(text, path).filter((m) => m.ruleId === RULE);

describe('an address, an account and a password on one line', () => {
  it.each([
    ['separated by spaces', (v: string) => `10.0.3.17 admin ${v}\n`],
    ['separated by slashes after a label', (v: string) => `server: 192.168.10.4 / root / ${v}\n`],
    ['with a port, separated by commas', (v: string) => `backup box 10.20.0.5:22, deploy, ${v}\n`],
    ['with the account and password joined by a colon', (v: string) => `172.16.4.9 ubuntu:${v}\n`],
    ['in a table row', (v: string) => `| 10.1.1.8 | sa | ${v}\n`],
  ])('%s is reported in notes', (_what, line) => {
    const v = pw();
    expect(triples(line(v), 'notes/servers.txt').map((m) => m.secret)).toEqual([v]);
  });

  it('is left alone in code, whose addresses sit in literals and lists', () => {
    const v = pw();
    expect(triples(`# 10.0.3.17 admin ${v}\n`, 'deploy/setup.py')).toEqual([]);
    expect(triples(`hosts = ["10.0.3.17", "admin", "${v}"]\n`, 'deploy/setup.py')).toEqual([]);
  });

  it('leaves hosts files, routes and demo words alone', () => {
    for (const line of [
      '127.0.0.1 localhost localhost.localdomain',
      '10.0.0.12 web1 web1-internal',
      '192.168.1.20 fileserver nas.corp.net',
      '10.0.0.1 via eth0 metric100',
      '10.0.3.17 admin changeme',
      '10.0.3.17 admin password',
      'version 10.0.3.17 build 20240101',
    ])
      expect(triples(`${line}\n`, 'notes/servers.txt'), line).toEqual([]);
  });

  it('needs the triple to end its line: a sentence going on is not one', () => {
    expect(triples(`10.0.3.17 admin ${pw()} is the old box\n`, 'notes/servers.txt')).toEqual([]);
  });
});
