/**
 * Issue 10, item 7: a history scan that cannot read an object fails unless the object is a
 * partial clone's gap. A truncated loose object (damage: the key inside it was never matched) is
 * exit 2 naming the object; a blob a `--filter=blob:none` clone never fetched is a noted skip,
 * and the scan never fetches it.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cleanup.js';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';

const keys = new FakeKeys('adversarial-corrupt-object');

/** Cuts a loose object file to its first bytes, as a crash or a full disk can leave it. */
function truncateLooseObject(repo: GitRepo, oid: string): void {
  const file = path.join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
  chmodSync(file, 0o644);
  writeFileSync(file, readFileSync(file).subarray(0, 10));
}

function missingObjects(repo: GitRepo, dir: string): string[] {
  return repo
    .gitIn(dir, 'rev-list', '--objects', '--all', '--missing=print')
    .split('\n')
    .filter((l) => l.startsWith('?'));
}

describe('an object git cannot read in history', () => {
  it('a truncated loose blob is exit 2 naming the object, not a clean scan', async () => {
    const repo = new GitRepo();
    repo.commit('add config', { 'config.env': `GH=${keys.github()}\n`, 'README.md': '# hi\n' });
    const oid = repo.git('rev-parse', 'HEAD:config.env').trim();
    truncateLooseObject(repo, oid);

    const r = await runCli(['scan', '--history', repo.dir], { env: repo.env });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`tokguard: history: object ${oid} (config.env) is corrupt`);
    expect(r.stderr).not.toMatch(/partial clone\?|\n\s+at /);
  });

  it('a blob missing from a repository that is not a partial clone is exit 2 as well', async () => {
    const repo = new GitRepo();
    repo.commit('add config', { 'config.env': `GH=${keys.github()}\n` });
    repo.commit('remove it', {}, { remove: ['config.env'] });
    const oid = repo.git('rev-parse', 'HEAD~1:config.env').trim();
    const { rmSync } = await import('node:fs');
    rmSync(path.join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));

    const r = await runCli(['scan', '--history', repo.dir], { env: repo.env });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`object ${oid}`);
    expect(r.stderr).toContain('not a partial clone');
  });

  it('a partial clone gap stays a noted skip, and nothing is fetched', async () => {
    const origin = new GitRepo();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const old = keys.github();
    const current = keys.github();
    origin.commit('add old key', { 'old.env': `GH=${old}\n` });
    origin.commit('replace it', { 'new.env': `GH=${current}\n` }, { remove: ['old.env'] });

    const clone = path.join(tempDir('tokguard-partial-'), 'clone');
    origin.gitIn(path.dirname(clone), 'clone', '-q', '--filter=blob:none', `file://${origin.dir}`, clone);
    const before = missingObjects(origin, clone);
    expect(before.length).toBe(1); // old.env's blob: never checked out, never fetched

    const r = await runCli(['scan', '--history', clone, '--format', 'json', '--show-secrets'], { env: origin.env });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { secret: string }) => f.secret)).toEqual([current]);
    expect(report.scan.notes.join('\n')).toMatch(/1 object is missing from this partial clone/);
    expect(r.stderr).not.toContain('corrupt');
    expect(missingObjects(origin, clone)).toEqual(before);
  });
});
