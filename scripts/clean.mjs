// Removes the compiled modules in dist/ whose source is gone, so a renamed source file cannot
// leave a stale module behind. Only those: dist/ is not emptied first, so that a tokguard run
// while the build goes on (a test suite, the bench) keeps the previous build's files until each
// step replaces its own (compile-rules and compile-prefilter write theirs by rename; bundle.mjs
// swaps dist/bundle/ whole).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

//   node scripts/clean.mjs [package-root]   (default: this package)
const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const src = path.join(root, 'src');

/** dist/x/y.js and its .map come from src/x/y.ts (or src/x/y.js, as src/generated/ has). */
function hasSource(rel) {
  const stem = rel.replace(/\.js(?:\.map)?$/, '');
  return ['.ts', '.js'].some((ext) => existsSync(path.join(src, stem + ext)));
}

function prune(dir, rel = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(rel, entry.name);
    // The bundle is bundle.mjs's to replace; the built-in rules' data files are not modules.
    if (entry.isDirectory()) {
      if (!at.startsWith('bundle')) prune(path.join(dir, entry.name), at);
    } else if (/\.js(?:\.map)?$/.test(entry.name) && !hasSource(at)) {
      rmSync(path.join(dir, entry.name), { force: true });
    }
  }
}

if (existsSync(dist)) prune(dist);
