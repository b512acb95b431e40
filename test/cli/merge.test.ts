import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { comparable, jsonScan, readReport } from '../helpers/reports.js';
import { tempTree } from '../helpers/tmp.js';
import { makeZip } from '../helpers/zip.js';

const keys = new FakeKeys('merge');

describe('tokguard merge', () => {
  let out: string;
  let tree: string;
  const file = (name: string): string => path.join(out, `${name}.json`);

  beforeAll(async () => {
    out = tempDir('tokguard-merge-');
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 12; i++) files[`dir${i % 3}/f${i}.env`] = `TOKEN=${keys.github()}\n`;
    // A key in an archive's entry: the merged finding still names its archive.
    files['release/bundle.zip'] = makeZip([{ name: 'conf/.env', data: `TOKEN=${keys.github()}\n` }]);
    files['test.env'] = `STRIPE=${keys.stripeTest()}\n`; // a test key: info, passes --fail-on low
    tree = tempTree(files);
    await jsonScan(out, 'whole', ['scan', tree]);
    for (const k of [1, 2]) await jsonScan(out, `shard${k}`, ['scan', tree, '--shard', `${k}/2`]);
  }, 120_000);

  it('joins shards into the unsharded findings, a report given twice counted once', async () => {
    const r = await runCli(['merge', file('shard1'), file('shard2'), file('shard2'), '-f', 'json']);
    expect(r.code).toBe(1);
    const merged = JSON.parse(r.stdout) as ReturnType<typeof readReport>;
    expect(comparable(merged)).toEqual(comparable(readReport(file('whole'))));
    expect(merged.findings.filter((f) => f.archive)).toMatchObject([
      { file: 'release/bundle.zip!/conf/.env', archive: { path: 'release/bundle.zip', entry: 'conf/.env' } },
    ]);
    expect(merged.scan.files).toBeGreaterThan(0);
    expect(merged.tool.rulesDigest).toBe(readReport(file('whole')).tool.rulesDigest);
    expect(r.stderr).toMatch(/14 findings .*\(3 reports merged\)/);
  }, 60_000);

  it('writes every report format, and the exit code follows --fail-on as scan does', async () => {
    for (const format of ['sarif', 'junit', 'github', 'text']) {
      const r = await runCli([
        'merge',
        file('shard1'),
        file('shard2'),
        '-f',
        format,
        '-o',
        path.join(out, `m.${format}`),
      ]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
    }
    const sarif = JSON.parse(readFileSync(path.join(out, 'm.sarif'), 'utf8')) as {
      runs: { results: { properties: { archive?: unknown } }[] }[];
    };
    expect(sarif.runs[0]!.results).toHaveLength(14);
    expect(sarif.runs[0]!.results.map((x) => x.properties.archive).filter(Boolean)).toEqual([
      { path: 'release/bundle.zip', entry: 'conf/.env' },
    ]);
    expect(readFileSync(path.join(out, 'm.junit'), 'utf8')).toContain('<testsuite');
    const critical = await runCli(['merge', file('shard1'), file('shard2'), '--fail-on', 'critical', '-q']);
    expect(critical.code).toBe(1); // github tokens are critical
    const testOnly = path.join(out, 'test-only.json');
    const doc = JSON.parse(readFileSync(file('whole'), 'utf8')) as { findings: { ruleId: string }[] };
    writeFileSync(
      testOnly,
      JSON.stringify({ ...doc, findings: doc.findings.filter((f) => f.ruleId.includes('stripe')) }),
    );
    const passes = await runCli(['merge', testOnly, '-q']);
    expect(passes.code).toBe(0);
    const custom = await runCli(['merge', file('shard1'), '--exit-code', '7', '-q']);
    expect(custom.code).toBe(7);
  }, 60_000);

  it('refuses reports made with different rules, or by another tokguard version, in one line', async () => {
    const config = path.join(out, 'fewer-rules.yaml');
    writeFileSync(config, 'disable: [github-pat-classic]\n');
    await jsonScan(out, 'other-rules', ['scan', tree, '--config', config]);
    expect(readReport(file('other-rules')).tool.rulesDigest).not.toBe(readReport(file('whole')).tool.rulesDigest);
    const mixed = await runCli(['merge', file('shard1'), file('other-rules')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr.trim().split('\n')).toHaveLength(1);
    expect(mixed.stderr).toMatch(/cannot merge reports made with different rules: .*shard1\.json .*other-rules\.json/);
    expect(mixed.stdout).toBe('');

    const older = path.join(out, 'older.json');
    const doc = JSON.parse(readFileSync(file('shard2'), 'utf8')) as { tool: Record<string, unknown> };
    writeFileSync(older, JSON.stringify({ ...doc, tool: { ...doc.tool, version: '0.0.9' } }));
    const versions = await runCli(['merge', file('shard1'), older]);
    expect(versions.code).toBe(2);
    expect(versions.stderr).toMatch(/cannot merge reports of different tokguard versions: .* is 0\.0\.9/);

    const noDigest = path.join(out, 'no-digest.json');
    writeFileSync(noDigest, JSON.stringify({ ...doc, tool: { name: 'tokguard', version: doc.tool.version } }));
    const undigested = await runCli(['merge', noDigest]);
    expect(undigested.code).toBe(2);
    expect(undigested.stderr).toMatch(/no-digest\.json: has no tool\.rulesDigest/);
  }, 60_000);

  it('names the file and the problem for input that is not a report', async () => {
    const notJson = path.join(out, 'not.json');
    writeFileSync(notJson, '{ nope');
    const bad = await runCli(['merge', notJson]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`tokguard: ${notJson}: not a JSON report (does not parse as JSON)`);
    const broken = path.join(out, 'broken.json');
    const doc = JSON.parse(readFileSync(file('shard1'), 'utf8')) as { findings: Record<string, unknown>[] };
    writeFileSync(broken, JSON.stringify({ ...doc, findings: [{ ...doc.findings[0], line: 'x' }] }));
    const field = await runCli(['merge', broken]);
    expect(field.code).toBe(2);
    expect(field.stderr.trim()).toBe(`tokguard: ${broken}: findings[0].line is not a number`);
    // An archive that does not name the finding's file (`path!/entry`) is not taken on trust.
    const whole = JSON.parse(readFileSync(file('whole'), 'utf8')) as { findings: Record<string, unknown>[] };
    const at = whole.findings.findIndex((f) => f.archive);
    whole.findings[at] = { ...whole.findings[at], archive: { path: 'release', entry: 'bundle.zip!/conf/.env' } };
    writeFileSync(broken, JSON.stringify(whole));
    const archive = await runCli(['merge', broken]);
    expect(archive.code).toBe(2);
    expect(archive.stderr.trim()).toBe(
      `tokguard: ${broken}: findings[${at}].archive does not name findings[${at}].file as archive!/entry`,
    );
    const missing = await runCli(['merge', path.join(out, 'absent.json')]);
    expect(missing.stderr).toMatch(/absent\.json: cannot read report: no such file/);
    expect(missing.code).toBe(2);
  }, 60_000);
});
