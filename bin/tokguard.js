#!/usr/bin/env node
// Kept tiny so start-up cost is the CLI's, not the shim's. The build writes dist/: the bundled
// CLI in dist/bundle/ (fast start) and the plain compiled modules in dist/cli/ (fallback).
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const plain = new URL('../dist/cli/main.js', import.meta.url);
const main = existsSync(bundled) ? bundled : existsSync(plain) ? plain : undefined;
if (!main) {
  process.stderr.write('tokguard: not built yet; run "npm install" (or "npm run build") in the tokguard package\n');
  process.exit(2);
}
await import(main.href);
