/**
 * `.tokguard-rotated.json` per unit: deleting one unit's old credential marks that unit's
 * hashes deleted, not every unit of the rotation. No remote service: random issuers, a
 * git-ignored dotenv store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { parseRotationConfig } from '../../src/rotate/config.js';
import { planUnits } from '../../src/rotate/planner.js';
import { Executor } from '../../src/rotate/executor.js';
import { loadRotated, recordRotated } from '../../src/rotate/rotated.js';
import { runCli } from '../helpers/cli.js';
import { hashSecret } from '../../src/report/finding.js';
import { cleanup, findingFor, makeRepo } from './helpers.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) cleanup(r);
});

describe('the rotated record', () => {
  it('marks only the deleted unit deleted; a unit in its grace period stays deactivated or replaced', async () => {
    const keys = new FakeKeys('record-per-unit');
    const stripe = keys.stripeLive();
    const slack = keys.slackBot();
    const root = makeRepo({
      'billing.js': `module.exports = '${stripe}';\n`,
      'notify.js': `module.exports = '${slack}';\n`,
      '.gitignore': '.env.local\n',
    });
    roots.push(root);
    const cfg = parseRotationConfig({
      targets: [
        {
          match: { paths: ['billing.js'] },
          issuer: { type: 'random', prefix: 'sk_live_' },
          store: { type: 'dotenv', file: '.env.local' },
          reference: { env: 'STRIPE_SECRET_KEY' },
          grace: '24h',
        },
        {
          match: { paths: ['notify.js'] },
          issuer: { type: 'random', prefix: 'xoxb-' },
          store: { type: 'dotenv', file: '.env.local' },
          reference: { env: 'SLACK_BOT_TOKEN' },
          grace: '0s',
        },
      ],
    });
    const plan = planUnits(cfg, [
      findingFor(root, 'billing.js', 'stripe-secret-key', stripe),
      findingFor(root, 'notify.js', 'slack-bot-token', slack),
    ]);
    expect(plan.units.map((u) => u.id)).toEqual(['u1', 'u2']);
    await Executor.start(plan.units, { root, log: () => {} });
    const rotated = loadRotated(root);
    expect(rotated.get(hashSecret(slack))?.state).toBe('deleted');
    // u1 was recorded first and waits for its grace period. Before the fix, deleting u2's old
    // token marked every entry of the rotation deleted, u1's included.
    expect(rotated.get(hashSecret(stripe))?.state).toBe('replaced');
  });
});

describe('a history scan of rotated secrets', () => {
  it('says the findings pass because they are rotated, not because of --fail-on', async () => {
    const key = new FakeKeys('record-history').stripeLive();
    const root = makeRepo({ 'billing.js': `module.exports = '${key}';\n` });
    roots.push(root);
    recordRotated(root, [
      {
        secretHash: hashSecret(key),
        ruleId: 'stripe-secret-key',
        rotatedAt: new Date().toISOString(),
        rotation: 'rot-20260101-000000-abcdef',
        state: 'deleted',
      },
    ]);
    const r = await runCli(['scan', '--history', '.'], { cwd: root, env: { HOME: root } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'tokguard: 1 finding does not fail the scan (rotated: .tokguard-rotated.json records its secret as rotated)\n',
    );
    expect(r.stderr).not.toContain('below --fail-on');
  });
});
