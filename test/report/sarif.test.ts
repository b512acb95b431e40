import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { FINGERPRINT_KEY, format, toSarif } from '../../src/report/format-sarif.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { findingsFor, reportInput, statsFor } from './findings.js';
import { assertValidSarif, sarifValidator } from './sarif-schema.js';

const keys = new FakeKeys('sarif');
const gh = keys.github();
const slack = keys.slackBot();
const stripeTest = keys.stripeTest();

async function sample() {
  return findingsFor({
    'config/deploy.env': `GITHUB_TOKEN=${gh}\nSLACK=${slack}\n`,
    'src/pay ment/ключ.ts': `const k = "${stripeTest}";\n`,
  });
}

describe('SARIF report', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const findings = await sample();
    expect(findings.map((f) => f.ruleId).sort()).toEqual([
      'github-pat-classic',
      'slack-bot-token',
      'stripe-test-secret-key',
    ]);
    assertValidSarif(JSON.parse(format(reportInput(findings))));
  });

  it('validates when empty, and with unreadable files and history findings', async () => {
    assertValidSarif(JSON.parse(format(reportInput([]))));
    const history = await findingsFor(
      { 'old/key.txt': `token ${gh}\n` },
      {
        source: 'history',
        extra: {
          blob: 'a'.repeat(40),
          commit: {
            sha: 'b'.repeat(40),
            author: 'Dev',
            email: 'dev@example.com',
            date: '2024-01-02T03:04:05Z',
            subject: 'add key',
          },
        },
      },
    );
    const input = reportInput(history, {
      stats: statsFor(history, { mode: 'history', unreadable: ['x/y.txt: EACCES'] }),
    });
    const log = JSON.parse(format(input)) as Log;
    assertValidSarif(log);
    const result = log.runs[0]!.results![0]!;
    expect(result.properties?.commit).toMatchObject({ sha: 'b'.repeat(40), subject: 'add key' });
    expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(false);
  });

  it('the validator really rejects broken SARIF', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('lists the rules that fired, with stable ids, indexes and severities', async () => {
    const log = toSarif(reportInput(await sample()));
    const run = log.runs[0]!;
    const driver = run.tool.driver;
    expect(driver.name).toBe('tokguard');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(['github-pat-classic', 'slack-bot-token', 'stripe-test-secret-key']);
    for (const r of run.results!) expect(driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    const gh = driver.rules![0]!;
    expect(gh.name).toBe('GithubPatClassic');
    expect(gh.shortDescription!.text).toBe('GitHub personal access token (classic)');
    expect(gh.defaultConfiguration!.level).toBe('error');
    expect(gh.properties!['security-severity']).toBe('9.5');
    expect(gh.properties!.tags).toEqual(expect.arrayContaining(['security', 'secret', 'github']));
    // helpUri is the rule's first reference: the provider's documentation of the format.
    expect(gh.helpUri).toMatch(/^https:\/\/docs\.github\.com\//);
    for (const r of driver.rules!) expect(r.helpUri, r.id).toMatch(/^https:\/\//);
    const testKey = run.results!.find((r) => r.ruleId === 'stripe-test-secret-key')!;
    expect(testKey.level).toBe('note');
    expect(testKey.properties!.testKey).toBe(true);
  });

  it('points at the file and the secret span, repository-relative and URI-encoded', async () => {
    const run = toSarif(reportInput(await sample())).runs[0]!;
    const slackResult = run.results!.find((r) => r.ruleId === 'slack-bot-token')!;
    const loc = slackResult.locations![0]!.physicalLocation!;
    expect(loc.artifactLocation).toEqual({ uri: 'config/deploy.env', uriBaseId: '%SRCROOT%' });
    expect(loc.region).toEqual({ startLine: 2, startColumn: 7, endLine: 2, endColumn: 7 + slack.length });
    const uni = run.results!.find((r) => r.ruleId === 'stripe-test-secret-key')!;
    expect(uni.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'src/pay%20ment/%D0%BA%D0%BB%D1%8E%D1%87.ts',
    );
    expect(run.columnKind).toBe('unicodeCodePoints');
  });

  it('uses the content fingerprint: moving the line keeps it, another file or secret changes it', async () => {
    const fp = async (files: Record<string, string>) =>
      toSarif(reportInput(await findingsFor(files))).runs[0]!.results![0]!.partialFingerprints![FINGERPRINT_KEY];
    const before = await fp({ 'a.env': `T=${gh}\n` });
    expect(before).toMatch(/^[0-9a-f]{32}$/);
    expect(await fp({ 'a.env': `# new header\n\n\n  T=${gh}\n` })).toBe(before);
    expect(await fp({ 'b.env': `T=${gh}\n` })).not.toBe(before);
    expect(await fp({ 'a.env': `T=${keys.github()}\n` })).not.toBe(before);
  });

  it('never contains a secret, not even redacted', async () => {
    const findings = await sample();
    const text = format(reportInput(findings, { showSecrets: true }));
    for (const f of findings) {
      expect(text).not.toContain(f.secret);
      expect(text).not.toContain(f.redacted);
    }
  });
});
