import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('scan-confidence');
const gh = keys.github();

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  confidence: string;
  example?: boolean;
}

// A provider token (high), a weak password in source (not high) and a demo URL in the docs (an
// example): what a project's own tree typically holds.
const files = {
  'app/config.js': `module.exports = { token: "${gh}" };\n`,
  'app/settings.py': 'DB_PASSWORD = "grape1999"\n',
  'docs/engines.rst': 'engine = create_engine("postgresql://scott:tiger@localhost/test")\n',
};

async function findings(dir: string, args: string[] = []): Promise<JsonFinding[]> {
  const r = await runCli(['scan', dir, '-f', 'json', '-q', ...args]);
  expect(r.code, r.stderr).toBe(1);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

describe('tokguard scan: confidence', () => {
  const dir = tempTree(files);

  it('gives every finding a confidence, and marks demo credentials as low examples', async () => {
    const all = await findings(dir);
    expect(all.find((f) => f.file === 'app/config.js')).toMatchObject({ confidence: 'high', severity: 'critical' });
    expect(all.find((f) => f.file === 'app/settings.py')?.confidence).toMatch(/^(?:medium|low)$/);
    expect(all.find((f) => f.file === 'docs/engines.rst')).toMatchObject({
      confidence: 'low',
      example: true,
      severity: 'low',
    });
  });

  it('--min-confidence leaves out what it is less sure of', async () => {
    const high = await findings(dir, ['--min-confidence', 'high']);
    expect(high.map((f) => f.file)).toEqual(['app/config.js']);
    const medium = await findings(dir, ['--min-confidence', 'MEDIUM']);
    expect(medium.some((f) => f.example)).toBe(false);
  });

  it('rejects a bad --min-confidence with a one-line error and exit 2', async () => {
    const r = await runCli(['scan', dir, '--min-confidence', 'certain']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--min-confidence must be one of high, medium, low');
  });

  it('--fail-on keeps its meaning: demo credentials alone do not fail the default gate', async () => {
    const docsOnly = tempTree({ 'docs/engines.rst': files['docs/engines.rst'] });
    const r = await runCli(['scan', docsOnly]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('(example, low confidence)');
    expect((await runCli(['scan', docsOnly, '--fail-on', 'info'])).code).toBe(1);
    expect((await runCli(['scan', dir, '--fail-on', 'high'])).code).toBe(1);
  });

  it('reports a token whose checksum fails at low, with the reason, without failing the default gate', async () => {
    const edited = tempTree({ 'ci/.env': `GITHUB_TOKEN=${keys.githubBadChecksum()}\n` });
    const r = await runCli(['scan', edited]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('(low confidence; checksum does not match: test value or edited token)');
    expect(r.stderr).toContain('tokens whose checksum fails count as info');
    expect((await runCli(['scan', edited, '--fail-on', 'info'])).code).toBe(1);
    expect(await findings(edited, ['--fail-on', 'info'])).toMatchObject([
      { ruleId: 'github-pat-classic', confidence: 'low', severity: 'low' },
    ]);
    const sarif = await runCli(['scan', edited, '-f', 'sarif']);
    const result = (
      JSON.parse(sarif.stdout) as { runs: { results: { level: string; properties: { reasons?: string[] } }[] }[] }
    ).runs[0]!.results[0]!;
    expect(result).toMatchObject({
      level: 'note',
      properties: { reasons: ['checksum does not match: test value or edited token'] },
    });
  });

  it('reports a provider key whose documentation leaves its format open at medium confidence', async () => {
    // TMDB's docs give the key no length or alphabet: the rule says `confidence: medium`.
    const tmdb = tempTree({ 'app/movies.env': `TMDB_API_KEY=${keys.chars(32, '0123456789abcdef')}\n` });
    const all = await findings(tmdb);
    expect(all.find((f) => f.ruleId === 'tmdb-api-key')).toMatchObject({ confidence: 'medium' });
    const r = await runCli(['scan', tmdb, '-f', 'json', '-q', '--min-confidence', 'high']);
    expect((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings).toEqual([]);
  });

  it('takes a confidence from the config: an override of a built-in rule, a custom rule', async () => {
    const dir = tempTree({
      '.tokguard.yaml': [
        'override:',
        '  tmdb-api-key:',
        '    confidence: high',
        'rules:',
        '  - id: acme-ticket-key',
        '    name: ACME ticket key',
        '    severity: medium',
        '    confidence: low',
        '    keywords: [acmetk_]',
        "    pattern: '\\b(acmetk_[0-9a-f]{24})\\b'",
        `    examples: ['ACME_KEY=acmetk_${keys.chars(24, '0123456789abcdef')}']`,
        '',
      ].join('\n'),
      'app/.env': `TMDB_API_KEY=${keys.chars(32, '0123456789abcdef')}\nACME_KEY=acmetk_${keys.chars(24, '0123456789abcdef')}\n`,
    });
    const all = await findings(dir);
    expect(all.find((f) => f.ruleId === 'tmdb-api-key')?.confidence).toBe('high');
    expect(all.find((f) => f.ruleId === 'acme-ticket-key')?.confidence).toBe('low');
    const bad = tempTree({ '.tokguard.yaml': 'override:\n  tmdb-api-key:\n    confidence: certain\n' });
    const r = await runCli(['scan', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('puts confidence in SARIF as rank and property', async () => {
    const r = await runCli(['scan', dir, '-f', 'sarif']);
    const results = (
      JSON.parse(r.stdout) as {
        runs: { results: { rank: number; level: string; properties: { confidence: string; example?: boolean } }[] }[];
      }
    ).runs[0]!.results;
    const high = results.find((x) => x.properties.confidence === 'high')!;
    const example = results.find((x) => x.properties.example)!;
    expect(high.rank).toBeGreaterThan(example.rank);
    expect(example).toMatchObject({ level: 'note', properties: { confidence: 'low' } });
  });

  it('judges the kind of a file from its path inside the folder scanned, not the repository', async () => {
    const repo = new GitRepo();
    repo.commit('vendored docs', { 'test/vendor/docs/setup.rst': files['docs/engines.rst'] });
    const r = await runCli(['scan', 'test/vendor', '-f', 'json', '-q', '--fail-on', 'info'], {
      cwd: repo.dir,
      env: repo.env,
    });
    const [f] = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(f).toMatchObject({ file: 'test/vendor/docs/setup.rst', example: true });
  });
});
