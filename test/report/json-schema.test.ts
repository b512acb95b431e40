import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';
import { makeZip } from '../helpers/zip.js';
import { startFakes, type ProviderFake } from '../servers/provider-fake.js';
import { github } from '../servers/providers/github.js';

/**
 * docs/report.schema.json describes the JSON report exactly: real reports from the built CLI
 * (working tree, stdin, history, staged; with a baseline, rotated secrets, decoded secrets,
 * notes, --show-secrets and --verify against a loopback GitHub fake) validate against it, every property it declares is produced by
 * one of them, and it rejects a report with an unknown or a missing field.
 */

const SCHEMA_FILE = new URL('../../docs/report.schema.json', import.meta.url);
type Properties = { properties: Record<string, unknown> };
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Properties & {
  $defs: { finding: Properties; scan: Properties; verification: Properties };
};
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

interface Report {
  scan: Record<string, unknown>;
  findings: (Record<string, unknown> & { verification?: Record<string, unknown> })[];
}

const keys = new FakeKeys('json-schema');
const reports: { name: string; report: Report }[] = [];

async function report(name: string, args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<Report> {
  const r = await runCli([...args, '--format', 'json'], options);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${name}: tokguard exited ${r.code}: ${r.stderr}`);
  const parsed = JSON.parse(r.stdout) as Report;
  reports.push({ name, report: parsed });
  return parsed;
}

function errorsOf(doc: unknown): string {
  return validate(doc) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

let fake: ProviderFake | undefined;
afterAll(() => fake?.stop());

describe('docs/report.schema.json', () => {
  beforeAll(async () => {
    // Working tree and stdin: the demo project (a base64-decoded finding), with and without secrets.
    await report('worktree', ['scan', 'fixtures/demo']);
    await report('worktree --show-secrets', ['scan', 'fixtures/demo', '--show-secrets']);
    await report('stdin', ['scan', '-'], { input: `GITHUB_TOKEN=${keys.github()}\n` });
    // Confidence: a weak password in source (not high) and a demo database URL in the docs (an example).
    const evidenceTree = tempTree({
      'app/settings.py': 'DB_PASSWORD = "grape1999"\n',
      'docs/engines.rst': 'engine = create_engine("postgresql://scott:tiger@localhost/test")\n',
      'ci/.env': `GITHUB_TOKEN=${keys.githubBadChecksum()}\n`,
    });
    await report('confidence', ['scan', evidenceTree]);
    // A key in an entry of a zip archive: `archive` names the archive and the entry.
    const archiveTree = tempTree({
      'release/bundle.zip': makeZip([{ name: 'conf/.env', data: `GITHUB_TOKEN=${keys.github()}\n` }]),
    });
    const inArchive = await report('archive', ['scan', archiveTree]);
    expect(inArchive.findings.map((f) => f.archive)).toEqual([{ path: 'release/bundle.zip', entry: 'conf/.env' }]);

    // --verify: a live key (identity, scopes), a dead one, and one no verifier covers (unknown).
    const started = await startFakes([github]);
    fake = started.fakes[0]!;
    const live = keys.github();
    fake.accept(live, { login: 'octo-dev', scopes: 'repo, gist' });
    const verifyTree = tempTree({
      '.env': `GITHUB_TOKEN=${live}\nOLD_TOKEN=${keys.github()}\nAWS_ACCESS_KEY_ID=${keys.awsAccessKeyId()}\n`,
    });
    await report('verify', ['scan', verifyTree, '--verify'], { env: { TOKGUARD_ENDPOINTS: started.env } });
    const saved = await runCli(['scan', verifyTree, '-f', 'json', '-o', path.join(verifyTree, 'report.json')]);
    expect(saved.code, saved.stderr).toBe(1);
    await report('tokguard verify', ['verify', path.join(verifyTree, 'report.json')], {
      env: { TOKGUARD_ENDPOINTS: started.env },
    });

    // History: a key added and deleted later, a copy of it in another file, a key that has been
    // rotated, one a baseline hides, and a commit still to come for the staged scan.
    const repo = new GitRepo();
    const deleted = keys.github();
    const rotated = keys.awsAccessKeyId();
    const known = keys.npm();
    repo.commit('Add keys', {
      'deploy.env': `TOKEN=${deleted}\n`,
      'copy.env': `TOKEN=${deleted}\n`,
      'aws.js': `const id = '${rotated}';\n`,
      'npm.env': `NPM_TOKEN=${known}\n`,
    });
    repo.commit('Remove the token', {}, { remove: ['deploy.env', 'copy.env'] });
    const opts = { cwd: repo.dir, env: repo.env };
    const first = await report('history (before rotation)', ['scan', '--history'], opts);
    const hashOf = (file: string): string => first.findings.find((f) => f.file === file)!.secretHash as string;
    writeFileSync(
      path.join(repo.dir, '.tokguard-rotated.json'),
      JSON.stringify({
        version: 1,
        rotated: [
          {
            secretHash: hashOf('aws.js'),
            ruleId: 'aws-access-key-id',
            rotatedAt: '2024-01-16T10:00:00.000Z',
            rotation: 'rot-20240116-100000-abcdef',
            state: 'deactivated',
          },
        ],
      }),
    );
    const baseline = await runCli(['baseline', '-o', 'baseline.json'], opts);
    expect(baseline.code, baseline.stderr).toBe(0);
    const bl = JSON.parse(readFileSync(path.join(repo.dir, 'baseline.json'), 'utf8')) as {
      entries?: { ruleId: string }[];
    };
    writeFileSync(
      path.join(repo.dir, 'baseline.json'),
      JSON.stringify({ ...bl, entries: (bl.entries ?? []).filter((e) => e.ruleId.startsWith('npm')) }),
    );
    await report('history', ['scan', '--history', '--baseline', 'baseline.json'], opts);
    // A shard of a history scan (attribution, suppressed) and a scan of a list of repositories.
    await report('history --shard', ['scan', '--history', '--shard', '1/1'], opts);
    writeFileSync(path.join(repo.dir, '..', 'repos.txt'), `${repo.dir}\n`);
    await report('--repos', ['scan', '--repos', path.join(repo.dir, '..', 'repos.txt'), '--history'], opts);
    await report('worktree in a repository', ['scan', '.', '--baseline', 'baseline.json'], opts);

    // Staged: a new key, and a fixture folder that .tokguardignore sets aside (a note).
    repo.write({
      '.tokguardignore': 'fixtures/\n',
      'staged.env': `TOKEN=${keys.github()}\n`,
      'fixtures/fake.env': `TOKEN=${keys.github()}\n`,
    });
    repo.git('add', '-A');
    await report('staged', ['scan', '--staged'], opts);
  }, 120_000);

  it('accepts every report the CLI writes', () => {
    for (const { name, report } of reports) expect(errorsOf(report), name).toBe('');
  });

  it('describes what the reports hold: every declared property occurs in one of them', () => {
    const findingKeys = new Set(reports.flatMap(({ report }) => report.findings.flatMap((f) => Object.keys(f))));
    const scanKeys = new Set(reports.flatMap(({ report }) => Object.keys(report.scan)));
    const topKeys = new Set(reports.flatMap(({ report }) => Object.keys(report)));
    const verificationKeys = new Set(
      reports.flatMap(({ report }) => report.findings.flatMap((f) => Object.keys(f.verification ?? {}))),
    );
    const unseen = (declared: Record<string, unknown>, seen: Set<string>): string[] =>
      Object.keys(declared).filter((k) => !seen.has(k));
    expect(unseen(schema.properties, topKeys)).toEqual([]);
    expect(unseen(schema.$defs.finding.properties, findingKeys)).toEqual([]);
    expect(unseen(schema.$defs.scan.properties, scanKeys)).toEqual([]);
    expect(unseen(schema.$defs.verification.properties, verificationKeys)).toEqual([]);
  });

  it('covers the cases it was written for', () => {
    const all = reports.flatMap(({ report }) => report.findings);
    const byName = (n: string): Report => reports.find((r) => r.name === n)!.report;
    expect(new Set(all.map((f) => f.source))).toEqual(new Set(['worktree', 'stdin', 'history', 'staged']));
    expect(all.some((f) => f.status === 'rotated')).toBe(true);
    expect(all.some((f) => typeof f.decodedFrom === 'string')).toBe(true);
    const history = byName('history');
    expect(history.findings.some((f) => (f.otherOccurrences as number) > 0)).toBe(true);
    expect(history.findings.some((f) => (f.ruleId as string).startsWith('npm'))).toBe(false); // the baseline
    expect(byName('staged').scan.notes).toBeDefined();
    expect(byName('worktree').findings.every((f) => !('secret' in f))).toBe(true);
    expect(byName('worktree --show-secrets').findings.every((f) => typeof f.secret === 'string')).toBe(true);
    const confidence = byName('confidence').findings;
    expect(confidence.find((f) => f.file === 'app/settings.py')?.confidence).not.toBe('high');
    expect(confidence.find((f) => f.file === 'docs/engines.rst')).toMatchObject({
      example: true,
      confidence: 'low',
      severity: 'low',
    });
    expect(confidence.find((f) => f.file === 'ci/.env')).toMatchObject({
      confidence: 'low',
      severity: 'low',
      reasons: ['checksum does not match: test value or edited token'],
    });
    const statuses = byName('verify').findings.map((f) => (f.verification as { status: string }).status);
    expect(new Set(statuses)).toEqual(new Set(['live', 'dead', 'unknown']));
  });

  it('rejects a report with an unknown field, a missing field or a wrong value', () => {
    const { report } = reports.find((r) => r.name === 'history')!;
    const finding = report.findings[0]!;
    const variants: [string, unknown][] = [
      ['unknown finding field', { ...report, findings: [{ ...finding, reachable: true }] }],
      ['unknown confidence', { ...report, findings: [{ ...finding, confidence: 'certain' }] }],
      ['missing confidence', { ...report, findings: [{ ...finding, confidence: undefined }] }],
      ['example: false', { ...report, findings: [{ ...finding, example: false }] }],
      ['empty reasons', { ...report, findings: [{ ...finding, reasons: [] }] }],
      ['unknown top-level field', { ...report, repository: 'x' }],
      ['missing fingerprint', { ...report, findings: [{ ...finding, fingerprint: undefined }] }],
      ['unknown severity', { ...report, findings: [{ ...finding, severity: 'severe' }] }],
      ['history finding without its blob', { ...report, findings: [{ ...finding, blob: undefined }] }],
      ['commits in a worktree scan', { ...report, scan: { ...report.scan, mode: 'worktree' } }],
      ['unknown version', { ...report, version: 2 }],
    ];
    for (const [name, doc] of variants) {
      expect(errorsOf(JSON.parse(JSON.stringify(doc))), name).not.toBe('');
    }
  });
});
