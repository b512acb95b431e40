import { execFileSync } from 'node:child_process';
import { FakeKeys } from './fake-keys.js';
import { GitRepo } from './git-repo.js';
import { makeZip, type ZipFile } from './zip.js';

/**
 * A real multi-thousand-commit history made in a second with `git fast-import`: source files
 * edited a few at a time, feature branches merged back, renames, deletions, and fake keys that
 * stay in a file through many edits (so one secret lives in blobs of every shard), copied to a
 * second file, added on a branch, deleted, and a file that is renamed back and forth (its path
 * moves between working-tree shards). Some branch commits share a committer time with commits
 * on main, so attribution has to break ties the same way in every process. A jar is rebuilt
 * now and then (a key in one of its entries through every build, a nested jar with a key of its
 * own from the second build on) and moved once: findings inside archives, attributed through
 * the archive's blob.
 */
export interface SyntheticHistory {
  repo: GitRepo;
  commits: number;
  secrets: string[];
}

const EPOCH = Date.UTC(2023, 0, 1) / 1000;

class Stream {
  private parts: Buffer[] = [];
  private mark = 0;
  commits = 0;

  data(text: string): void {
    const body = Buffer.from(text, 'utf8');
    this.parts.push(Buffer.from(`data ${body.length}\n`), body, Buffer.from('\n'));
  }

  /** A commit on `ref` at `time`; `ops` are fast-import file commands (M/D/R), built by the caller. */
  commit(ref: string, time: number, message: string, parents: number[], ops: (string | Buffer)[]): number {
    const mark = ++this.mark;
    this.commits++;
    this.parts.push(
      Buffer.from(
        `commit ${ref}\nmark :${mark}\nauthor Ada Tester <ada@example.test> ${time} +0000\ncommitter Ada Tester <ada@example.test> ${time} +0000\n`,
      ),
    );
    this.data(message);
    if (parents[0] !== undefined) this.parts.push(Buffer.from(`from :${parents[0]}\n`));
    for (const p of parents.slice(1)) this.parts.push(Buffer.from(`merge :${p}\n`));
    for (const op of ops) this.parts.push(Buffer.from(op));
    this.parts.push(Buffer.from('\n'));
    return mark;
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function modify(path: string, content: string): string {
  const body = Buffer.from(content, 'utf8');
  return `M 100644 inline ${path}\ndata ${body.length}\n${content}\n`;
}

/** A binary file (a zip archive), as fast-import takes one. */
function modifyBytes(path: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`M 100644 inline ${path}\ndata ${body.length}\n`), body, Buffer.from('\n')]);
}

/** Builds the history in a new repository (branch main, a tag, and one unmerged branch). */
export function syntheticHistory(options: { commits?: number; seed?: string } = {}): SyntheticHistory {
  const total = options.commits ?? 3000;
  const keys = new FakeKeys(options.seed ?? 'synthetic-history');
  const repo = new GitRepo();
  const s = new Stream();
  const files = new Map<string, string>();
  const secrets: string[] = [];
  let tip: number | undefined;
  let time = EPOCH;
  let moving = 'moving/a.env';
  let jar = 'dist/app.jar';
  let jarKey: string | undefined;
  let innerJar: Buffer | undefined;

  const edit = (path: string, line: string): string => {
    const next = `${files.get(path) ?? `// ${path}\n`}${line}\n`;
    files.set(path, next);
    return modify(path, next);
  };
  const onMain = (message: string, ops: (string | Buffer)[], parents: number[] = tip ? [tip] : []): void => {
    time += 60;
    tip = s.commit('refs/heads/main', time, message, parents, ops);
  };

  for (let i = 0; s.commits < total; i++) {
    const ops: (string | Buffer)[] = [edit(`src/mod${i % 40}.js`, `export const v${i} = ${i};`)];
    if (i % 3 === 0) ops.push(edit(`lib/util${i % 17}.js`, `// change ${i}`));
    if (i % 97 === 5) {
      // A key that stays in its file from now on: every later edit makes a blob holding it.
      const key = i % 2 ? keys.github() : keys.awsAccessKeyId();
      secrets.push(key);
      ops.push(edit(`src/mod${i % 40}.js`, `const token${i} = "${key}";`));
      if (i % 194 === 5) ops.push(edit(`config/copy${i}.env`, `TOKEN=${key}`)); // the same key in a second file
    }
    if (i % 250 === 100) {
      // The moving file: renamed back and forth, so its path changes shard, and edited in between.
      const to = moving === 'moving/a.env' ? 'moving/b-renamed.env' : 'moving/a.env';
      if (files.has(moving)) {
        ops.push(`R ${moving} ${to}\n`);
        files.set(to, files.get(moving)!);
        files.delete(moving);
      }
      moving = to;
      const key = keys.npm();
      secrets.push(key);
      ops.push(edit(moving, `NPM_TOKEN=${key}`));
    }
    if (i % 150 === 40) {
      // The jar rebuilt: the same key in its .env entry, a build stamp that makes a new blob.
      if (!jarKey) secrets.push((jarKey = keys.github()));
      else if (!innerJar) {
        const inner = keys.npm();
        secrets.push(inner);
        innerJar = makeZip([{ name: 'META-INF/npm.env', data: `NPM_TOKEN=${inner}\n` }]);
      }
      const entries: ZipFile[] = [
        { name: 'config/.env', data: `GITHUB_TOKEN=${jarKey}\n` },
        { name: 'build.txt', data: `build ${i}\n`, stored: true },
        ...(innerJar ? [{ name: 'lib/inner.jar', data: innerJar, stored: true }] : []),
      ];
      ops.push(modifyBytes(jar, makeZip(entries)));
    }
    if (i % 300 === 240) {
      ops.push(`R ${jar} release/app-${i}.jar\n`);
      jar = `release/app-${i}.jar`;
    }
    if (i % 400 === 300 && files.has(`config/copy${i - 295}.env`)) {
      ops.push(`D config/copy${i - 295}.env\n`);
      files.delete(`config/copy${i - 295}.env`);
    }
    onMain(`Change ${i}`, ops);
    if (i % 300 === 150 && s.commits < total - 30) featureBranch(i);
  }

  /** A branch off main with its own commits (some at main's commit times), merged back with --no-ff. */
  function featureBranch(i: number): void {
    const ref = `refs/heads/feature-${i}`;
    const base = tip!;
    let branchTip = base;
    let branchTime = time - 600; // earlier than main's tip: committer times interleave and tie
    const own = new Map<string, string>();
    for (let k = 0; k < 12; k++) {
      const path = `feature/f${i}.js`;
      const content = `${own.get(path) ?? ''}// step ${k}\n${k === 4 ? `const key = "${keys.github()}";\n` : ''}`;
      if (k === 4) secrets.push(/ghp_\w+/.exec(content)![0]);
      own.set(path, content);
      branchTime += 60;
      branchTip = s.commit(ref, branchTime, `Feature ${i} step ${k}`, [branchTip], [modify(path, content)]);
    }
    const ops = [...own].map(([p, c]) => {
      files.set(p, c);
      return modify(p, c);
    });
    onMain(`Merge feature-${i}`, ops, [tip!, branchTip]);
  }

  // One branch that is never merged, with a key only it holds.
  const lonely = keys.stripeLive();
  secrets.push(lonely);
  s.commit('refs/heads/unmerged', time + 30, 'Unmerged work', [tip!], [modify('wip/keys.env', `STRIPE=${lonely}\n`)]);
  const stream = Buffer.concat([s.bytes(), Buffer.from(`reset refs/tags/v1\nfrom :${tip}\n\n`)]);
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo.dir,
    input: stream,
    // fast-import grows and trims its heap with brk tens of thousands of times (glibc's
    // defaults): 30 s of system time on a loaded machine, 2 s with a larger pad.
    env: { ...process.env, ...repo.env, MALLOC_TOP_PAD_: String(256 << 20), MALLOC_TRIM_THRESHOLD_: String(256 << 20) },
    maxBuffer: 1 << 28,
  });
  repo.git('checkout', '-q', '-f', 'main');
  return { repo, commits: s.commits, secrets };
}
