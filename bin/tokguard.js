#!/usr/bin/env node
// Kept tiny so start-up cost is the CLI's, not the shim's. The build writes dist/.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('tokguard: not built yet; run "npm install" (or "npm run build") in the tokguard package\n');
  process.exit(2);
}
await import(main.href);
