import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { addedLines, parseDiffOutput, unquoteC } from '../../src/sources/git-staged.js';
import { revisionArgs, submodulePaths } from '../../src/sources/git-history.js';
import { catFileBatch, drained, Fifo } from '../../src/sources/git/cat-file.js';
import { decodeGitPath, splitNul } from '../../src/sources/git/paths.js';
import { GitRepo } from '../helpers/git-repo.js';

describe('decodeGitPath', () => {
  it('keeps valid UTF-8 and escapes bytes that are not', () => {
    expect(decodeGitPath(Buffer.from('dir/café ü.txt'))).toBe('dir/café ü.txt');
    expect(decodeGitPath(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74]))).toBe('caf\\xE9.t');
    // A truncated sequence, an overlong form and a surrogate are all invalid.
    expect(decodeGitPath(Buffer.from([0xe2, 0x82]))).toBe('\\xE2\\x82');
    expect(decodeGitPath(Buffer.from([0xc0, 0xaf]))).toBe('\\xC0\\xAF');
    expect(decodeGitPath(Buffer.from([0xed, 0xa0, 0x80, 0x41]))).toBe('\\xED\\xA0\\x80A');
    expect(decodeGitPath(Buffer.concat([Buffer.from('€'), Buffer.from([0xff]), Buffer.from('😀')]))).toBe('€\\xFF😀');
  });

  it('splits NUL-terminated records', () => {
    expect(splitNul(Buffer.from('a\0b c\0\0d')).map(String)).toEqual(['a', 'b c', '', 'd']);
  });
});

describe('staged diff parsing', () => {
  it('reads raw records (renames have two paths) and the patch after them', () => {
    const out = Buffer.from(
      ':100644 100644 aaaa bbbb M\0f.txt\0:100644 100644 cccc cccc R100\0old\0new\0:000000 100644 0000 dddd A\0n\0\0diff --git a/f.txt b/f.txt\n',
    );
    const { entries, patch } = parseDiffOutput(out);
    expect(entries).toEqual([
      { oldMode: '100644', newMode: '100644', oldOid: 'aaaa', newOid: 'bbbb', status: 'M', path: 'f.txt' },
      {
        oldMode: '100644',
        newMode: '100644',
        oldOid: 'cccc',
        newOid: 'cccc',
        status: 'R100',
        path: 'new',
        fromPath: 'old',
      },
      { oldMode: '000000', newMode: '100644', oldOid: '0000', newOid: 'dddd', status: 'A', path: 'n' },
    ]);
    expect(patch).toBe('diff --git a/f.txt b/f.txt\n');
  });

  it('collects added line numbers per file from -U0 hunks, never from content', () => {
    const patch = [
      'diff --git a/f b/f',
      'index 1111..2222 100644',
      '--- a/f',
      '+++ b/f',
      '@@ -2 +2 @@ a',
      '-b',
      '+B',
      '@@ -3,0 +4,2 @@ c',
      '+++ not a header',
      '+diff --git a/x b/x',
      '@@ -9,2 +10,0 @@',
      '-gone',
      '-gone',
      'diff --git a/sp ace b/sp ace',
      'new file mode 100644',
      'index 0000..3333',
      '--- /dev/null',
      '+++ b/sp ace\t',
      '@@ -0,0 +1 @@',
      '+x',
      'diff --git "a/q\\"t" "b/q\\"t"',
      'index 4444..5555 100644',
      '--- "a/q\\"t"',
      '+++ "b/q\\"t"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      'diff --git a/img b/img',
      'index 6666..7777 100644',
      'Binary files a/img and b/img differ',
      '',
    ].join('\n');
    const added = addedLines(patch);
    expect([...added.byPath.get('f')!]).toEqual([2, 4, 5]);
    expect([...added.byPath.get('sp ace')!]).toEqual([1]);
    expect([...added.byPath.get('q"t')!]).toEqual([1]);
    expect(added.byPath.has('x')).toBe(false);
    expect([...added.binary]).toEqual(['7777']);
  });

  it('undoes C quoting', () => {
    expect(unquoteC('plain')).toBe('plain');
    expect(unquoteC('"a\\tb\\"c\\\\d"')).toBe('a\tb"c\\d');
    expect(unquoteC('"caf\\303\\251"')).toBe('caf\xc3\xa9');
  });
});

describe('history revisions', () => {
  it('maps --branch, --since and --range to rev-list arguments', () => {
    expect(revisionArgs({})).toEqual(['--all']);
    expect(revisionArgs({ branch: 'main' })).toEqual(['main']);
    expect(revisionArgs({ since: 'origin/main' })).toEqual(['origin/main..HEAD']);
    expect(revisionArgs({ since: 'v1', branch: 'dev' })).toEqual(['v1..dev']);
    expect(revisionArgs({ range: 'a..b' })).toEqual(['a..b']);
    expect(() => revisionArgs({ range: 'a' })).toThrow(/A\.\.B/);
    expect(() => revisionArgs({ branch: '--output=x' })).toThrow(/not a revision/);
    expect(() => revisionArgs({ range: 'a..b', since: 'c' })).toThrow(/cannot be combined/);
  });

  it('reads submodule paths from .gitmodules', () => {
    expect(
      submodulePaths(Buffer.from('[submodule "a"]\n\tpath = vendor/a\n\turl = x\n[submodule "b"]\n  path=lib/b \n')),
    ).toEqual(['vendor/a', 'lib/b']);
  });
});

describe('catFileBatch', () => {
  it('streams objects in request order: big, empty, missing, and over the size limit', async () => {
    const repo = new GitRepo();
    const write = (data: string | Buffer): string =>
      execFileSync('git', ['hash-object', '-w', '--stdin'], {
        cwd: repo.dir,
        input: data,
        env: { ...process.env, ...repo.env },
      })
        .toString()
        .trim();
    const big = Buffer.alloc(300_000, 'abcdefghij');
    const ids = { big: write(big), empty: write(''), small: write('hello\n'), large: write('x'.repeat(5000)) };
    const reqs = [
      { oid: ids.small, meta: 's1' },
      { oid: ids.big, meta: 'big' },
      { oid: ids.empty, meta: 'empty' },
      { oid: '0123456789012345678901234567890123456789', meta: 'missing' },
      { oid: ids.large, meta: 'large' },
    ];
    // Many small ones too, so answers span pipe reads.
    for (let i = 0; i < 2000; i++) reqs.push({ oid: ids.small, meta: `s${i + 2}` });
    const seen: { meta: string; type: string; size: number; len?: number }[] = [];
    for await (const o of catFileBatch(repo.dir, reqs, { maxSize: 300_000 })) {
      seen.push({ meta: o.meta, type: o.type, size: o.size, len: o.data?.length });
      if (o.meta === 'big') expect(o.data!.equals(big)).toBe(true);
      if (o.meta.startsWith('s')) expect(o.data!.toString()).toBe('hello\n');
    }
    expect(seen.slice(0, 5)).toEqual([
      { meta: 's1', type: 'blob', size: 6, len: 6 },
      { meta: 'big', type: 'blob', size: 300_000, len: 300_000 },
      { meta: 'empty', type: 'blob', size: 0, len: 0 },
      { meta: 'missing', type: 'missing', size: 0, len: undefined },
      { meta: 'large', type: 'blob', size: 5000, len: 5000 },
    ]);
    expect(seen).toHaveLength(2005);

    const limited: (number | undefined)[] = [];
    for await (const o of catFileBatch(
      repo.dir,
      [
        { oid: ids.large, meta: 0 },
        { oid: ids.small, meta: 1 },
      ],
      { maxSize: 100 },
    ))
      limited.push(o.data?.length);
    expect(limited).toEqual([undefined, 6]);
  });

  it('with reuse, puts objects that span reads together in one buffer and still gives each its own bytes', async () => {
    const repo = new GitRepo();
    const write = (data: Buffer): string =>
      execFileSync('git', ['hash-object', '-w', '--stdin'], {
        cwd: repo.dir,
        input: data,
        env: { ...process.env, ...repo.env },
      })
        .toString()
        .trim();
    // Sizes around a pipe read (64 KB), growing and shrinking, so the shared buffer grows and is
    // used again for smaller objects; each filled with its own byte.
    const sizes = [200_000, 70_000, 500_000, 1_000, 300_000, 131_072, 65_536];
    const blobs = sizes.map((n, i) => Buffer.alloc(n, 0x41 + i));
    const reqs = blobs.map((b, i) => ({ oid: write(b), meta: i }));
    const backings = new Set<ArrayBufferLike>();
    const copies: Buffer[] = [];
    for await (const o of catFileBatch(repo.dir, [...reqs, ...reqs], { reuse: true })) {
      expect(o.data!.equals(blobs[o.meta]!)).toBe(true);
      if (o.size > 64 * 1024) backings.add(o.data!.buffer);
      copies.push(Buffer.from(o.data!));
    }
    expect(copies.map((c) => c.length)).toEqual([...sizes, ...sizes]);
    copies.forEach((c, i) => expect(c.equals(blobs[i % sizes.length]!)).toBe(true));
    // Two objects or more came through the same memory (at most one per growth, and a few whole in one read).
    expect(backings.size).toBeLessThan(copies.filter((c) => c.length > 64 * 1024).length);
  });

  it('stops git when the reader stops early', async () => {
    const repo = new GitRepo();
    const oid = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: 'x\n' })
      .toString()
      .trim();
    let n = 0;
    for await (const o of catFileBatch(
      repo.dir,
      Array.from({ length: 10_000 }, () => ({ oid, meta: 0 })),
    )) {
      void o;
      if (++n === 3) break;
    }
    expect(n).toBe(3);
  });

  it('waits for git to take its requests without piling up listeners', async () => {
    // Requests of 3.7 KB each (a revision naming a deeply nested file), so that a few thousand
    // are megabytes: git takes them more slowly than they are written, and its stdin fills
    // again and again (each wait used to leave two listeners behind, and Node warned at 11).
    const repo = new GitRepo();
    const deep = Array.from({ length: 15 }, (_, i) => String(i).padEnd(240, 'd')).join('/');
    repo.commit('deep', { [deep]: 'x\n' });
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      let n = 0;
      for await (const o of catFileBatch(
        repo.dir,
        Array.from({ length: 2000 }, () => ({ oid: `HEAD:${deep}`, meta: 0 })),
      )) {
        expect(o.data?.toString()).toBe('x\n');
        n++;
      }
      expect(n).toBe(2000);
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('drained leaves no listener behind', async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    const before = ['drain', 'close', 'error'].map((e) => stream.listenerCount(e));
    for (let i = 0; i < 50; i++) {
      expect(stream.write(Buffer.alloc(64))).toBe(false);
      const waiting = drained(stream);
      stream.read();
      await waiting;
    }
    expect(['drain', 'close', 'error'].map((e) => stream.listenerCount(e))).toEqual(before);
    const closing = drained(stream);
    stream.destroy();
    await closing; // a closed stream ends the wait too
  });

  it('Fifo keeps order across compaction', () => {
    const q = new Fifo<number>();
    for (let i = 0; i < 10_000; i++) q.push(i);
    for (let i = 0; i < 9_000; i++) expect(q.shift()).toBe(i);
    q.push(10_000);
    expect(q.length).toBe(1001);
    expect(q.shift()).toBe(9_000);
  });

  it('Fifo.shrunkTo waits until enough items are shifted, or the wait is released', async () => {
    const q = new Fifo<number>();
    for (let i = 0; i < 10; i++) q.push(i);
    let done = false;
    const waiting = q.shrunkTo(5).then(() => (done = true));
    for (let i = 0; i < 4; i++) q.shift();
    await Promise.resolve();
    expect(done).toBe(false); // 6 left
    q.shift();
    await waiting;
    expect(q.length).toBe(5);
    await q.shrunkTo(5); // already there
    const stuck = q.shrunkTo(0);
    q.release();
    await stuck; // a reader that stopped lets the writer go
  });

  it('catFileBatch answers a request stream far longer than it sends ahead, in order', async () => {
    const repo = new GitRepo();
    const files = Array.from({ length: 3000 }, (_, i) => {
      const name = `f${i}`;
      writeFileSync(path.join(repo.dir, name), `blob ${i}\n`);
      return name;
    });
    const oids = execFileSync('git', ['hash-object', '-w', '--stdin-paths'], {
      cwd: repo.dir,
      input: files.join('\n'),
      env: { ...process.env, ...repo.env },
    })
      .toString()
      .trim()
      .split('\n');
    async function* requests() {
      for (const oid of oids) yield { oid, meta: oid };
    }
    const seen: string[] = [];
    for await (const o of catFileBatch(repo.dir, requests())) {
      expect(o.data?.toString()).toBe(`blob ${seen.length}\n`);
      seen.push(o.meta);
    }
    expect(seen).toEqual(oids);
  });
});
