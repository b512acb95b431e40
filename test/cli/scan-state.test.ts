import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';
import { syntheticHistory, type SyntheticHistory } from '../helpers/synthetic-history.js';

// Not the history's seed: the keys added here must be new ones.
const keys = new FakeKeys('scan-state-added');

/** Runs a history scan with --state and waits for the first checkpoint, then kills it (SIGKILL). */
async function killAfterFirstCheckpoint(cwd: string, env: Record<string, string>, state: string): Promise<boolean> {
  const child = spawn(process.execPath, [BIN, 'scan', '--history', '--state', state, '-q', '--no-progress'], {
    cwd,
    env: { ...process.env, ...env, TOKGUARD_STATE_CHECKPOINT_BLOBS: '200' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let killed = false;
  while (child.exitCode === null) {
    if (existsSync(state)) {
      killed = child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await exited;
  return killed;
}

describe('scan --history --state FILE', () => {
  let h: SyntheticHistory;
  let out: string;
  let opts: { cwd: string; env: Record<string, string> };
  let full: Report;

  beforeAll(async () => {
    h = syntheticHistory({ commits: 1500, seed: 'scan-state' });
    out = tempDir('tokguard-state-');
    opts = { cwd: h.repo.dir, env: h.repo.env };
    full = await jsonScan(out, 'full', ['scan', '--history'], opts);
  }, 120_000);

  it('reads only new blobs, reports the complete set, and --new-only what appeared since', async () => {
    const state = path.join(out, 'nightly.state');
    const first = await jsonScan(out, 'first', ['scan', '--history', '--state', state], opts);
    expect(comparable(first)).toEqual(comparable(full));
    expect(first.scan.files).toBe(full.scan.files);
    expect(full.findings.some((f) => f.archive)).toBe(true); // keys in a jar's entries too

    const second = await jsonScan(out, 'second', ['scan', '--history', '--state', state], opts);
    expect(comparable(second)).toEqual(comparable(full));
    // Nothing is read again: the blobs with matches are rebuilt from the state, and only the
    // reported findings' blobs are looked at to recover their secrets.
    expect(second.scan.files).toBe(0);
    expect(second.scan.notes?.join('\n')).toMatch(
      /Only what is new since the last run was listed and read \(--state\): 0 blobs/,
    );
    // The secrets come back (allowlists, --verify and --show-secrets need them), though the state holds none.
    expect(readFileSync(state).toString('latin1')).not.toContain(h.secrets[0]);
    const shown = await runCli(['scan', '--history', '--state', state, '--show-secrets', '-f', 'json'], opts);
    const secrets = (JSON.parse(shown.stdout) as { findings: { secret: string }[] }).findings.map((f) => f.secret);
    expect(new Set(secrets)).toEqual(new Set(h.secrets.filter((k) => secrets.includes(k))));
    expect(secrets.length).toBe(full.findings.length);
    expect(secrets.every((k) => h.secrets.includes(k))).toBe(true);

    const added = keys.github();
    h.repo.commit('Add a key', { 'new/leak.env': `TOKEN=${added}\n`, 'new/clean.txt': 'nothing\n' });
    const third = await jsonScan(out, 'third', ['scan', '--history', '--state', state], opts);
    expect(third.findings).toHaveLength(full.findings.length + 1);
    expect(third.scan.files).toBe(second.scan.files + 2); // the commit's two new blobs
    const fresh = await jsonScan(out, 'fresh', ['scan', '--history'], opts);
    expect(comparable(third)).toEqual(comparable(fresh));

    h.repo.commit('Add another', { 'new/leak2.env': `TOKEN=${keys.npm()}\n` });
    const newOnly = await jsonScan(out, 'new-only', ['scan', '--history', '--state', state, '--new-only'], opts);
    expect(newOnly.findings.map((f) => f.file)).toEqual(['new/leak2.env']);
    const again = await jsonScan(out, 'new-only-again', ['scan', '--history', '--state', state, '--new-only'], opts);
    expect(again.findings).toEqual([]);

    // A deleted branch: what only it reached is gone from the next report too.
    h.repo.git('branch', '-D', 'unmerged');
    const afterDelete = await jsonScan(out, 'after-delete', ['scan', '--history', '--state', state], opts);
    const freshAfterDelete = await jsonScan(out, 'fresh-after-delete', ['scan', '--history'], opts);
    expect(comparable(afterDelete)).toEqual(comparable(freshAfterDelete));
    expect(afterDelete.findings).toHaveLength(third.findings.length); // -1 with the branch, +1 new/leak2.env
    // An old secret brought back by a new commit: one more place, the same first commit.
    h.repo.commit('Bring a key back', { 'back.env': `TOKEN=${h.secrets[0]}\n` });
    const back = await jsonScan(out, 'back', ['scan', '--history', '--state', state], opts);
    expect(comparable(back)).toEqual(comparable(await jsonScan(out, 'fresh-back', ['scan', '--history'], opts)));
    expect(back.scan.files).toBe(1);
  }, 240_000);

  it('does not trust a state made with other rules: a warning, and every blob is read', async () => {
    const state = path.join(out, 'rules.state');
    await jsonScan(out, 'rules-1', ['scan', '--history', '--state', state], opts);
    const config = path.join(out, 'other.yaml');
    writeFileSync(config, 'disable: [npm-access-token]\n');
    const r = await runCli(['scan', '--history', '--state', state, '--config', config, '-f', 'json'], opts);
    expect(r.stderr).toMatch(
      /rules\.state: state was made with other rules or --max-file-size; scanning every blob again/,
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scan.files).toBe(full.scan.files + 3); // everything: the blobs added above, less the deleted branch's
    expect(report.findings.some((f) => f.ruleId === 'npm-access-token')).toBe(false);
  }, 120_000);

  it('a damaged state is a warning and a full scan; a file that is not a state is an error and left alone', async () => {
    const state = path.join(out, 'damaged.state');
    await jsonScan(out, 'damaged-1', ['scan', '--history', '--state', state], opts);
    const bytes = readFileSync(state);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 30) ^ 0xff, bytes.length - 30);
    writeFileSync(state, bytes);
    const r = await runCli(['scan', '--history', '--state', state, '-f', 'json'], opts);
    expect(r.stderr).toMatch(
      /damaged\.state: state not used, its checksum does not match \(damaged\); scanning every blob again/,
    );
    const fresh = await jsonScan(out, 'damaged-fresh', ['scan', '--history'], opts);
    expect(comparable(JSON.parse(r.stdout) as Report)).toEqual(comparable(fresh));
    writeFileSync(state, readFileSync(state).subarray(0, 100)); // what a torn, non-atomic write would leave
    const torn = await runCli(['scan', '--history', '--state', state, '-q'], opts);
    expect(torn.stderr).toMatch(/state not used, it is 100 bytes, less than its lists declare/);

    const foreign = path.join(out, 'notes.txt');
    writeFileSync(foreign, 'my notes\n');
    const refused = await runCli(['scan', '--history', '--state', foreign], opts);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      `tokguard: ${foreign}: not a tokguard state file (give --state a new file or one tokguard wrote)`,
    );
    expect(readFileSync(foreign, 'utf8')).toBe('my notes\n');
  }, 180_000);

  it('survives a kill between blob batches: the next run resumes and reports the complete set', async () => {
    const state = path.join(out, 'killed.state');
    expect(await killAfterFirstCheckpoint(h.repo.dir, h.repo.env, state)).toBe(true);
    const checkpoint = readFileSync(state);
    expect(checkpoint.subarray(0, 8).toString('latin1')).toBe('TKGSTATE');
    expect(checkpoint.readUInt32BE(12) & 1).toBe(0); // not complete
    const scannedBefore = checkpoint.readUInt32BE(52);
    expect(scannedBefore).toBeGreaterThan(0);

    const resumed = await jsonScan(out, 'resumed', ['scan', '--history', '--state', state], opts);
    const fresh = await jsonScan(out, 'killed-fresh', ['scan', '--history'], opts);
    expect(comparable(resumed)).toEqual(comparable(fresh));
    expect(resumed.scan.files).toBeLessThan(fresh.scan.files);
    expect(readFileSync(state).readUInt32BE(12) & 1).toBe(1);
  }, 180_000);

  it("an unchanged repository gets the last run's attributed findings, field for field, secrets restored on demand", async () => {
    const state = path.join(out, 'attributed.state');
    const shownArgs = ['scan', '--history', '--show-secrets'];
    const fresh = await jsonScan(out, 'attributed-fresh', shownArgs, opts);
    await jsonScan(out, 'attributed-1', ['scan', '--history', '--state', state], opts);
    const again = await jsonScan(out, 'attributed-2', [...shownArgs, '--state', state], opts);
    expect(again.scan.files).toBe(0);
    expect(again.findings).toEqual(fresh.findings);
    expect(again.findings.every((f) => (f as { secret?: string }).secret)).toBe(true);
    // The attributed findings are stored as reports show them: never a secret.
    const bytes = readFileSync(state).toString('latin1');
    for (const secret of h.secrets) expect(bytes).not.toContain(secret);
  }, 180_000);

  it('a state of the older format is a warning and a full scan; a forged one whose checksum holds is one clear error', async () => {
    const state = path.join(out, 'format.state');
    await jsonScan(out, 'format-1', ['scan', '--history', '--state', state], opts);
    const current = readFileSync(state);
    const older = Buffer.from(current);
    older.writeUInt32BE(6, 8);
    writeFileSync(state, older);
    const r = await runCli(['scan', '--history', '--state', state, '-f', 'json'], opts);
    expect(r.stderr).toMatch(
      /format\.state: state not used, it has format version 6, not 7; scanning every blob again/,
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(comparable(report)).toEqual(comparable(await jsonScan(out, 'format-fresh', ['scan', '--history'], opts)));
    expect(report.scan.files).toBeGreaterThan(0);
    expect(readFileSync(state).readUInt32BE(8)).toBe(7);

    // The stored matches are parsed only when a run needs them; the checksum already held, so a
    // part that does not fit was written so on purpose: exit 2 in one line, not a wrong answer.
    const forged = Buffer.from(readFileSync(state));
    const at = forged.indexOf('{"blobs":[');
    expect(at).toBeGreaterThan(0);
    forged.write('{"blobz":[', at, 'latin1');
    forged.writeUInt32BE(crc32(forged.subarray(0, forged.length - 4)), forged.length - 4);
    writeFileSync(state, forged);
    const refused = await runCli(['scan', '--history', '--branch', 'main', '--state', state], opts);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      `tokguard: ${state}: the state is damaged (its stored matches do not fit); delete it to scan again`,
    );
  }, 240_000);

  it('needs --history, and --new-only needs --state', async () => {
    const a = await runCli(['scan', '.', '--state', path.join(out, 'x.state')], opts);
    expect(a.code).toBe(2);
    expect(a.stderr.trim()).toBe('tokguard: --state needs --history');
    const b = await runCli(['scan', '--history', '--new-only'], opts);
    expect(b.stderr.trim()).toBe('tokguard: --new-only needs --state FILE');
  }, 60_000);
});
