/**
 * The rotate command as a real process, with no remote service (random issuer, dotenv store):
 * the plan changes nothing; a process killed with SIGKILL right after a step is resumed from
 * its journal; bad config is one line and exit 2; nothing secret reaches any output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { assertNoPlaintext, cleanup, makeRepo } from './helpers.js';
import { getDotenv } from '../../src/rotate/rewrite/dotenv.js';
import { crashAfterStepEnv } from '../helpers/crash-after-step.js';

const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'bin/tokguard.js');
if (!existsSync(join(REPO, 'dist/cli/main.js')))
  throw new Error('dist/ is missing: run "npm run build" before the CLI tests (npm test does)');

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) cleanup(r);
});

function rotate(root: string, args: string[], extraEnv: Record<string, string> = {}) {
  const entry = [BIN, 'rotate', ...args];
  const r = spawnSync(process.execPath, entry, {
    cwd: root,
    encoding: 'utf8',
    input: '',
    env: { PATH: process.env.PATH, HOME: root, NO_COLOR: '1', ...extraEnv },
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

function repo(): { root: string; key: string } {
  const key = new FakeKeys('rotate-cli').stripeLive();
  const root = makeRepo({
    'billing.js': `const stripe = require('stripe')('${key}');\r\nmodule.exports = stripe;\r\n`,
    '.gitignore': '.env.local\n',
    '.tokguard.yaml': [
      'rotation:',
      '  targets:',
      '    - match: { paths: ["*.js"] }',
      '      issuer: { type: random, length: 32, prefix: sk_live_ }',
      '      store: { type: dotenv, file: .env.local }',
      '      reference: { env: STRIPE_SECRET_KEY }',
      '      grace: 0s',
      '',
    ].join('\n'),
  });
  roots.push(root);
  return { root, key };
}

describe('tokguard rotate (process)', () => {
  it('--plan prints steps and a redacted diff and changes nothing', () => {
    const { root, key } = repo();
    const before = readFileSync(join(root, 'billing.js'), 'utf8');
    const r = rotate(root, ['--plan']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Nothing has been changed');
    expect(r.out).toContain("+const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);");
    expect(r.out).toMatch(/delete-old .*point of no return/);
    expect(r.out).not.toContain(key);
    expect(readFileSync(join(root, 'billing.js'), 'utf8')).toBe(before);
    expect(existsSync(join(root, '.tokguard', 'rotations'))).toBe(false);
  });

  for (const step of ['issue', 'store-pending', 'rewrite', 'verify', 'promote', 'record', 'delete-old']) {
    it(`a process killed after ${step} is finished by --resume`, () => {
      const { root, key } = repo();
      const killed = rotate(root, ['--execute'], crashAfterStepEnv(step));
      expect(killed.signal).toBe('SIGKILL');
      const list = rotate(root, ['--list']);
      const id = list.out.split(/\s+/)[0]!;
      expect(id).toMatch(/^rot-/);
      const resumed = rotate(root, ['--resume', id]);
      expect(resumed.code, resumed.err).toBe(0);
      expect(readFileSync(join(root, 'billing.js'), 'utf8')).toBe(
        "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\r\nmodule.exports = stripe;\r\n",
      );
      const stored = getDotenv(readFileSync(join(root, '.env.local'), 'utf8'), 'STRIPE_SECRET_KEY')!;
      expect(stored).toMatch(/^sk_live_[A-Za-z0-9]{32}$/);
      expect(stored).not.toBe(key);
      const journal = join(root, '.tokguard', 'rotations', `${id}.json`);
      expect(statSync(journal).mode & 0o777).toBe(0o600);
      expect(statSync(join(root, '.tokguard', 'audit.log')).mode & 0o777).toBe(0o600);
      const audit = readFileSync(join(root, '.tokguard', 'audit.log'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(audit.every((e) => e.rotation === id && e.operator && e.time)).toBe(true);
      assertNoPlaintext(root, [key, stored], [killed.out, killed.err, resumed.out, resumed.err, list.out]);
      expect(existsSync(join(root, '.tokguard', 'pending', `${id}-u1.json`))).toBe(false);
      expect(existsSync(join(root, '.tokguard', 'backups', id, 'u1'))).toBe(false);
    });
  }

  it('bad config: one line on stderr naming the key, exit 2', () => {
    const { root } = repo();
    const r = rotate(root, ['--plan', '--config', join(REPO, 'fixtures/rotate/bad-config.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `tokguard: ${join(REPO, 'fixtures/rotate/bad-config.yaml')}: rotation.targets[0].issuer.type: unknown issuer type "gcp" (expected aws-iam, vault-token, vault-lease, random or manual)\n`,
    );
  });

  it('a tracked dotenv store is refused before anything changes', () => {
    const { root } = repo();
    const r = rotate(root, ['--execute', '--config', join(REPO, 'fixtures/rotate/tracked-store.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^tokguard: store billing\.js is tracked by git; tokguard never writes a secret into a tracked file.*nothing was changed\]\n$/,
    );
  });
});
