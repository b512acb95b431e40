import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tmp.js';

const script = fileURLToPath(new URL('../../scripts/clean.mjs', import.meta.url));

describe('scripts/clean.mjs (the first step of npm run build)', () => {
  it("removes the compiled modules whose source is gone and leaves the rest for the build's steps to replace", () => {
    const root = tempTree({
      'src/scan/run.ts': 'export {};\n',
      'src/generated/schema-validators.js': 'export {};\n',
      'dist/scan/run.js': 'export {};\n',
      'dist/scan/run.js.map': '{}',
      'dist/scan/renamed.js': 'export {};\n',
      'dist/scan/renamed.js.map': '{}',
      'dist/generated/schema-validators.js': 'export {};\n',
      'dist/builtin-rules.json': '{"rules":[]}',
      'dist/builtin-automaton.bin': 'tables',
      'dist/bundle/main.js': 'export {};\n',
      'dist/bundle/engine-Ab12Cd34.js': 'export {};\n',
    });
    const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const kept = (rel: string): boolean => existsSync(path.join(root, rel));
    expect(kept('dist/scan/renamed.js') || kept('dist/scan/renamed.js.map')).toBe(false);
    for (const rel of [
      'dist/scan/run.js',
      'dist/scan/run.js.map',
      'dist/generated/schema-validators.js',
      'dist/builtin-rules.json',
      'dist/builtin-automaton.bin',
      'dist/bundle/main.js',
      'dist/bundle/engine-Ab12Cd34.js',
    ])
      expect(kept(rel), rel).toBe(true);
  });
});
