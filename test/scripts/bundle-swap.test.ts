import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';

/** A copy of the built package (bin, dist, the bundler) that a test may rebuild under a running tokguard. */
function builtCopy(): string {
  const root = tempDir('tokguard-bundle-swap-');
  for (const rel of ['bin', 'dist', 'package.json'])
    cpSync(path.join(REPO_ROOT, rel), path.join(root, rel), { recursive: true });
  mkdirSync(path.join(root, 'scripts'));
  cpSync(path.join(REPO_ROOT, 'scripts/bundle.mjs'), path.join(root, 'scripts/bundle.mjs'));
  for (const rel of ['node_modules', 'rules']) symlinkSync(path.join(REPO_ROOT, rel), path.join(root, rel));
  return root;
}

/** Bundles the copy's dist/ again, after changing the SARIF formatter so that its chunk's name changes. */
function rebuild(root: string, mark: string): void {
  appendFileSync(path.join(root, 'dist/report/format-sarif.js'), `\nglobalThis.tokguardBuild = '${mark}';\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/bundle.mjs')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

const sarifChunks = (root: string): string[] =>
  readdirSync(path.join(root, 'dist/bundle')).filter((f) => /^format-sarif-.*\.js$/.test(f));

/** The SARIF formatter's chunk of the build in dist/bundle (not one kept from the build before). */
function ownSarifChunk(root: string): string {
  const listed = path.join(root, 'dist/bundle/chunks.json');
  const own = existsSync(listed) ? (JSON.parse(readFileSync(listed, 'utf8')) as string[]) : sarifChunks(root);
  const sarif = own.filter((f) => /^format-sarif-.*\.js$/.test(f));
  expect(sarif).toHaveLength(1);
  return sarif[0]!;
}

/** What `npm pack` would put in the package from the copy's dist/bundle/. */
function packedBundle(root: string): string[] {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const [info] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return info!.files.map((f) => f.path).filter((p) => p.startsWith('dist/bundle/'));
}

describe('scripts/bundle.mjs: a rebuild under a running tokguard', () => {
  it('leaves the chunks the previous bundle loads lazily, for one build, and packs none of them', async () => {
    const root = builtCopy();
    const before = ownSarifChunk(root);
    // A scan of stdin: its modules are loaded when it waits for input; the SARIF formatter is
    // loaded (a lazy chunk) only once it has scanned, which is after the rebuild below.
    const child = spawn(process.execPath, [path.join(root, 'bin/tokguard.js'), 'scan', '-', '-f', 'sarif'], {
      cwd: root,
      env: { ...process.env, TOKGUARD_TRACE: '1', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const loaded = new Promise<void>((resolve) =>
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (stderr.includes('modules loaded')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await Promise.race([loaded, exited]);
    rebuild(root, 'first rebuild');
    const renamed = ownSarifChunk(root);
    expect(renamed).not.toBe(before); // the formatter's chunk was renamed
    child.stdin.end('nothing secret here\n');
    expect(await exited, stderr).toBe(0);
    expect((JSON.parse(stdout) as { version: string }).version).toBe('2.1.0');
    // The previous build's chunk is there for processes started before the swap, but not packed.
    expect(sarifChunks(root).sort()).toEqual([before, renamed].sort());
    const packed = packedBundle(root);
    expect(packed).toContain('dist/bundle/main.js');
    expect(packed.filter((p) => /format-sarif-/.test(p))).toEqual([`dist/bundle/${renamed}`]);
    // One build later, it is gone: old names stay valid for one build only.
    rebuild(root, 'second rebuild');
    expect(sarifChunks(root).sort()).toEqual([renamed, ownSarifChunk(root)].sort());
    expect(existsSync(path.join(root, 'dist/bundle', before))).toBe(false);
  }, 180_000);
});
