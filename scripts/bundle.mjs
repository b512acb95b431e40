// Bundles the compiled CLI (dist/) into dist/bundle/: the pre-commit hook starts in a few hundred
// milliseconds, most of which is Node resolving and compiling ~70 small modules one by one. One
// entry chunk plus lazily loaded chunks per command keeps the module split (the hook still never
// loads rotation, SARIF or the AWS SDK) at a fraction of the cost. Heavy or rarely used
// packages stay external and load from node_modules only when their command runs.
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// What `scan --staged` runs, as two chunks instead of about twenty: Node's ES module loader
// pays per module (resolve, read, compile, link), about 10 ms of the hook's time at twenty.
// The engine is a chunk of its own because the worker threads load it too (with the chunk
// model and its binary checks: workers read worktree files themselves).
const ENGINE =
  /[\\/]dist[\\/](engine[\\/]|rules[\\/]builtin(-prefilter)?\.js|node-crypto\.js|package-root\.js|errors\.js|version\.js|sources[\\/]chunk\.js|report[\\/]scan-stats\.js|scan[\\/]trace\.js)/;
const SCAN_CORE =
  /[\\/]dist[\\/](cli[\\/](scan|output)\.js|config[\\/](load|allowlist|size)\.js|report[\\/](filters|finding|rotated-record|format-text|paint|report)\.js|scan[\\/](run|matcher|pipeline)\.js|repo-root\.js|sources[\\/](git-staged|tokguard-ignore|ignore-layers|git[\\/](cat-file|exec|paths|path-filter))\.js)/;
// Built beside the bundle in use, then swapped in whole: a tokguard run meanwhile has the
// previous bundle until the swap. A run started before the swap may still load one of its lazy
// chunks after it (the SARIF formatter once the scan is done, --verify's chunk): chunk names are
// their content's hash, so the previous build's chunks that this one renamed are kept beside it,
// for one build (listed in OWN_CHUNKS, so the next build knows which are its own), and kept out
// of `npm pack` by the bundle folder's .npmignore.
const next = `${dist}bundle-next`;
const old = `${dist}bundle-old`;
const OWN_CHUNKS = 'chunks.json';
rmSync(next, { recursive: true, force: true });
const { output } = await build({
  input: { main: `${dist}cli/main.js`, worker: `${dist}scan/worker.js` },
  platform: 'node',
  external: [/^node:/, /^@aws-sdk\//, 'node-vault', 'ora', 'yaml', 'smol-toml', 'write-file-atomic'],
  output: {
    dir: next,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    codeSplitting: {
      groups: [
        { name: 'engine', test: ENGINE },
        { name: 'scan-core', test: SCAN_CORE },
        // The zip reader: worktree and history scans (and their workers) read archives, a staged
        // scan only when a staged blob starts like one, `tokguard verify` reads an archive's
        // entry again. A group of its own, or the verify group would take it in as a dependency
        // and every worktree scan would load the verify chunk.
        { name: 'zip-archive', test: /[\\/]dist[\\/]sources[\\/](zip-archive|archive-chunks)\.js/ },
        // Verification (its data, HTTP client and limits): loaded only by --verify and `tokguard
        // verify`; named so tests can tell a scan never loads it.
        { name: 'verify', test: /[\\/]dist[\\/]verify[\\/]/ },
        // Named so tests can tell it is not loaded when output has no colour.
        { name: 'chalk', test: /[\\/]node_modules[\\/]chalk[\\/]/ },
      ],
    },
  },
  logLevel: 'warn',
});
checkRuntimeImports(output);
keepPreviousChunks(
  `${dist}bundle`,
  next,
  output.filter((o) => o.type === 'chunk').map((o) => o.fileName),
);
rmSync(old, { recursive: true, force: true });
if (existsSync(`${dist}bundle`)) renameSync(`${dist}bundle`, old);
renameSync(next, `${dist}bundle`);
rmSync(old, { recursive: true, force: true });
console.log('bundled dist/cli/main.js and dist/scan/worker.js into dist/bundle/');

/**
 * Copies into `next` the chunks of the bundle in `current` that this build does not write (the
 * ones a process started on `current` may still import), and records which chunks are `next`'s
 * own: only those are carried over by the build after, so an old name lives one build. What is
 * carried over is listed in `next`'s .npmignore (a folder's .npmignore applies under `files`).
 */
function keepPreviousChunks(current, next, own) {
  if (!existsSync(current)) return;
  let previous;
  try {
    previous = JSON.parse(readFileSync(`${current}/${OWN_CHUNKS}`, 'utf8'));
  } catch {
    // A bundle from before chunks.json: it carried nothing over, all its chunks are its own.
    previous = readdirSync(current).filter((f) => f.endsWith('.js'));
  }
  const kept = previous.filter((f) => !own.includes(f) && existsSync(`${current}/${f}`));
  for (const f of kept) copyFileSync(`${current}/${f}`, `${next}/${f}`);
  writeFileSync(`${next}/${OWN_CHUNKS}`, `${JSON.stringify(own)}\n`);
  const ignore = kept.map((f) => `/${f}\n`).join('');
  if (ignore)
    writeFileSync(
      `${next}/.npmignore`,
      `# the previous build's chunks, for tokguard runs started before it was replaced\n${ignore}`,
    );
}

/**
 * The package ships dist/bundle/ and installs only `dependencies`: every package the bundle
 * still imports at run time (the externals above) must be one of them, or an install without
 * dev dependencies fails when that code runs (as ajv's runtime helpers once did).
 */
function checkRuntimeImports(chunks) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  const packageOf = (id) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]);
  const wrong = new Set();
  for (const chunk of chunks) {
    if (chunk.type !== 'chunk') continue;
    // Loads the bundler cannot see: `createRequire(import.meta.url)('x')` and rolldown's own
    // __require for CommonJS code that calls require().
    const required = [
      ...chunk.code.matchAll(/(?:createRequire\(import\.meta\.url\)|__require)\(\s*["']([^"']+)["']\s*\)/g),
    ];
    for (const id of [...chunk.imports, ...chunk.dynamicImports, ...required.map((m) => m[1])]) {
      if (id.startsWith('node:') || id.startsWith('.') || id.startsWith('/') || !/^[@a-z]/.test(id)) continue;
      if (chunks.some((c) => c.fileName === id)) continue;
      if (!deps.has(packageOf(id))) wrong.add(`${packageOf(id)} (in ${chunk.fileName})`);
    }
  }
  if (wrong.size) {
    throw new Error(`bundle: imported at run time but not in package.json dependencies: ${[...wrong].join(', ')}`);
  }
}
