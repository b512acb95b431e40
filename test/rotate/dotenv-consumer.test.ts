/**
 * What the consumer of a rewritten tracked `.env` gets, read by the real npm `dotenv` in a
 * separate Node process. dotenv does not expand `${NAME}`, so a reference left in `.env` would
 * hand the application the text `${NAME}`; tokguard moves the value to the git-ignored dotenv
 * store instead (docs/rotation.md, "dotenv files"), and the application loading
 * `['.env.local', '.env']`, or given the variable by its environment, gets the new value.
 * No remote service: a manual issuer (the new value pasted on standard input), a dotenv store.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { runCli } from '../helpers/cli.js';
import { assertNoPlaintext, cleanup, git, makeRepo } from './helpers.js';

const DOTENV = createRequire(import.meta.url).resolve('dotenv');
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) cleanup(r);
});

/** STRIPE_SECRET_KEY and LOG_LEVEL as an application calling dotenv.config({ path }) sees them. */
function consumer(root: string, path: string[], env: Record<string, string> = {}): Record<string, string | null> {
  const script = `require(${JSON.stringify(DOTENV)}).config({ path: ${JSON.stringify(path)}, quiet: true });
process.stdout.write(JSON.stringify({ key: process.env.STRIPE_SECRET_KEY ?? null, log: process.env.LOG_LEVEL ?? null }));`;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, string | null>;
}

describe('a rewritten tracked .env, read by npm dotenv', () => {
  it('gives the application the new value from the git-ignored store, never ${NAME} or the old key', async () => {
    const keys = new FakeKeys('dotenv-consumer');
    const leaked = keys.stripeLive();
    const fresh = keys.stripeLive();
    const root = makeRepo({
      '.env': `# app settings\nSTRIPE_SECRET_KEY=${leaked}\nLOG_LEVEL=debug\n`,
      '.gitignore': '.env.local\n',
      '.tokguard.yaml': [
        'rotation:',
        '  targets:',
        '    - match: { rule: stripe-secret-key }',
        '      issuer: { type: manual, instructions: "Roll the key in the Stripe dashboard" }',
        '      store: { type: dotenv, file: .env.local }',
        '      reference: { env: STRIPE_SECRET_KEY }',
        '      grace: 0s',
        '',
      ].join('\n'),
    });
    roots.push(root);
    // What the application got before the incident.
    expect(consumer(root, ['.env.local', '.env'])).toEqual({ key: leaked, log: 'debug' });

    const plan = await runCli(['rotate', '--plan'], { cwd: root, env: { HOME: root } });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(
      '.env is a dotenv file: the assignment becomes a comment (dotenv does not expand ${...}); consumers read STRIPE_SECRET_KEY from the environment or from dotenv .env.local',
    );
    const ex = await runCli(['rotate', '--execute'], {
      cwd: root,
      env: { HOME: root },
      input: `${fresh}\ndone\ndone\n`,
    });
    expect(ex.code, ex.stderr).toBe(0);

    const tracked = readFileSync(join(root, '.env'), 'utf8');
    expect(tracked).toBe(
      '# app settings\n# STRIPE_SECRET_KEY: removed by tokguard rotate; set it in the environment (the current value is in .env.local, git-ignored)\nLOG_LEVEL=debug\n',
    );
    expect(git(root, 'check-ignore', '.env.local').trim()).toBe('.env.local');
    // The git-ignored store first, then the tracked file, as docs/rotation.md says to load them.
    expect(consumer(root, ['.env.local', '.env'])).toEqual({ key: fresh, log: 'debug' });
    // A deployment that sets the variable from its secret store: dotenv keeps the environment's value.
    expect(consumer(root, ['.env'], { STRIPE_SECRET_KEY: fresh })).toEqual({ key: fresh, log: 'debug' });
    // The tracked file alone no longer supplies a value, so a missing one fails loudly...
    expect(consumer(root, ['.env'])).toEqual({ key: null, log: 'debug' });
    // ...where a reference would have been read as literal text.
    const { parse } = createRequire(import.meta.url)('dotenv') as { parse: (s: string) => Record<string, string> };
    expect(parse('STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\n').STRIPE_SECRET_KEY).toBe('${STRIPE_SECRET_KEY}');
    assertNoPlaintext(root, [leaked, fresh], [plan.stdout, plan.stderr, ex.stdout, ex.stderr]);
  });
});
