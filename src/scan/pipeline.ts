/**
 * The scan pipeline, without the command line: what `tokguard scan` (and anything else that
 * wants findings) runs once its options are parsed. It prints nothing itself; messages go to
 * `hooks.warn` and `hooks.info`. Five stages, each a function below, run in this order by `runScan`:
 *
 *   locate       where the scan runs: target, repository root, mode; starts `git diff --cached`
 *                for a staged scan at once, so git works while the config loads
 *   configure    the project config (or --config), and the settings it supplies when an
 *                option does not (max file size, threads, baseline file)
 *   openSource   the chunks: worktree, staged diff, history blobs or stdin; history also gives
 *                an attribution step and git's notes
 *   match        chunks → engine → findings (worker threads for large inputs), with the
 *                config's allowlists and scan.include/exclude as the `keep` filter
 *   postFilter   what needs every finding: the baseline (hide, report stale, --update-baseline)
 *                and the rotation record (marks rotated secrets)
 *   verify       only with --verify (never for a staged scan): asks each distinct secret's
 *                provider whether it is live (src/verify), and records the answer on the findings
 *
 * New stages go between these (for example a verifier after postFilter, before reporting) and
 * take the `ScanContext` they need. Keep this module light: the pre-commit hook loads it, so
 * anything only one mode or one option needs is imported inside the stage that needs it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadEffectiveConfig, findingFilter, type EffectiveConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { markRotated } from '../report/rotated-record.js';
import { confidenceRank } from '../report/filters.js';
import type { Confidence } from '../engine/types.js';
import type { ScanStats } from '../report/scan-stats.js';
import { newSourceStats, type Chunk, type SourceStats, type WorktreeFiles } from '../sources/chunk.js';
import type { StagedStart } from '../sources/git-staged.js';
import { findRepoRoot } from '../repo-root.js';
import { defaultThreads } from './matcher.js';
import { collectFindings } from './run.js';
import { trace } from './trace.js';
import { rulesDigest } from './digest.js';
import type { Shard } from './shard.js';
import type { BlobFindings } from './blob-findings.js';
import type { RecordPart, StateRecorder } from './state.js';
import type { FreshIntroductions, IncrementalPlan } from './incremental.js';
import type { HistoryScan } from '../sources/git-history.js';
import type { Introduction } from '../sources/git/introductions.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type ScanMode = ScanStats['mode'];

/** Already-parsed options: every field is what the user asked for, or undefined for "not said". */
export interface ScanOptions {
  /** Directory or file to scan, a repository for staged/history scans, or `-` for stdin. */
  target: string;
  mode: ScanMode;
  /** `--config FILE`, as given (default: `.tokguard.yaml` at the repository root). */
  config?: string;
  /** Path globs; `include` replaces the config's `scan.include`, `exclude` adds to `scan.exclude`. */
  include?: string[];
  exclude?: string[];
  /** Honour .gitignore files in a worktree scan (default true; the config can turn it off). */
  gitignore?: boolean;
  /** Bytes; undefined: the config's `scan.maxFileSize`, else DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number;
  /** Worker threads; undefined: the config's `scan.threads`, else chosen by input size. */
  threads?: number;
  /** History scans: which revisions (see sources/git-history.ts). */
  branch?: string;
  since?: string;
  range?: string;
  /** `--baseline FILE`, as given (default: the config's `scan.baseline`). */
  baseline?: string;
  /** `--update-baseline`: add the findings the baseline does not list yet. */
  updateBaseline?: boolean;
  /**
   * false: stop after matching (no baseline, no rotation marks), as `tokguard baseline` does
   * to record every finding. Default true.
   */
  postFilters?: boolean;
  /** `--verify` and its settings; undefined: nothing is sent anywhere. */
  verify?: VerifySettings;
  /** `--shard K/N`: only this slice (history by blob id, working tree by path). */
  shard?: Shard;
  /**
   * History: `--state FILE` (read only new blobs), and `--new-only` (report only what the last run
   * did not). `secrets: false` when nothing will show the findings' secrets (no --show-secrets):
   * then the stored matches are reported as they are and their blobs are read again only for an
   * allowlist or --verify, which test the secret itself.
   */
  state?: { file: string; newOnly: boolean; secrets?: boolean };
  /** `--min-confidence`: findings the engine is less sure of are dropped before anything else. */
  minConfidence?: Confidence;
}

export interface VerifySettings {
  /** Use verifiers defined by the scanned repository's own config. */
  trustRepoVerifiers?: boolean;
  /** `--verify-timeout`, `--verify-max-time`: seconds, as given. */
  timeout?: string;
  maxTime?: string;
}

export interface ScanHooks {
  /** A line the user must see (what a translated config could not carry over). */
  warn?: (line: string) => void;
  /** A line of information (what the baseline hid or added); `--quiet` drops these. */
  info?: (line: string) => void;
  /** Called when matching starts; the returned handle is stopped when it ends (a spinner). */
  progress?: (filesSoFar: () => number) => { stop(): void };
  /** A line for TOKGUARD_DEBUG (how the scan ran: worker threads, for one). */
  debug?: (line: string) => void;
}

export interface ScanOutcome {
  findings: Finding[];
  stats: ScanStats;
  config: EffectiveConfig;
  /** The maximum file size the scan used (bytes). */
  maxFileSize: number;
  /** The baseline file in effect (absolute), if any. */
  baselineFile?: string;
  /** Where the repository's own files (baseline, rotation record) live for this scan. */
  projectRoot: string;
  /** sha256 of the rules in effect (src/scan/digest.ts), worked out when first asked for. */
  rulesDigest: () => string;
  /**
   * A sharded history scan: the findings the config's allowlists dropped after attribution.
   * Another shard may hold the same secret at a later commit; `tokguard merge` needs these to
   * know the secret's first place was allowlisted.
   */
  dropped?: Finding[];
}

/** What the stages share. */
export interface ScanContext {
  options: ScanOptions;
  hooks: ScanHooks;
  /** The target, absolute (the working directory when the target is `-`). */
  root: string;
  repoRoot: string | undefined;
  projectRoot: string;
  rootIsFile: boolean;
  /** A staged scan's `git diff --cached`, already running. */
  stagedStart?: StagedStart;
}

export interface ScanSettings {
  config: EffectiveConfig;
  maxFileSize: number;
  threads: number | undefined;
  /** Workers the pool may grow to when the reading thread keeps waiting (history, threads not set). */
  growTo?: number;
  /** Absolute. */
  baselineFile: string | undefined;
  /** Worked out when first asked for: hashing every rule costs the pre-commit path ~100 ms it does not need. */
  rulesDigest: () => string;
}

export interface OpenedSource {
  chunks: AsyncIterable<Chunk>;
  /**
   * A worktree's files, not read yet: matched instead of `chunks` (the same files), so that
   * worker threads can read them where they match them.
   */
  files?: WorktreeFiles;
  stats: SourceStats;
  /** History: fold blob findings into one per secret, attributed to the commit that added it. */
  attribute?: (findings: BlobFindings) => Promise<Finding[]>;
  /** Start worker threads at once (the input is known to be large). */
  eager: boolean;
  /** Copies what the source learnt while it was read (commits, blobs, notes) into the stats. */
  finish(stats: ScanStats): void;
  /** Standard input as read, kept only when verifying (multi-part keys are read around a finding). */
  stdin?: { text?: string };
  /** History with `--state`: the record this run grows and writes. */
  state?: StateRecorder;
}

export async function runScan(options: ScanOptions, hooks: ScanHooks = {}): Promise<ScanOutcome> {
  if (options.verify && options.mode === 'staged')
    throw new UserError('--verify cannot be used with --staged: the pre-commit path never sends secrets anywhere');
  const started = performance.now();
  trace('scan starts (modules loaded)');
  const ctx = await locate(options, hooks);
  const settings = await configure(ctx);
  trace(`config and ${settings.config.rules.length} rules loaded`);
  const source = await openSource(ctx, settings);
  const stats = newScanStats(options, settings, source.stats);
  const dropped: Finding[] | undefined = options.shard && options.mode === 'history' ? [] : undefined;
  let findings = await match(ctx, settings, source, dropped);
  trace(`matched (${findings.length} findings)`);
  const min = options.minConfidence;
  if (min) findings = findings.filter((f) => confidenceRank(f.confidence) >= confidenceRank(min));
  source.finish(stats);
  stats.files = source.stats.files;
  stats.bytes = source.stats.bytes;
  if (source.state) findings = finishState(source.state, findings, stats, options.state!);
  stats.durationMs = performance.now() - started;
  if (options.postFilters !== false) findings = await postFilter(ctx, settings, findings);
  if (options.verify) await verify(ctx, settings, source, findings, options.verify);
  return {
    findings,
    stats,
    config: settings.config,
    maxFileSize: settings.maxFileSize,
    ...(settings.baselineFile !== undefined ? { baselineFile: settings.baselineFile } : {}),
    projectRoot: ctx.projectRoot,
    rulesDigest: settings.rulesDigest,
    ...(dropped ? { dropped } : {}),
  };
}

/** `--state`: write the complete record; `--new-only`: keep only what the last run did not report. */
function finishState(
  state: StateRecorder,
  findings: Finding[],
  stats: ScanStats,
  options: NonNullable<ScanOptions['state']>,
): Finding[] {
  state.finish(findings.map((f) => f.fingerprint));
  if (state.incremental)
    (stats.notes ??= []).push(
      `Only what is new since the last run was listed and read (--state): ${stats.files} blob${stats.files === 1 ? '' : 's'}.`,
    );
  else if (state.skipped)
    (stats.notes ??= []).push(
      `${state.skipped} blob${state.skipped === 1 ? '' : 's'} scanned by an earlier run (--state) ${state.skipped === 1 ? 'was' : 'were'} not read again.`,
    );
  if (!options.newOnly) return findings;
  const before = state.previouslyReported;
  return findings.filter((f) => !before.has(f.fingerprint));
}

/** Stage 1: where the scan runs. */
export async function locate(options: ScanOptions, hooks: ScanHooks = {}): Promise<ScanContext> {
  const { target, mode } = options;
  const root = target === '-' ? process.cwd() : path.resolve(target);
  // Asked once: several steps need the repository root, and each ask is a walk of stats.
  const repoRoot = findRepoRoot(path.resolve(target));
  // The pre-commit path: start `git diff --cached` now, so it runs while config and rules load.
  const stagedStart =
    mode === 'staged' ? (await import('../sources/git-staged.js')).startStaged(target, repoRoot) : undefined;
  let rootIsFile = false;
  if (mode === 'worktree' && target !== '-') {
    let st;
    try {
      st = await stat(root);
    } catch {
      throw new UserError(`${target}: no such file or directory`);
    }
    rootIsFile = st.isFile();
    if (!rootIsFile && !st.isDirectory())
      throw new UserError(
        `${target}: not a file or directory (${st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : 'a device'}); to scan what it gives, pipe it in: tokguard scan - < ${target}`,
      );
  }
  return {
    options,
    hooks,
    root,
    repoRoot,
    projectRoot: repoRoot ?? root,
    rootIsFile,
    ...(stagedStart ? { stagedStart } : {}),
  };
}

function memo<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

/** Stage 2: the config, and the settings options leave to it. */
export async function configure(ctx: ScanContext): Promise<ScanSettings> {
  const { options } = ctx;
  const config = await loadEffectiveConfig({
    ...(options.config !== undefined ? { config: options.config } : {}),
    root: ctx.root,
  });
  for (const notice of config.notices) ctx.hooks.warn?.(notice);
  const baselineFile = options.baseline ?? config.scan.baseline;
  if (options.updateBaseline && !baselineFile)
    throw new UserError('--update-baseline needs --baseline FILE (or scan.baseline in the config)');
  const chosen = options.threads ?? config.scan.threads;
  return {
    config,
    maxFileSize: options.maxFileSize ?? config.scan.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    threads: chosen ?? (options.mode === 'history' ? defaultThreads(true) : undefined),
    // History starts a worker fewer than the cores (its reading thread parses git's stream) and
    // adds one if matching turns out to be what the reading thread waits for.
    ...(chosen === undefined && options.mode === 'history' ? { growTo: defaultThreads(false) } : {}),
    baselineFile: baselineFile === undefined ? undefined : path.resolve(baselineFile),
    rulesDigest: memo(() => rulesDigest(config.rules)),
  };
}

function newScanStats(options: ScanOptions, settings: ScanSettings, source: SourceStats): ScanStats {
  return {
    mode: options.mode,
    root: options.target,
    files: 0,
    bytes: 0,
    skipped: source.skipped,
    unreadable: source.unreadable,
    rules: settings.config.rules.length,
    durationMs: 0,
    ...(options.shard ? { shard: { index: options.shard.index, total: options.shard.total } } : {}),
  };
}

/**
 * The config's scan.include/exclude are relative to the repository root: the walker can use
 * them when the scan starts there (findingFilter applies them to findings in every case).
 */
function atRepoRoot(ctx: ScanContext): boolean {
  return (ctx.repoRoot ?? ctx.root) === ctx.root;
}

/** Stage 3: the chunks to scan. Each source is imported only when its mode runs. */
export async function openSource(ctx: ScanContext, settings: ScanSettings): Promise<OpenedSource> {
  const { options } = ctx;
  const { maxFileSize, config } = settings;
  const stats = newSourceStats();
  const none = (): void => {};
  switch (options.mode) {
    case 'stdin': {
      const kept: { text?: string } = {};
      return {
        chunks: stdinChunks(stats, maxFileSize, options.verify ? kept : undefined),
        stats,
        eager: false,
        finish: none,
        stdin: kept,
      };
    }
    case 'worktree': {
      const { worktreeChunks, worktreeFiles } = await import('../sources/worktree.js');
      const top = atRepoRoot(ctx);
      const worktreeOptions = {
        gitignore: options.gitignore !== false && config.scan.gitignore !== false,
        include: options.include ?? (top ? config.scan.include : undefined) ?? [],
        exclude: [...(options.exclude ?? []), ...(top ? (config.scan.exclude ?? []) : [])],
        maxFileSize,
        base: ctx.repoRoot ?? (ctx.rootIsFile ? path.dirname(ctx.root) : ctx.root),
        ...(options.shard ? { selectPath: (await import('./shard.js')).pathInShard(options.shard) } : {}),
        ...(ctx.repoRoot ? { repoRoot: ctx.repoRoot } : {}),
      };
      return {
        chunks: worktreeChunks(ctx.root, worktreeOptions, stats),
        files: worktreeFiles(ctx.root, worktreeOptions, stats),
        stats,
        eager: false,
        finish: none,
      };
    }
    case 'history':
      return openHistorySource(ctx, settings, stats);
    case 'staged': {
      const { openStaged } = await import('../sources/git-staged.js');
      const staged = openStaged(
        ctx.stagedStart ?? options.target,
        { maxFileSize, include: options.include, exclude: options.exclude },
        stats,
      );
      return { chunks: staged.chunks, stats, eager: false, finish: (s) => Object.assign(s, { notes: staged.notes }) };
    }
  }
}

/** `--state` on an all-refs scan: the previous run's history record, when it still describes a prefix of this one. */
async function incrementalPlan(
  ctx: ScanContext,
  settings: ScanSettings,
  state: StateRecorder,
): Promise<IncrementalPlan | undefined> {
  const o = ctx.options;
  if (o.branch || o.since || o.range) return undefined;
  const key = JSON.stringify({
    revs: ['--all'],
    include: o.include ?? [],
    exclude: o.exclude ?? [],
    shard: o.shard ?? null,
    maxFileSize: settings.maxFileSize,
  });
  return (await import('./incremental.js')).planIncremental(o.target, key, state.history);
}

/**
 * The history to read. With `--state` and a usable record of the last run: nothing at all when
 * the tips have not moved, else only what the old tips do not reach (commits counted from the
 * record, introductions looked up over the new commits only).
 */
async function historyFor(
  ctx: ScanContext,
  settings: ScanSettings,
  stats: SourceStats,
  state: StateRecorder | undefined,
  plan: IncrementalPlan | undefined,
  known: FreshIntroductions,
): Promise<HistoryScan> {
  const { options } = ctx;
  const inc = plan?.cache ? await import('./incremental.js') : undefined;
  if (plan?.cache && inc && !plan.newCommits) return inc.unchangedHistory(options.target, plan.cache);
  const [{ openHistory }, shardModule] = await Promise.all([
    import('../sources/git-history.js'),
    options.shard ? import('./shard.js') : undefined,
  ]);
  const inShard = options.shard && shardModule ? shardModule.objectInShard(options.shard) : undefined;
  const selectBlob = inShard && state ? (oid: string) => inShard(oid) && state.select(oid) : (inShard ?? state?.select);
  const lookup =
    plan?.cache && inc
      ? inc.cachedIntroductions(options.target, ['--all'], plan.cache, true, Boolean(options.shard), known)
      : undefined;
  return openHistory(
    options.target,
    {
      branch: options.branch,
      since: options.since,
      range: options.range,
      maxFileSize: settings.maxFileSize,
      include: options.include,
      exclude: options.exclude,
      ...(selectBlob ? { selectBlob } : {}),
      ...(state ? { setAside: (oid: string) => state.record(oid, '', []) } : {}),
      ...(options.shard ? { globalOrder: true } : {}),
      ...(plan?.cache ? { notReachableFrom: plan.cache.tips } : {}),
      ...(lookup ? { lookup } : {}),
      // The old count plus the commits the listing walks (every old commit is still reachable).
      ...(plan?.cache?.commits !== undefined ? { commitsBefore: plan.cache.commits } : {}),
    },
    stats,
  );
}

/** History: the blobs to read (the shard's, those `--state` has not seen), then attribution to commits. */
async function openHistorySource(ctx: ScanContext, settings: ScanSettings, stats: SourceStats): Promise<OpenedSource> {
  const { options } = ctx;
  const [{ attributeToCommits }, stateModule, restore] = await Promise.all([
    import('./attribute.js'),
    options.state ? import('./state.js') : undefined,
    options.state ? import('./restore.js') : undefined,
  ]);
  let state: StateRecorder | undefined;
  if (options.state && stateModule) {
    // What a scan without --state says first, before the state or git is asked anything.
    await (await import('../sources/git-history.js')).checkRepositoryDir(options.target);
    const digest = stateModule.stateDigest(settings.rulesDigest(), settings.maxFileSize);
    const loaded = stateModule.loadState(options.state.file, digest, (line) => ctx.hooks.warn?.(line));
    state = new stateModule.StateRecorder(options.state.file, loaded);
  }
  const plan = state ? await incrementalPlan(ctx, settings, state) : undefined;
  if (state && plan?.cache) state.incremental = true;
  // Introductions over the new commits that an attempt to extend the last attribution already looked up.
  const known: { fresh?: Map<string, Introduction[]> } = {};
  const history = await historyFor(ctx, settings, stats, state, plan, {
    get: () => (known.fresh ? Promise.resolve(known.fresh) : undefined),
  });
  return {
    chunks: history.chunks,
    stats,
    attribute: async (findings) => {
      if (!state || !restore) return attributeToCommits(findings, history.introductions);
      // Nothing moved since the last complete run: its attributed findings are this run's.
      const unchanged = plan?.cache && !plan.newCommits ? state.attributed : undefined;
      let attributed: Finding[];
      if (unchanged) {
        attributed = restore.findingsFromStoredFindings(unchanged, settings.config.rules);
        state.unchanged = true;
        state.nextHistory = plan!.cache;
        state.nextAttributed = unchanged;
      } else {
        const extension =
          plan?.cache && plan.tips && !options.shard && state.attributed && !state.reusedCount
            ? await (
                await import('./attribute-incremental.js')
              ).extendAttribution(
                options.target,
                plan.cache,
                state.attributed,
                findings,
                state.matchedBlobIds(),
                settings.config.rules,
              )
            : undefined;
        if (extension?.extended) {
          // Only descendants were added, and nothing they bring can change an old attribution
          // but by committer time: the old findings stand, extended (src/scan/attribute-incremental.ts).
          attributed = extension.extended.findings;
          state.nextHistory = {
            key: plan!.key,
            tips: plan!.tips!,
            commits: history.commits,
            orphans: false,
          };
          state.nextRecord = extension.extended.record;
          state.nextAttributed = extension.extended.stored;
        } else {
          if (extension) known.fresh = extension.fresh;
          attributed = await attributeAgain(options.target, state, plan, findings, history, settings, restore);
        }
      }
      if (options.state!.secrets !== false || settings.config.allowlist || options.verify)
        await restore.restoreSecrets(attributed, options.target, settings.config.rules, options.state!.file);
      return attributed;
    },
    // Only what is new is read: that is seldom enough to start the workers before it is seen.
    eager: history.large && !plan?.cache,
    finish: (s) =>
      Object.assign(s, {
        commits: history.commits,
        blobs: history.blobs,
        notes: [...(s.notes ?? []), ...history.notes],
      }),
    ...(state ? { state } : {}),
  };
}

/** Stage 4: chunks → findings, with the config's allowlists and include/exclude applied. */
export async function match(
  ctx: ScanContext,
  settings: ScanSettings,
  source: OpenedSource,
  dropped?: Finding[],
): Promise<Finding[]> {
  const progress = ctx.hooks.progress?.(() => source.stats.files);
  try {
    const keep = findingFilter(settings.config, { cliInclude: ctx.options.include !== undefined });
    const kindPath = scannedFolderPath(ctx);
    const input = source.files ? { files: source.files, stats: source.stats } : source.chunks;
    return await collectFindings(input, settings.config.rules, {
      ...(kindPath ? { kindPath } : {}),
      ...(settings.threads === undefined ? {} : { threads: settings.threads }),
      ...(settings.growTo === undefined ? {} : { growTo: settings.growTo }),
      ...(source.eager ? { eager: true } : {}),
      ...(source.attribute ? { attribute: source.attribute } : {}),
      ...(keep ? { keep } : {}),
      ...(dropped ? { dropped } : {}),
      ...(source.state ? { observe: await observeBlobs(source.state) } : {}),
      ...(ctx.hooks.debug ? { onPool: (n: number) => ctx.hooks.debug!(`matching on ${n} worker threads`) } : {}),
    });
  } finally {
    progress?.stop();
  }
}

/**
 * Everything attributed again: the stored matches of the blobs this run skipped (and, listing
 * only what is new, of the matched blobs the old tips reach) join the new ones.
 */
async function attributeAgain(
  cwd: string,
  state: StateRecorder,
  plan: IncrementalPlan | undefined,
  findings: BlobFindings,
  history: HistoryScan,
  settings: ScanSettings,
  restore: typeof import('./restore.js'),
): Promise<Finding[]> {
  const reused = new Map(state.reused());
  for (const id of plan?.cache?.live ?? []) {
    const stored = state.stored(id);
    if (stored) reused.set(id, stored);
  }
  for (const f of restore.findingsFromState([...reused], settings.config.rules)) findings.add(f);
  const { attributeWithRivals } = await import('./attribute.js');
  let seen: ReadonlyMap<string, readonly Introduction[]> = new Map();
  const blobs = findings.blobIds();
  const withRivals = await attributeWithRivals(findings, async (b) => (seen = await history.introductions(b)), blobs);
  const attributed = withRivals.map((a) => a.finding);
  if (plan?.tips) {
    const settled = await (await import('./ties.js')).settledTies(cwd, withRivals);
    const { scope, record } = await historyRecord(
      { key: plan.key, tips: plan.tips, commits: history.commits },
      blobs,
      seen,
    );
    state.nextHistory = scope;
    state.nextRecord = record;
    // A secret whose place the whole history's order decided keeps what it was chosen from.
    state.nextAttributed = withRivals.map(({ finding, contenders }, i) => ({
      ...restore.toStoredFinding(finding),
      ...(settled[i] ? {} : { contenders: contenders.map(restore.toStoredFinding) }),
    }));
  }
  return attributed;
}

/** What `--state` keeps of this run's history for the next (src/scan/incremental.ts). */
async function historyRecord(
  where: { key: string; tips: string[]; commits: number },
  blobs: readonly string[],
  intros: ReadonlyMap<string, readonly Introduction[]>,
): Promise<{ scope: NonNullable<StateRecorder['nextHistory']>; record: RecordPart }> {
  const { toTuple } = await import('./incremental.js');
  const live = [...blobs].sort();
  const mine = new Map(live.map((b) => [b, intros.get(b) ?? []]));
  return {
    scope: { ...where, orphans: live.some((b) => !mine.get(b)!.length) },
    record: { base: true, live, intros: Object.fromEntries(live.map((b) => [b, mine.get(b)!.map(toTuple)])) },
  };
}

async function observeBlobs(state: StateRecorder): Promise<(chunk: Chunk, findings: readonly Finding[]) => void> {
  const { toStoredMatch } = await import('./restore.js');
  return (chunk, findings) => {
    // An archive's entries are kept under the archive's blob and path, each match with its entry.
    if (chunk.blob)
      state.record(chunk.blob, chunk.archive?.path ?? chunk.path, findings.map(toStoredMatch), chunk.blobParts);
  };
}

/**
 * A worktree scan of a folder inside a repository reports paths from the repository root, but
 * the kind of a file (test, docs…) is judged from its path inside the folder the user scanned:
 * `vendor/docs-site/` scanned on its own is documentation, not a test because the repository
 * keeps it under `test/`.
 */
function scannedFolderPath(ctx: ScanContext): ((p: string) => string) | undefined {
  if (ctx.options.mode !== 'worktree' || ctx.rootIsFile || ctx.options.target === '-') return undefined;
  const rel = path.relative(ctx.projectRoot, ctx.root).split(path.sep).join('/');
  if (!rel || rel.startsWith('..')) return undefined;
  const prefix = `${rel}/`;
  return (p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
}

/** Only a scan of the whole repository can tell that a baseline entry is stale. */
function coversWholeRepo(ctx: ScanContext): boolean {
  const o = ctx.options;
  if (o.shard || o.state?.newOnly) return false;
  if (o.mode === 'history') return !o.branch && !o.since && !o.range;
  return o.mode === 'worktree' && atRepoRoot(ctx) && !o.include && !o.exclude;
}

/** Stage 5: the baseline, then the rotation record. */
export async function postFilter(ctx: ScanContext, settings: ScanSettings, findings: Finding[]): Promise<Finding[]> {
  if (settings.baselineFile !== undefined) {
    const { applyBaselineStep } = await import('./baseline.js');
    const given = ctx.options.baseline;
    findings = await applyBaselineStep(findings, {
      file: settings.baselineFile,
      display: given ?? (path.relative(process.cwd(), settings.baselineFile) || settings.baselineFile),
      update: Boolean(ctx.options.updateBaseline),
      complete: coversWholeRepo(ctx),
      info: ctx.hooks.info ?? (() => {}),
    });
  }
  markRotated(findings, ctx.projectRoot);
  return findings;
}

/**
 * Stage 6 (only with --verify): each distinct secret checked once at its provider. The verify
 * code and its data load here, so a scan that does not verify never reads them.
 */
export async function verify(
  ctx: ScanContext,
  settings: ScanSettings,
  source: OpenedSource,
  findings: Finding[],
  options: VerifySettings,
): Promise<void> {
  const { runVerifyStage } = await import('../verify/stage.js');
  const base = ctx.repoRoot ?? (ctx.rootIsFile ? path.dirname(ctx.root) : ctx.root);
  await runVerifyStage({
    findings,
    rules: settings.config.rules,
    ...(settings.config.file ? { configFile: settings.config.file } : {}),
    scannedRoot: base,
    trustRepoVerifiers: Boolean(options.trustRepoVerifiers),
    source:
      ctx.options.mode === 'history'
        ? { repo: ctx.repoRoot ?? ctx.root }
        : ctx.options.mode === 'stdin'
          ? { stdin: source.stdin?.text ?? '' }
          : { base },
    ...(options.timeout !== undefined ? { timeoutSeconds: options.timeout } : {}),
    ...(options.maxTime !== undefined ? { maxTimeSeconds: options.maxTime } : {}),
    say: (line) => ctx.hooks.warn?.(line),
  });
}

/**
 * Standard input as one chunk, read up to `maxFileSize` like any file: past it (`scan - <
 * /dev/zero`), reading stops and the input is counted as a file too large, unscanned.
 */
async function* stdinChunks(stats: SourceStats, maxFileSize: number, keep?: { text?: string }): AsyncGenerator<Chunk> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of process.stdin) {
    size += (part as Buffer).length;
    if (size > maxFileSize) {
      // Leaving the loop destroys the stream: nothing more is read.
      stats.skipped['too-large']++;
      return;
    }
    parts.push(part as Buffer);
  }
  const data = Buffer.concat(parts);
  stats.files = 1;
  stats.bytes = data.length;
  if (keep) keep.text = data.toString('utf8');
  yield { path: '(stdin)', data, source: 'stdin' };
}
