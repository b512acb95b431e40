/**
 * A cloned repository can commit symbolic links where rotation writes: `.tokguard/` (journals and
 * backups of the old secrets), a folder below it, or `.tokguard-rotated.json`. Following one would
 * put secret backups or a rewritten record wherever the link points. Each is refused with one
 * line and exit 2, before anything is written, and the link's target is left untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { cleanup, makeRepo } from '../rotate/helpers.js';

const BIN = join(resolve(import.meta.dirname, '../..'), 'bin/tokguard.js');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) cleanup(d);
});

function incident(): { root: string; key: string; outside: string } {
  const key = new FakeKeys('rotate-links').stripeLive();
  const root = makeRepo({
    'billing.js': `const stripe = require('stripe')('${key}');\n`,
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
  const outside = mkdtempSync(join(tmpdir(), 'tokguard-outside-'));
  dirs.push(root, outside);
  return { root, key, outside };
}

function rotate(root: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'rotate', ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
    env: { PATH: process.env.PATH, HOME: root, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('rotate never writes through a planted link', () => {
  it('.tokguard as a link: exit 2, one line, nothing written where it points', () => {
    const { root, key, outside } = incident();
    symlinkSync(outside, join(root, '.tokguard'));
    const r = rotate(root, ['--execute']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      'tokguard: .tokguard is a symbolic link; tokguard reads and writes rotation files only at real paths (remove it)',
    ]);
    expect(readdirSync(outside)).toEqual([]);
    expect(readFileSync(join(root, 'billing.js'), 'utf8')).toContain(key);
  });

  it('a link below .tokguard (backups/): refused before the first change', () => {
    const { root, key, outside } = incident();
    mkdirSync(join(root, '.tokguard'));
    symlinkSync(outside, join(root, '.tokguard', 'rotations'));
    const r = rotate(root, ['--execute']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.tokguard/rotations is a symbolic link');
    expect(readdirSync(outside)).toEqual([]);
    expect(readFileSync(join(root, 'billing.js'), 'utf8')).toContain(key);
  });

  it('.tokguard-rotated.json as a link: refused before anything is read or written through it', () => {
    const { root, key, outside } = incident();
    const target = join(outside, 'victim.txt');
    writeFileSync(target, 'do not touch\n');
    symlinkSync(target, join(root, '.tokguard-rotated.json'));
    const r = rotate(root, ['--execute']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.tokguard-rotated.json is a symbolic link');
    expect(r.err).not.toContain('do not touch');
    expect(readFileSync(target, 'utf8')).toBe('do not touch\n');
    // A scan that reads the record refuses it the same way, without quoting the target.
    const scan = spawnSync(process.execPath, [BIN, 'scan', '.', '--history'], { cwd: root, encoding: 'utf8' });
    expect(scan.status).toBe(2);
    expect(scan.stderr).toContain('.tokguard-rotated.json is a symbolic link');
    expect(scan.stderr).not.toContain('do not touch');
    expect(readFileSync(join(root, 'billing.js'), 'utf8')).toContain(key);
    expect(existsSync(join(root, '.env.local'))).toBe(false);
  });
});
