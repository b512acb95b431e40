#!/usr/bin/env node
// Kept tiny so start-up cost is the CLI's, not the shim's. The build writes dist/.
import('../dist/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    process.stderr.write('tokguard: not built yet; run "npm install" (or "npm run build") in the tokguard package\n');
    process.exit(2);
  }
  throw err;
});
