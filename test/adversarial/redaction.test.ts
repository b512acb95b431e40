/**
 * Issue 10, items 1–2: a finding's line never shows a secret, its own or another's, raw or in
 * the encoded spelling it was decoded from, nor any line of a secret that spans lines.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { hexEscape, leakedSlices, percentEncode } from '../helpers/leaks.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-redaction');

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  lineText: string;
  redacted: string;
  secret?: string;
}

function findingsOf(r: CliResult): JsonFinding[] {
  if (r.code !== 1) throw new Error(`tokguard exited ${r.code}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

/** Both streams of every run, in text and JSON. */
async function allOutput(args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<string> {
  const runs = await Promise.all([runCli(args, options), runCli([...args, '--format', 'json'], options)]);
  return runs.map((r) => r.stdout + r.stderr).join('\n');
}

describe('redaction of the line a finding shows', () => {
  it('masks both secrets when two share a line (each finding used to show the other)', async () => {
    const gh = keys.github();
    const aws = keys.awsAccessKeyId();
    const dir = tempTree({ '.env': `TOKENS=${gh} ${aws}\n` });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json']));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['aws-access-key-id', 'github-pat-classic']);
    for (const f of findings)
      expect(f.lineText).toBe('TOKENS=ghp_XX******** AKIA********'.replace('ghp_XX', gh.slice(0, 6)));
    expect(leakedSlices(await allOutput(['scan', dir]), [gh, aws])).toEqual([]);
  });

  it('masks the base64 run a decoded secret came from in the other findings on its line', async () => {
    const gh = keys.github();
    const stripe = keys.stripeLive();
    const run = Buffer.from(`GITHUB_TOKEN=${gh}`).toString('base64');
    const dir = tempTree({ 'k.yaml': `auth: ${run} other=${stripe}\n` });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json']));
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.lineText).toBe(`auth: [encoded] other=${stripe.slice(0, 6)}********`);
    expect(leakedSlices(await allOutput(['scan', dir]), [gh, stripe, run])).toEqual([]);
  });

  it('masks an encoded spelling of a secret that is also on the line in clear (reported once)', async () => {
    const gh = keys.github();
    const run = Buffer.from(`token=${gh}`).toString('base64');
    const dir = tempTree({ 'ci.yml': `GH=${gh} AUTH=${run}\n` });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json']));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.lineText).toBe(`GH=${gh.slice(0, 6)}******** AUTH=[encoded]`);
    expect(leakedSlices(await allOutput(['scan', dir]), [gh, run])).toEqual([]);
  });

  it('masks percent-encoded and escaped secrets next to another secret', async () => {
    const stripe = keys.stripeLive();
    const gh = keys.github();
    const slack = keys.slackBot();
    const pct = percentEncode(`token=${gh}`);
    const esc = hexEscape(`SLACK=${slack}`);
    const dir = tempTree({ 'conf.js': `a("${pct}", "${stripe}")\nb("${stripe}", "${esc}")\n` });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json']));
    expect(findings.map((f) => `${f.line} ${f.ruleId}`).sort()).toEqual([
      '1 github-pat-classic',
      '1 stripe-secret-key',
      '2 slack-bot-token',
      '2 stripe-secret-key',
    ]);
    const masked = `${stripe.slice(0, 6)}********`;
    // A window that starts inside an encoded stretch (long lines are cut 120 bytes around the
    // secret) shows the rest of it as ********.
    const shown = findings.map((f) => `${f.line} ${f.ruleId}: ${f.lineText}`).sort();
    expect(shown).toEqual([
      `1 github-pat-classic: a("[encoded]", "${masked}")`,
      `1 stripe-secret-key: …********", "${masked}")`,
      `2 slack-bot-token: b("${masked}", "[encoded]")`,
      `2 stripe-secret-key: b("${masked}", "[encoded]…`,
    ]);
    expect(leakedSlices(await allOutput(['scan', dir]), [gh, stripe, slack, pct, esc])).toEqual([]);
  });

  it('shows no byte of a pretty-printed Solana id.json (its first line used to print in full)', async () => {
    const pair = keys.solanaKeypair();
    const json = `[\n${pair.map((b) => `  ${b}`).join(',\n')}\n]\n`;
    const dir = tempTree({ 'id.json': json });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json']));
    expect(findings).toMatchObject([{ ruleId: 'solana-keypair-json', line: 2 }]);
    expect(findings[0]!.lineText).toBe('  ********');
    const text = await runCli(['scan', dir]);
    // No line of the report shows one of the key's numbers where the secret was.
    expect(text.stdout).toContain('│ ********');
    expect(text.stdout.split('\n').filter((l) => l.includes('│'))).toEqual(['    │ ********']);
  });

  it('shows no line of a PEM private key, not even the first', async () => {
    const pem = keys.ecPrivateKeyPem();
    const body = pem.split('\n').filter((l) => l && !l.startsWith('-----'));
    expect(body.length).toBeGreaterThan(2);
    // As pasted into a YAML value: the first body line on the header's line.
    const pasted = pem.replace('-----\n', '----- ');
    const dir = tempTree({
      'key.pem': `# deploy key\n${pem}`,
      'values.yaml': `tls:\n  key: ${pasted.replace(/\n/g, '\n    ')}\n`,
      'app.json': JSON.stringify({ key: pem }),
    });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json']));
    expect(findings.map((f) => f.file).sort()).toEqual(['app.json', 'key.pem', 'values.yaml']);
    expect(leakedSlices(await allOutput(['scan', dir]), body)).toEqual([]);
  });

  it('--show-secrets still shows the line as it is', async () => {
    const gh = keys.github();
    const aws = keys.awsAccessKeyId();
    const dir = tempTree({ '.env': `TOKENS=${gh} ${aws}\n` });
    const findings = findingsOf(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    for (const f of findings) expect(f.lineText).toBe(`TOKENS=${gh} ${aws}`);
  });

  it('holds in history scans and in the pre-commit (staged) output', async () => {
    const gh = keys.github();
    const aws = keys.awsAccessKeyId();
    const stripe = keys.stripeLive();
    const run = Buffer.from(`GITHUB_TOKEN=${gh}`).toString('base64');
    const repo = new GitRepo();
    repo.commit('add env', { '.env': `TOKENS=${gh} ${aws}\n` });
    repo.write({ 'k.yaml': `auth: ${run} other=${stripe}\n` });
    repo.git('add', 'k.yaml');
    const opts = { cwd: repo.dir, env: repo.env };
    const history = await allOutput(['scan', '--history'], opts);
    expect(history).toContain('github-pat-classic');
    expect(leakedSlices(history, [gh, aws])).toEqual([]);
    const staged = await allOutput(['scan', '--staged'], opts);
    expect(staged).toContain('stripe-secret-key');
    expect(staged).toContain('tokguard blocked this commit');
    expect(leakedSlices(staged, [gh, stripe, run])).toEqual([]);
  });
});
