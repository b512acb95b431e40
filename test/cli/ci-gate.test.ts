/**
 * The CI gate end to end, through the built CLI: exit codes and --fail-on, config errors,
 * baselines (including moved lines and changed secrets), and the report formats.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree, writeTree } from '../helpers/tmp.js';
import { assertValidSarif } from '../report/sarif-schema.js';

const keys = new FakeKeys('ci-gate');

function repo(files: Record<string, string>): string {
  const dir = tempTree(files);
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

describe('exit codes and --fail-on', () => {
  const gh = keys.github();
  const stripeTest = keys.stripeTest();
  const slack = keys.slackBot();

  it('fails on a live key, with the default --fail-on low', async () => {
    const dir = repo({ 'a.env': `GH=${gh}\n` });
    const r = await runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(1);
  });

  it('reports test keys but does not fail on them unless --fail-on info', async () => {
    const dir = repo({ 'test/stripe.ts': `const key = "${stripeTest}";\n` });
    const r = await runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[stripe-test-secret-key]');
    expect(r.stderr).toContain(
      'tokguard: 1 finding does not fail the scan (below --fail-on low; test keys, demo credentials and tokens whose checksum fails count as info)\n',
    );
    expect((await runCli(['scan', '.', '--fail-on', 'info'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['scan', '.', '--fail-on', 'info', '--exit-code', '3'], { cwd: dir })).code).toBe(3);
  });

  it('--fail-on critical lets a high finding pass; the config sets the default and the flag wins', async () => {
    const dir = repo({ 'a.env': `SLACK=${slack}\n` });
    expect((await runCli(['scan', '.', '--fail-on', 'critical'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, '.tokguard.yaml'), 'scan:\n  failOn: critical\n');
    expect((await runCli(['scan', '.'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['scan', '.', '--fail-on', 'high'], { cwd: dir })).code).toBe(1);
  });

  it('rejects an unknown severity in one line, exit 2', async () => {
    const r = await runCli(['scan', '.', '--fail-on', 'urgent'], { cwd: repo({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tokguard: --fail-on must be one of critical, high, medium, low, info, got "urgent"\n');
  });

  it('inline tokguard:allow hides a secret in a scan', async () => {
    const dir = repo({ 'a.py': `TOKEN = "${gh}"  # tokguard:allow\n# tokguard:allow-next-line\nOTHER = "${slack}"\n` });
    const r = await runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('configuration from the command line', () => {
  it('an invalid config is one line naming the file, the key path and the problem; exit 2', async () => {
    const dir = repo({ '.tokguard.yaml': 'scan:\n  threads: lots\n', 'a.txt': 'x' });
    const r = await runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('tokguard: .tokguard.yaml: scan.threads: must be integer\n');
  });

  it('a bad regex is named by its key path', async () => {
    const dir = repo({ 'team.yaml': "allowlist:\n  secrets: ['ok', '(']\n" });
    const r = await runCli(['scan', '.', '--config', 'team.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tokguard: team\.yaml: allowlist\.secrets\[1\]: not a valid regex: .*\n$/);
  });

  it('a missing --config file is an error', async () => {
    const r = await runCli(['scan', '.', '-c', 'nope.yaml'], { cwd: repo({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tokguard: nope.yaml: config file not found\n');
  });

  it('custom rules, disabled rules, allowlists and scan defaults apply to a scan', async () => {
    const gh = keys.github();
    const dir = repo({
      '.tokguard.yaml': [
        'rules:',
        '  - id: acme-api-key',
        '    name: ACME internal API key',
        '    severity: high',
        '    keywords: [acme_]',
        "    pattern: '\\b(acme_[0-9a-f]{32})\\b'",
        "    examples: ['acme_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e']",
        'disable: [slack-bot-token]',
        'allowlist:',
        "  paths: ['fixtures/**']",
        'scan:',
        '  maxFileSize: 1KB',
        "  exclude: ['generated/**']",
        '',
      ].join('\n'),
      'src/a.env': `ACME=acme_1e2d3c4b5a69788796a5b4c3d2e1f0aa\nSLACK=${keys.slackBot()}\n`,
      'fixtures/b.env': `GH=${gh}\n`,
      'generated/c.env': `GH=${gh}\n`,
      'big.txt': `${'x'.repeat(2000)}\nGH=${gh}\n`,
    });
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      version: number;
      findings: { file: string; ruleId: string }[];
      scan: { skipped: Record<string, number> };
    };
    expect(report.version).toBe(1);
    // Not the custom rule's own example in .tokguard.yaml, nor the allowlisted, excluded or too large files.
    expect(report.findings.map((f) => `${f.file}:${f.ruleId}`)).toEqual(['src/a.env:acme-api-key']);
    expect(report.scan.skipped['too-large']).toBe(1);
    // The same config applies when scanning a subfolder (paths stay repository-relative).
    const sub = await runCli(['scan', 'fixtures', '--format', 'json'], { cwd: dir });
    expect(sub.code).toBe(0);
  });

  it('tokguard rules lists the rules in effect with the config', async () => {
    const dir = repo({
      '.tokguard.yaml': 'disable: [github-pat-classic]\noverride:\n  slack-bot-token:\n    severity: low\n',
    });
    const r = await runCli(['rules', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; severity: string }[];
    expect(rules.some((x) => x.id === 'github-pat-classic')).toBe(false);
    expect(rules.find((x) => x.id === 'slack-bot-token')!.severity).toBe('low');
    const bad = await runCli(['rules', '--config', 'missing.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
  });

  it('custom rules may name references (optional); tokguard rules and SARIF show them', async () => {
    const rule = (id: string, extra: string) =>
      [
        `  - id: ${id}`,
        `    name: ${id}`,
        '    severity: high',
        extra,
        `    keywords: [${id}_]`,
        `    pattern: '\\b(${id}_[0-9a-f]{32})\\b'`,
        `    examples: ['${id}_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e']`,
      ]
        .filter(Boolean)
        .join('\n');
    const dir = repo({
      '.tokguard.yaml': `rules:\n${rule('acme', '    references: [https://docs.acme.test/keys]')}\n${rule('zeta', '')}\n`,
      'a.env': 'K=acme_1e2d3c4b5a69788796a5b4c3d2e1f0aa\n',
    });
    const listed = JSON.parse((await runCli(['rules', '--format', 'json'], { cwd: dir })).stdout) as {
      id: string;
      references: string[];
    }[];
    expect(listed.find((r) => r.id === 'acme')!.references).toEqual(['https://docs.acme.test/keys']);
    expect(listed.find((r) => r.id === 'zeta')!.references).toEqual([]);
    const sarif = JSON.parse((await runCli(['scan', '.', '--format', 'sarif'], { cwd: dir })).stdout) as Log;
    expect(sarif.runs[0]!.tool.driver.rules![0]).toMatchObject({ id: 'acme', helpUri: 'https://docs.acme.test/keys' });
    const bad = repo({ '.tokguard.yaml': `rules:\n${rule('acme', '    references: [http://docs.acme.test/keys]')}\n` });
    const r = await runCli(['rules'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tokguard: \.tokguard\.yaml: rules\[0\] \(id acme\)\.references\[0\]: .*\n$/);
  });

  it('config check validates and summarises', async () => {
    const dir = repo({ '.tokguard.yaml': 'disable: [github-pat-classic]\n' });
    const ok = await runCli(['config', 'check'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\.tokguard\.yaml: OK: \d+ rules in effect \(\d+ built-in, 0 custom\)\n$/);
    writeFileSync(path.join(dir, '.tokguard.yaml'), 'disable: [nope]\n');
    const bad = await runCli(['config', 'check'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tokguard: .tokguard.yaml: disable[0]: no rule with id "nope" (see "tokguard rules")\n');
  });

  it('without a config file, a scan loads no YAML parser and no schema validator', async () => {
    const dir = repo({ 'a.env': `GH=${keys.github()}\n` });
    const log = path.join(dir, '.loaded');
    writeTree(dir, {
      'hooks.mjs': `import { appendFileSync } from 'node:fs';\nexport async function resolve(spec, ctx, next) {\n  const r = await next(spec, ctx);\n  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');\n  return r;\n}\n`,
      'register.mjs': `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`,
    });
    const r = await runCli(['scan', 'a.env', '--threads', '0'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import ${pathToFileURL(path.join(dir, 'register.mjs')).href}` },
    });
    expect(r.code).toBe(1);
    const loaded = readFileSync(log, 'utf8');
    // Compiled module names (dist/config/load.js) or the bundled chunk holding it.
    expect(loaded).toMatch(/\/dist\/(config\/load|bundle\/scan-core-[\w-]+)\.js/);
    expect(loaded).not.toMatch(/node_modules\/yaml\//);
    expect(loaded).not.toContain('schema-validators');
    expect(loaded).not.toMatch(/\/dist\/(config\/build|bundle\/build-[\w-]+)\.js/);
  });
});

describe('baselines', () => {
  const gh = keys.github();
  const slack = keys.slackBot();

  it('tokguard baseline, then scans that hide known findings, survive moved lines and report changed secrets', async () => {
    const dir = repo({ 'app/config.py': `TOKEN = "${gh}"\n`, 'app/chat.py': `SLACK = "${slack}"\n` });
    const w = await runCli(['baseline'], { cwd: path.join(dir, 'app') });
    expect(w.code).toBe(0);
    expect(w.stderr).toBe(
      'tokguard: wrote 2 baseline entries to ../.tokguard-baseline.json (github-pat-classic, slack-bot-token)\n',
    );
    const file = path.join(dir, '.tokguard-baseline.json');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(gh);
    expect(text).not.toContain(slack);
    expect(text).not.toMatch(/"line"|T\d\d:\d\d/);

    const hidden = await runCli(['scan', '.', '--baseline', '.tokguard-baseline.json'], { cwd: dir });
    expect(hidden.code).toBe(0);
    expect(hidden.stdout).toBe('');
    expect(hidden.stderr).toContain('tokguard: 2 findings hidden by the baseline .tokguard-baseline.json\n');

    // Move the secret's line: still hidden, and a rewritten baseline is byte-identical.
    writeFileSync(path.join(dir, 'app/config.py'), `import os\n\n\ndef f():\n    pass\n\nTOKEN = "${gh}"\n`);
    expect((await runCli(['scan', '.', '--baseline', '.tokguard-baseline.json'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['baseline', '-q'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);

    // Change the secret: reported, and the old entry is stale.
    const newGh = keys.github();
    writeFileSync(path.join(dir, 'app/config.py'), `TOKEN = "${newGh}"\n`);
    const changed = await runCli(['scan', '.', '--baseline', '.tokguard-baseline.json', '--format', 'json'], {
      cwd: dir,
    });
    expect(changed.code).toBe(1);
    expect((JSON.parse(changed.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual([
      'app/config.py',
    ]);
    expect(changed.stderr).toContain(
      'tokguard: 1 stale baseline entry (no longer found): github-pat-classic; rewrite .tokguard-baseline.json with "tokguard baseline" to drop them\n',
    );
    expect(changed.stdout + changed.stderr).not.toContain(gh);

    // A partial scan cannot tell that an entry is stale.
    const partial = await runCli(['scan', 'app/chat.py', '--baseline', '.tokguard-baseline.json'], { cwd: dir });
    expect(partial.code).toBe(0);
    expect(partial.stderr).not.toContain('stale');

    // --update-baseline adds the new finding and keeps the rest.
    const upd = await runCli(['scan', '.', '--baseline', '.tokguard-baseline.json', '--update-baseline'], { cwd: dir });
    expect(upd.code).toBe(0);
    expect(upd.stderr).toContain('tokguard: added 1 entry to .tokguard-baseline.json (github-pat-classic)\n');
    const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries;
    expect(entries).toHaveLength(3);
    expect((await runCli(['scan', '.', '--baseline', '.tokguard-baseline.json'], { cwd: dir })).code).toBe(0);
  });

  it('the config can name the baseline; --update-baseline creates it; errors are one line', async () => {
    const dir = repo({ 'a.env': `GH=${gh}\n`, '.tokguard.yaml': 'scan:\n  baseline: ci/known-secrets.json\n' });
    const missing = await runCli(['scan', '.'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'tokguard: ci/known-secrets.json: baseline file not found (create it with "tokguard baseline")\n',
    );
    mkdirSync(path.join(dir, 'ci'));
    expect((await runCli(['scan', '.', '--update-baseline'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['scan', '.'], { cwd: dir })).code).toBe(0);
    const noBaseline = await runCli(['scan', '.', '--update-baseline'], { cwd: repo({}) });
    expect(noBaseline.code).toBe(2);
    expect(noBaseline.stderr).toBe(
      'tokguard: --update-baseline needs --baseline FILE (or scan.baseline in the config)\n',
    );
    writeFileSync(path.join(dir, 'ci/known-secrets.json'), '[]');
    const bad = await runCli(['scan', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tokguard: ci/known-secrets.json: (top level): must be an object\n');
  });

  it('tokguard baseline -o writes where asked', async () => {
    const dir = repo({ 'a.env': `GH=${gh}\n` });
    const r = await runCli(['baseline', '.', '-o', 'bl.json', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'bl.json'), 'utf8'))).toMatchObject({
      version: 1,
      entries: [{ ruleId: 'github-pat-classic', files: ['a.env'] }],
    });
  });
});

describe('report formats from the command line', () => {
  const dir = repo({
    'deploy/prod.env': `GITHUB_TOKEN=${keys.github()}\nSTRIPE=${keys.stripeTest()}\n`,
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', async () => {
    const r = await runCli(['scan', '.', '--format', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
    };
    assertValidSarif(log);
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual(['github-pat-classic', 'stripe-test-secret-key']);
    const json = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: dir })).stdout) as {
      findings: { fingerprint: string }[];
    };
    expect(log.runs[0]!.results.map((x) => x.partialFingerprints['tokguard/v1'])).toEqual(
      json.findings.map((f) => f.fingerprint),
    );
  });

  it('--format junit marks the live key failed and the test key skipped', async () => {
    const r = await runCli(['scan', '.', '--format', 'junit'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tests="2" failures="1" errors="0" skipped="1"');
    const info = await runCli(['scan', '.', '--format', 'junit', '--fail-on', 'info'], { cwd: dir });
    expect(info.stdout).toContain('failures="2"');
  });

  it('--format github prints annotations', async () => {
    const r = await runCli(['scan', '.', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=deploy\/prod.env,line=1,endLine=1,col=14,endColumn=\d+,title=tokguard%3A GitHub personal access token \(classic\)::/,
    );
    expect(lines[1]).toMatch(/^::notice file=deploy\/prod.env,line=2,/);
  });
});
