import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

/**
 * Worker threads take files in batches; a file over 128 KB is matched on a slice of its whole
 * batch decoded once, smaller ones on their own text. Both must give what matching on the
 * calling thread gives: the same findings at the same lines and columns.
 */
const keys = new FakeKeys('worker-batches');
const early = keys.github();
const late = keys.github();
const small = keys.stripeLive();
const history = keys.slackBot();

/** A minified-looking file of `size` bytes: one long line, the secrets at its start and its end. */
function bigFile(size: number, first: string, last: string): string {
  const filler = 'var a=function(b,c){return b+c};';
  const head = `const t="${first}";\n`;
  const tail = `\nconst u="${last}";\n`;
  return head + filler.repeat(Math.ceil((size - head.length - tail.length) / filler.length)) + tail;
}

interface Found {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  fingerprint: string;
}

async function scan(args: string[], threads: string): Promise<Found[]> {
  const r = await runCli([...args, '--format', 'json', '--threads', threads], {
    env: { TOKGUARD_POOL_THRESHOLD: '0' },
  });
  expect(r.code, r.stderr).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: Found[] };
  return report.findings.map(({ ruleId, file, line, column, fingerprint }) => ({
    ruleId,
    file,
    line,
    column,
    fingerprint,
  }));
}

describe('batches on worker threads', () => {
  it('finds the same secrets in large and small files as the calling thread does', async () => {
    const dir = tempTree({
      'a-small.env': `STRIPE=${small}\n`,
      'b-big.min.js': bigFile(300_000, early, late),
      'c-small.env': `STRIPE_KEY=${small}\n`,
      'd-big.min.js': bigFile(140_000, late, early),
    });
    const inline = await scan(['scan', dir], '0');
    expect(inline.map((f) => `${f.file}:${f.line}`)).toEqual([
      'a-small.env:1',
      'b-big.min.js:1',
      'b-big.min.js:3',
      'c-small.env:1',
      'd-big.min.js:1',
      'd-big.min.js:3',
    ]);
    expect(await scan(['scan', dir], '2')).toEqual(inline);
  });

  it('finds the same secrets in large blobs of a history as the calling thread does', async () => {
    const repo = new GitRepo();
    repo.commit('big', { 'dist/app.min.js': bigFile(200_000, history, early), 'x.env': `STRIPE=${small}\n` });
    repo.commit('bigger', { 'dist/app.min.js': bigFile(400_000, late, history) });
    const args = ['scan', '--history', repo.dir];
    const inline = await scan(args, '0');
    expect(inline.length).toBeGreaterThanOrEqual(4);
    expect(await scan(args, '2')).toEqual(inline);
  });

  it('finds the same secrets when batches go through buffers the worker gave back', async () => {
    // 16 MB of blobs: more batches than the pool has buffers, so each buffer is filled again
    // after a worker transferred it back, over the bytes of an earlier batch.
    const repo = new GitRepo();
    const secrets = Array.from({ length: 16 }, (_, i) => (i % 2 ? keys.github() : keys.slackBot()));
    secrets.forEach((s, i) => repo.commit(`v${i}`, { [`dist/v${i}.min.js`]: bigFile(1_000_000 - i * 1000, s, s) }));
    const args = ['scan', '--history', repo.dir];
    const inline = await scan(args, '0');
    expect(inline).toHaveLength(16);
    expect(await scan(args, '1')).toEqual(inline);
  });
});
