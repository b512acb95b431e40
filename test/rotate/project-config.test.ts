/**
 * `tokguard rotate` honours the project config exactly as `tokguard scan` does: custom rules
 * find what they find, allowlists, `disable`, the baseline and the rotated record keep findings
 * out, and `tokguard config check` validates the `rotation:` section with rotate's own schema.
 * No remote service: random issuers and a git-ignored dotenv store.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKeys } from '../helpers/fake-keys.js';
import { runCli } from '../helpers/cli.js';
import { assertNoPlaintext, cleanup, makeRepo } from './helpers.js';
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
  'rotation:',
  '  targets:',
  '    - match: { paths: ["**"] }',
  '      issuer: { type: random, length: 32 }',
  '      store: { type: dotenv, file: .env.local }',
  '      reference: { env: SERVICE_KEY }',
  '      grace: 0s',
  '',
].join('\n');

interface Case {
  /** The file holding the stripe key, as the plan would list it. */
  file: string;
  /** Applied after the JSON report was written: from then on the project does not want the key rotated. */
  suppress: (root: string, key: string) => Promise<void> | void;
  /** What rotate says of a finding of the report that the scan no longer gives it. */
  said: RegExp;
}

const MISSING = /warning: \S+:1 stripe-secret-key: not found by a scan with the project config .*; not rotated\n/;

const CASES: Record<string, Case> = {
  'an allowlisted path': {
    file: 'fixtures/x.js',
    suppress: (root) => appendConfig(root, "allowlist:\n  paths: ['fixtures/**']\n"),
    said: MISSING,
  },
  'an allowlisted secret regex': {
    file: 'pay.js',
    suppress: (root, key) => appendConfig(root, `allowlist:\n  secrets: ['^${key}$']\n`),
    said: MISSING,
  },
  'an inline tokguard:allow': {
    file: 'pay.js',
    suppress: (root, key) => writeFileSync(join(root, 'pay.js'), `const k = '${key}'; // tokguard:allow test key\n`),
    said: MISSING,
  },
  'a disabled rule': {
    file: 'pay.js',
    suppress: (root) => appendConfig(root, 'disable: [stripe-secret-key]\n'),
    said: MISSING,
  },
  'a baselined finding': {
    file: 'pay.js',
    suppress: async (root) => {
      const base = await runCli(['baseline', '.'], { cwd: root, env: { HOME: root } });
      expect(base.code, base.stderr).toBe(0);
      // The baseline holds the custom rule's finding too: keep only the stripe key's entry.
      const file = join(root, '.tokguard-baseline.json');
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { entries: { ruleId: string }[] };
      doc.entries = doc.entries.filter((f) => f.ruleId === 'stripe-secret-key');
      expect(doc.entries).toHaveLength(1);
      writeFileSync(file, JSON.stringify(doc));
      appendConfig(root, 'scan:\n  baseline: .tokguard-baseline.json\n');
    },
    said: MISSING,
  },
  'a secret the rotated record holds': {
    file: 'pay.js',
    suppress: (root, key) =>
      recordRotated(root, [
        {
          secretHash: hashSecret(key),
          ruleId: 'stripe-secret-key',
          rotatedAt: new Date().toISOString(),
          rotation: 'rot-20260101-000000-abcdef',
          state: 'deleted',
        },
      ]),
    said: /note: 1 finding\(s\) hold secrets \.tokguard-rotated\.json records as rotated already; not rotated again\n/,
  },
};

function appendConfig(root: string, text: string): void {
  writeFileSync(join(root, '.tokguard.yaml'), readFileSync(join(root, '.tokguard.yaml'), 'utf8') + text);
}

/** A repository with a custom rule's key and a stripe key, and a JSON report of both. */
async function incident(keyFile: string): Promise<{ root: string; key: string }> {
  const key = new FakeKeys(`rotate-project-config-${keyFile}`).stripeLive();
  const root = makeRepo({
    'src.js': `const acme = '${ACME}';\n`,
    [keyFile]: `const k = '${key}';\n`,
    '.gitignore': '.env.local\nreport.json\n',
    '.tokguard.yaml': CONFIG,
  });
  roots.push(root);
  const scan = await runCli(['scan', '.', '-f', 'json', '-o', 'report.json'], { cwd: root, env: { HOME: root } });
  expect(scan.code, scan.stderr).toBe(1);
  const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { findings: { file: string }[] };
  expect(report.findings.map((f) => f.file).sort()).toEqual([keyFile, 'src.js'].sort());
  return { root, key };
}

describe('rotate uses the project config like scan', () => {
  it("offers a custom rule's finding, from a scan and from a report", async () => {
    const { root } = await incident('pay.js');
    for (const args of [['--plan'], ['--plan', '--report', 'report.json']]) {
      const plan = await runCli(['rotate', ...args], { cwd: root, env: { HOME: root } });
      expect(plan.code, plan.stderr).toBe(0);
      expect(plan.stdout).toMatch(/^Rotation plan: 2 credential\(s\) in 1 target\(s\)/m);
      expect(plan.stdout).toContain('src.js:1:15  acme-api-key (value) → SERVICE_KEY');
      expect(plan.stdout).toContain('pay.js:1:12  stripe-secret-key (value) → SERVICE_KEY');
    }
  });

  for (const [what, c] of Object.entries(CASES)) {
    it(`does not offer ${what}, from a scan or from a report written before`, async () => {
      const { root, key } = await incident(c.file);
      await c.suppress(root, key);
      const plan = await runCli(['rotate', '--plan'], { cwd: root, env: { HOME: root } });
      const fromReport = await runCli(['rotate', '--plan', '--report', 'report.json'], {
        cwd: root,
        env: { HOME: root },
      });
      for (const r of [plan, fromReport]) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^Rotation plan: 1 credential\(s\) in 1 target\(s\)/);
        expect(r.stdout).toContain('src.js:1:15  acme-api-key (value) → SERVICE_KEY');
        expect(r.stdout).not.toContain(c.file);
      }
      expect(fromReport.stderr).toMatch(c.said);
      if (c.said !== MISSING) expect(plan.stderr).toMatch(c.said);
      assertNoPlaintext(root, [key, ACME], [plan.stdout, plan.stderr, fromReport.stdout, fromReport.stderr]);
    });
  }

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
