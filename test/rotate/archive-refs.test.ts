/**
 * A leaked key found both in a tracked file and inside a zip archive of the working tree
 * (`bundle.zip!/conf/.env`, as the scan reports an archive's entries). The key is rotated and the
 * tracked file rewritten; the archive is read, never written: the plan says to rebuild it, and
 * --execute goes on past it instead of stopping as if the file had changed since the plan.
 * No remote service: a manual issuer (the new value pasted on standard input), a dotenv store.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { runCli } from '../helpers/cli.js';
import { makeZip } from '../helpers/zip.js';
import { cleanup, makeRepo } from './helpers.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) cleanup(r);
});

describe('rotate, with a reference inside a zip archive', () => {
  it('rotates the key, rewrites the tracked file and leaves the archive to be rebuilt', async () => {
    const keys = new FakeKeys('archive-refs');
    const leaked = keys.github();
    const fresh = keys.github();
    const root = makeRepo(
      {
        'config.js': `module.exports = { token: '${leaked}' };\n`,
        '.gitignore': '.env.local\n',
        '.tokguard.yaml': [
          'rotation:',
          '  targets:',
          '    - match: { rule: github-pat-classic }',
          '      issuer: { type: manual, instructions: "Make a new token in GitHub settings" }',
          '      store: { type: dotenv, file: .env.local }',
          '      reference: { env: GITHUB_TOKEN }',
          '      grace: 0s',
          '',
        ].join('\n'),
      },
      { commit: false },
    );
    roots.push(root);
    const zip = makeZip([{ name: 'conf/.env', data: `GITHUB_TOKEN=${leaked}\n` }]);
    writeFileSync(join(root, 'bundle.zip'), zip);

    const plan = await runCli(['rotate', '--plan'], { cwd: root, env: { HOME: root } });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('bundle.zip!/conf/.env:1:14  github-pat-classic (value) → GITHUB_TOKEN');
    expect(plan.stdout).toContain(
      'bundle.zip!/conf/.env: inside the archive bundle.zip, which rotate does not rewrite: rebuild it without the old value',
    );

    const ex = await runCli(['rotate', '--execute'], {
      cwd: root,
      env: { HOME: root },
      input: `${fresh}\ndone\ndone\n`,
    });
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.stdout + ex.stderr).not.toContain(leaked);
    expect(readFileSync(join(root, 'config.js'), 'utf8')).not.toContain(leaked);
    expect(readFileSync(join(root, '.env.local'), 'utf8')).toContain(`GITHUB_TOKEN=${fresh}`);
    // The archive is as it was: the old value is still in it, for its owner to rebuild.
    expect(readFileSync(join(root, 'bundle.zip')).equals(zip)).toBe(true);
  }, 60_000);

  it('names the archive the finding gives, in a folder named x! whose own files are rewritten', async () => {
    const keys = new FakeKeys('archive-refs-folder');
    const leaked = keys.github();
    const fresh = keys.github();
    const root = makeRepo(
      {
        'cfg!/app.env': `GITHUB_TOKEN=${leaked}\n`,
        '.gitignore': '.env.local\n',
        '.tokguard.yaml': [
          'rotation:',
          '  targets:',
          '    - match: { rule: github-pat-classic }',
          '      issuer: { type: manual, instructions: "Make a new token in GitHub settings" }',
          '      store: { type: dotenv, file: .env.local }',
          '      reference: { env: GITHUB_TOKEN }',
          '      grace: 0s',
          '',
        ].join('\n'),
      },
      { commit: false },
    );
    roots.push(root);
    const zip = makeZip([{ name: 'conf/.env', data: `GITHUB_TOKEN=${leaked}\n` }]);
    writeFileSync(join(root, 'cfg!', 'bundle.zip'), zip);

    const plan = await runCli(['rotate', '--plan'], { cwd: root, env: { HOME: root } });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(
      'cfg!/bundle.zip!/conf/.env: inside the archive cfg!/bundle.zip, which rotate does not rewrite',
    );
    expect(plan.stdout).not.toContain('inside the archive cfg,');

    const ex = await runCli(['rotate', '--execute'], {
      cwd: root,
      env: { HOME: root },
      input: `${fresh}\ndone\ndone\n`,
    });
    expect(ex.code, ex.stderr).toBe(0);
    expect(readFileSync(join(root, 'cfg!', 'app.env'), 'utf8')).not.toContain(leaked);
    expect(readFileSync(join(root, 'cfg!', 'bundle.zip')).equals(zip)).toBe(true);
  }, 60_000);
});
