import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './cleanup.js';

/** A temporary directory removed after the test (or the file); `files` maps relative paths to content. */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('tokguard-test-');
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}
