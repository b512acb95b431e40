/**
 * `tokguard rotate` honours the project config exactly as `tokguard scan` does: custom rules
 * find what they find, allowlists, `disable`, the baseline and the rotated record keep findings
 * out, and `tokguard config check` validates the `rotation:` section with rotate's own schema.
 * No remote service: random issuers and a git-ignored dotenv store.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { runCli } from '../helpers/cli.js';
import { cleanup, git, makeRepo } from './helpers.js';
import { recordRotated } from '../../src/rotate/rotated.js';
import { hashSecret } from '../../src/report/finding.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) cleanup(r);
});

const ACME = 'acme_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e';

const CONFIG = [
  'rules:',
  '  - id: acme-api-key',
  '    name: ACME internal API key',
  '    severity: high',
  '    keywords: [acme_]',
  "    pattern: '\\b(acme_[0-9a-f]{32})\\b'",
  '    examples:',
  "      - 'ACME_KEY=acme_1f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e'",
  'disable: [slack-bot-token]',
  'allowlist:',
  "  paths: ['fixtures/**']",
  'scan:',
  '  baseline: .tokguard-baseline.json',
  'rotation:',
  '  targets:',
  '    - match: { paths: ["**"] }',
  '      issuer: { type: random, length: 32 }',
  '      store: { type: dotenv, file: .env.local }',
  '      reference: { env: SERVICE_KEY }',
  '      grace: 0s',
  '',
].join('\n');

describe('rotate uses the project config like scan', () => {
  it('offers custom-rule findings and skips allowlisted, disabled, baselined and already rotated ones', async () => {
    const keys = new FakeKeys('rotate-project-config');
    const legacy = keys.stripeLive();
    const root = makeRepo({ 'legacy.js': `module.exports = '${legacy}';\n`, '.gitignore': '.env.local\n' });
    roots.push(root);
    // The team accepted legacy.js's key in its baseline before the config below existed.
    const base = await runCli(['baseline', '.'], { cwd: root, env: { HOME: root } });
    expect(base.code, base.stderr).toBe(0);
    const fixture = keys.stripeLive();
    const slack = keys.slackBot();
    const dead = keys.stripeLive();
    writeFileSync(join(root, '.tokguard.yaml'), CONFIG);
    writeFileSync(join(root, 'src.js'), `const acme = '${ACME}';\n`);
    writeFileSync(join(root, 'notify.js'), `const slack = '${slack}';\n`);
    writeFileSync(join(root, 'old.js'), `const old = '${dead}';\n`);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'more');
    mkdirSync(join(root, 'fixtures'));
    writeFileSync(join(root, 'fixtures', 'x.js'), `const k = '${fixture}';\n`);
    recordRotated(root, [
      {
        secretHash: hashSecret(dead),
        ruleId: 'stripe-secret-key',
        rotatedAt: new Date().toISOString(),
        rotation: 'rot-20260101-000000-abcdef',
        state: 'deleted',
      },
    ]);

    const plan = await runCli(['rotate', '--plan'], { cwd: root, env: { HOME: root } });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^Rotation plan: 1 credential\(s\) in 1 target\(s\)/);
    expect(plan.stdout).toContain('src.js:1:15  acme-api-key (value) → SERVICE_KEY');
    for (const file of ['legacy.js', 'fixtures/x.js', 'notify.js', 'old.js']) expect(plan.stdout).not.toContain(file);
    expect(plan.stderr).toContain('note: 1 finding(s) hold secrets .tokguard-rotated.json records as rotated already');
  });

  it('config check validates the rotation section with the schema rotate enforces', async () => {
    const root = makeRepo({ '.tokguard.yaml': CONFIG.replace('type: random, length: 32', 'type: gcp') });
    roots.push(root);
    const check = await runCli(['config', 'check'], { cwd: root, env: { HOME: root } });
    const rotate = await runCli(['rotate', '--plan'], { cwd: root, env: { HOME: root } });
    const want =
      'tokguard: .tokguard.yaml: rotation.targets[0].issuer.type: unknown issuer type "gcp" (expected aws-iam, vault-token, vault-lease, random, manual, github, gitlab, slack, npm, cloudflare, sendgrid, openai-admin, datadog, digitalocean, discord-webhook)\n';
    expect([check.code, check.stderr]).toEqual([2, want]);
    expect([rotate.code, rotate.stderr]).toEqual([2, want]);
    writeFileSync(join(root, '.tokguard.yaml'), CONFIG);
    const ok = await runCli(['config', 'check'], { cwd: root, env: { HOME: root } });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(
      /^\.tokguard\.yaml: OK: \d+ rules in effect \(\d+ built-in, 1 custom\); rotation: 1 target\n$/,
    );
  });
});
