import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hashSecret } from '../../src/report/finding.js';
import type { LiveFinding } from '../../src/rotate/findings.js';
import { redact, fingerprintOf } from '../../src/report/finding.js';
import { expect } from 'vitest';
import { Executor, SimulatedCrash, type ExecuteOptions } from '../../src/rotate/executor.js';
import { Journal } from '../../src/rotate/journal.js';
import type { PlannedUnit } from '../../src/rotate/planner.js';

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A temporary git repository with the given files committed (and .gitignore). */
export function makeRepo(files: Record<string, string>, opts: { commit?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'tokguard-rot-'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@tokguard.invalid');
  git(root, 'config', 'user.name', 'tokguard test');
  git(root, 'config', 'commit.gpgsign', 'false');
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  if (opts.commit !== false) {
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'initial');
  }
  return root;
}

export function cleanup(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A finding for a literal in a file, as a scan would produce it. */
export function findingFor(root: string, file: string, ruleId: string, secret: string): LiveFinding {
  const text = readFileSync(join(root, file), 'utf8');
  const at = text.indexOf(secret);
  if (at < 0) throw new Error(`${secret.slice(0, 4)}… not in ${file}`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  const secretHash = hashSecret(secret);
  return {
    ruleId,
    file,
    line,
    column,
    endLine: line,
    endColumn: column + [...secret].length,
    fingerprint: fingerprintOf(ruleId, secretHash, file),
    secretHash,
    redacted: redact(secret),
    secret,
  };
}

/** Every file under .tokguard plus the rotated record: none may contain any of `secrets`. */
export function assertNoPlaintext(root: string, secrets: string[], extra: string[] = []): void {
  const texts: [string, string][] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === 'backups' || e.name === 'pending') continue; // 0600 copies kept for rollback / the dotenv slot
        walk(p);
      } else texts.push([p, readFileSync(p, 'utf8')]);
    }
  };
  walk(join(root, '.tokguard'));
  if (existsSync(join(root, '.tokguard-rotated.json')))
    texts.push(['rotated', readFileSync(join(root, '.tokguard-rotated.json'), 'utf8')]);
  extra.forEach((t, i) => texts.push([`output#${i}`, t]));
  for (const s of secrets) {
    for (const [p, t] of texts) {
      if (t.includes(s)) throw new Error(`plaintext secret ${redact(s)} found in ${p}`);
    }
  }
}

export function journals(root: string): string[] {
  const d = join(root, '.tokguard', 'rotations');
  return existsSync(d) ? readdirSync(d).map((f) => join(d, f)) : [];
}

/**
 * Starts a rotation that dies (a simulated crash) right after `point`, as a killed process
 * would, and returns the id of its journal for `--resume` or `--rollback`.
 */
export async function crashAfter(units: PlannedUnit[], opts: ExecuteOptions, point: string): Promise<string> {
  let id = '';
  await expect(
    Executor.start(units, {
      ...opts,
      afterStep: (_u, step) => {
        if (step === point) {
          id = Journal.list(opts.root)[0]!;
          throw new SimulatedCrash(step);
        }
      },
    }),
  ).rejects.toBeInstanceOf(SimulatedCrash);
  return id;
}
