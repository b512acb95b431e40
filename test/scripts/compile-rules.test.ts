import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tmp.js';

const script = fileURLToPath(new URL('../../scripts/compile-rules.mjs', import.meta.url));

const rule = (extra: string) =>
  [
    'rules:',
    '  - id: acme-key',
    '    name: ACME key',
    '    severity: high',
    extra,
    '    keywords: [acme_]',
    "    pattern: '\\b(acme_[0-9a-f]{32})\\b'",
    "    examples: ['k=acme_0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e', 'acme_1e2d3c4b5a69788796a5b4c3d2e1f0aa']",
    "    counterExamples: ['acme_short']",
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');

function compile(yaml: string) {
  const dir = tempTree({ 'rules/acme.yaml': yaml });
  const out = path.join(dir, 'out.json');
  const r = spawnSync(process.execPath, [script, path.join(dir, 'rules'), out], { encoding: 'utf8' });
  return { ...r, out };
}

// The build is where a built-in rule's missing documentation is caught, with one line naming it.
describe('compile-rules (npm run build)', () => {
  it('rejects a built-in rule without references, naming the file and the rule', () => {
    const r = compile(rule(''));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'compile-rules: rules/acme.yaml: rule acme-key: needs "references" (the provider\'s documentation of the format, https URLs)\n',
    );
    expect(existsSync(r.out)).toBe(false);
  });

  it('keeps the references in the compiled rules', () => {
    const r = compile(rule('    references:\n      - https://docs.acme.test/keys'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const compiled = JSON.parse(readFileSync(r.out, 'utf8')) as { rules: { id: string; references: string[] }[] };
    expect(compiled.rules[0]).toMatchObject({ id: 'acme-key', references: ['https://docs.acme.test/keys'] });
  });

  it('rejects a reference that is not an https URL', () => {
    const r = compile(rule('    references: [docs.acme.test/keys]'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^compile-rules: rules\/acme\.yaml: rules\[0\] \(id acme-key\)\.references\[0\]: .*\n$/);
  });
});
