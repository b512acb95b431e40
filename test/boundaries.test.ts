/**
 * Imports run one way, down the data flow. The layers of src/, top to bottom:
 *
 *   cli      one file per command: option parsing, progress and printing
 *   rotate   planner, journal, executor, adapters
 *   scan     the scan pipeline (options → source → match → post-filters), matcher, workers,
 *            history attribution
 *   verify   verifiers (checking whether a found secret is live)
 *   sources  worktree, staged diff, history, stdin → chunks; git plumbing
 *   config   the project config: loading, gitleaks import, allowlists
 *   report   the finding model, scan stats, baselines, the rotation record, formatters
 *   rules    the built-in rules and their precompiled prefilter; rule-file checks
 *   engine   pure matching: text in, matches out
 *
 * A file may import its own layer and any layer below it, never one above. The leaf utilities
 * (errors, version, package-root, node-crypto, repo-root, generated/) import no layer and can be
 * imported from anywhere. Types that two layers share live in the lower one (ScanStats and
 * SkipCounts in report/scan-stats.ts, for sources, scan and the formatters). A new folder
 * under src/ must be placed in this order before anything can import it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

const LAYERS = ['cli', 'rotate', 'scan', 'verify', 'sources', 'config', 'report', 'rules', 'engine'];
const LEAVES = ['errors', 'version', 'package-root', 'node-crypto', 'repo-root', 'generated'];

interface SourceFile {
  /** Relative to src/, forward slashes. */
  file: string;
  text: string;
}

/** The layer (or leaf) a path under src/ belongs to: its first segment, without an extension. */
function unitOf(rel: string): string {
  return rel.split('/')[0]!.replace(/\.[cm]?[jt]s$/, '');
}

/** Every import against the layer order, as `file:line imports 'spec' (from → to)`. */
function layerViolations(files: SourceFile[]): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    const from = unitOf(file);
    const fromRank = LAYERS.indexOf(from);
    if (fromRank < 0 && !LEAVES.includes(from)) {
      out.push(`${file}: "${from}" is in neither the layer order nor the leaf utilities`);
      continue;
    }
    for (const imp of ts.preProcessFile(text, true, true).importedFiles) {
      if (!imp.fileName.startsWith('.')) continue; // packages and node: built-ins
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), imp.fileName));
      if (target.startsWith('..')) {
        out.push(`${file}:${lineOf(text, imp.pos)} imports '${imp.fileName}' (outside src/)`);
        continue;
      }
      const to = unitOf(target);
      if (to === from || LEAVES.includes(to)) continue;
      const toRank = LAYERS.indexOf(to);
      const why =
        toRank < 0
          ? `"${to}" is not in the layer order`
          : fromRank < 0
            ? `the leaf ${from} imports a layer`
            : toRank < fromRank
              ? `${from} is below ${to}`
              : undefined;
      if (why) out.push(`${file}:${lineOf(text, imp.pos)} imports '${imp.fileName}' (${why})`);
    }
  }
  return out;
}

function lineOf(text: string, pos: number): number {
  return text.slice(0, pos).split('\n').length;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => {
      const abs = path.join(e.parentPath, e.name);
      return { file: path.relative(dir, abs).split(path.sep).join('/'), text: readFileSync(abs, 'utf8') };
    });
}

describe('imports run one way: cli → rotate → scan → verify → sources → config → report → rules → engine', () => {
  it('no file in src/ imports a layer above its own', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(layerViolations(files)).toEqual([]);
  });

  it('names the file, the line and the import of each violation', () => {
    const files: SourceFile[] = [
      { file: 'engine/engine.ts', text: "import type { Finding } from '../report/finding.js';\n" },
      { file: 'sources/git-history.ts', text: "\nconst m = await import('../scan/attribute.js');\n" },
      { file: 'report/report.ts', text: "export type { ScanStats } from '../scan/run.js';\n" },
      { file: 'errors.ts', text: "import { x } from './config/load.js';\n" },
      { file: 'config/load.ts', text: "import { findRepoRoot } from '../repo-root.js';\nimport 'node:fs';\n" },
      { file: 'cli/scan.ts', text: "import { a } from '../engine/engine.js';\nimport { b } from './output.js';\n" },
      { file: 'misc/thing.ts', text: '' },
      { file: 'scan/x.ts', text: "import { y } from '../misc/y.js';\n" },
    ];
    expect(layerViolations(files)).toEqual([
      "engine/engine.ts:1 imports '../report/finding.js' (engine is below report)",
      "sources/git-history.ts:2 imports '../scan/attribute.js' (sources is below scan)",
      "report/report.ts:1 imports '../scan/run.js' (report is below scan)",
      "errors.ts:1 imports './config/load.js' (the leaf errors imports a layer)",
      'misc/thing.ts: "misc" is in neither the layer order nor the leaf utilities',
      `scan/x.ts:1 imports '../misc/y.js' ("misc" is not in the layer order)`,
    ]);
  });
});
