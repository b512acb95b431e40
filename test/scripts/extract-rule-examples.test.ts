import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tmp.js';

const script = fileURLToPath(new URL('../../scripts/realworld/extract-rule-examples.mjs', import.meta.url));

// A scanner's rule file in the shape the extractor reads; the pattern and the description must
// never reach the corpus, only the example strings.
const RULES = `rules:
  - name: Acme API Token
    id: acme.1
    pattern: 'PATTERN-TEXT-acme_[a-z0-9]{32}'
    description: DESCRIPTION-TEXT
    examples:
      - 'ACME_TOKEN = "acme_0123456789abcdefghijklmnopqrstuv"'
      - |
        [acme]
        token = acme_vutsrqponmlkjihgfedcba9876543210
    negative_examples:
      - 'ACME_TOKEN = "acme_xxxxxxxx"'
  - name: Acme Client ID
    id: acme.2
    pattern: 'acme_client_[0-9]{8}'
    examples:
      - 'client_id: acme_client_12345678'
      - 'ACME_TOKEN = "acme_0123456789abcdefghijklmnopqrstuv"'
  - name: Acme Tenant
    id: acme.3
    visible: false
    pattern: '[a-z]+\\.acme\\.test'
    examples:
      - ''
      - 'https://tenant.acme.test'
`;

function gitRepo(files: Record<string, string>): string {
  const dir = tempTree(files);
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'rules');
  return dir;
}

describe('extract-rule-examples', () => {
  it('writes the examples, one per line, labelled from the rule each belongs to, and nothing else', () => {
    const mirror = gitRepo({ LICENSE: 'Apache License 2.0\n', 'data/rules/acme.yml': RULES });
    const out = path.join(tempTree(), 'kingfisher-examples');
    const r = spawnSync(process.execPath, [script, mirror, 'kingfisher-examples', '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const text = readFileSync(path.join(out, 'files/acme.txt'), 'utf8');
    expect(text.split('\n')).toEqual([
      'ACME_TOKEN = "acme_0123456789abcdefghijklmnopqrstuv"',
      '[acme]',
      'token = acme_vutsrqponmlkjihgfedcba9876543210',
      'client_id: acme_client_12345678',
      'https://tenant.acme.test',
      '',
    ]);
    expect(readFileSync(path.join(out, 'files/negative/acme.txt'), 'utf8')).toBe('ACME_TOKEN = "acme_xxxxxxxx"\n');
    const doc = JSON.parse(readFileSync(path.join(out, 'labels.json'), 'utf8')) as {
      complete: boolean;
      labels: { path: string; line: number; endLine?: number; category: string; provider: string }[];
    };
    expect(doc.complete).toBe(false);
    expect(doc.labels.map((l) => [l.line, l.endLine, l.category, l.provider])).toEqual([
      // Shared by the token rule and the client-id rule: written once, the credential wins.
      [1, undefined, 'provider', 'acme'],
      [2, 3, 'provider', 'acme'],
      [4, undefined, 'informative', 'acme'],
      [5, undefined, 'informative', 'acme'],
    ]);
    const everything = ['README.md', 'labels.json', 'files/acme.txt', 'files/negative/acme.txt']
      .map((f) => readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    expect(everything).not.toMatch(/PATTERN-TEXT|DESCRIPTION-TEXT|\[a-z0-9\]/);
    expect(readFileSync(path.join(out, 'LICENSE'), 'utf8')).toBe('Apache License 2.0\n');
    expect(existsSync(path.join(out, 'NOTICE'))).toBe(false);
    // The empty example is reported as left out, in the output and the README.
    expect(r.stdout).toMatch(/skipped data\/rules\/acme\.yml acme\.3 example: empty/);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/1\s+examples: empty/);
  });
});
