import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the AWS SDK and node-vault are loaded only by rotate adapters and verifier functions, lazily', () => {
  it('no static value import of them anywhere in src', () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^\s*import\s+(?!type\b)[^;]*from\s+'(@aws-sdk\/[^']+|node-vault)'/gm))
        offenders.push(`${relative(SRC, f)}: ${m[1]}`);
      const where = relative(SRC, f);
      if (
        /import\((?:'|")(@aws-sdk|node-vault)/.test(text) &&
        !where.startsWith('rotate/adapters/') &&
        !where.startsWith('verify/functions/')
      )
        offenders.push(`${where}: dynamic import outside adapters and verifier functions`);
    }
    expect(offenders).toEqual([]);
  });

  it('rotate-command.ts imports nothing but commander types', () => {
    const text = readFileSync(join(SRC, 'cli/rotate-command.ts'), 'utf8');
    expect([...text.matchAll(/^import .*$/gm)].map((m) => m[0])).toEqual(["import type { Command } from 'commander';"]);
  });
});
