/**
 * `--shard K/N`: one of N deterministic slices of a scan. History is split by blob id, the
 * working tree by path, so every shard of every run agrees on who owns what, and the N shards'
 * findings together are the unsharded scan's (`tokguard merge` folds them; see docs/scaling.md).
 * `--shard auto` takes K and N from the CI engine running the job.
 */
import { crc32 } from 'node:zlib';
import { UserError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

const MAX_SHARDS = 10_000;

/** Reads `K/N` (1 ≤ K ≤ N), or `auto` from the environment (`total`: `--shard-total`, if given). */
export function parseShard(spec: string, env: NodeJS.ProcessEnv, total?: string): Shard {
  if (spec === 'auto') return autoShard(env, total);
  if (total !== undefined) throw new UserError('--shard-total goes with --shard auto');
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  if (!m) throw new UserError(`--shard: expected K/N (for example 2/4) or auto, got "${spec}"`);
  return checked(Number(m[1]), Number(m[2]), '--shard');
}

function checked(index: number, total: number, where: string): Shard {
  if (!Number.isInteger(total) || total < 1 || total > MAX_SHARDS)
    throw new UserError(`${where}: the number of shards must be from 1 to ${MAX_SHARDS}, got ${total}`);
  if (!Number.isInteger(index) || index < 1 || index > total)
    throw new UserError(`${where}: shard ${index} is not one of 1..${total}`);
  return { index, total };
}

function whole(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UserError(`--shard auto: ${name} is not a whole number: "${value}"`);
  return Number(value.trim());
}

/**
 * GitLab `parallel:` sets CI_NODE_INDEX (1-based) and CI_NODE_TOTAL. A Kubernetes Indexed Job
 * sets JOB_COMPLETION_INDEX (0-based) but not the count, which comes from `--shard-total` or
 * TOKGUARD_SHARD_TOTAL. GitHub Actions has no such variables in the job's environment: a matrix
 * passes `--shard ${{ matrix.shard }}/N` itself.
 */
function autoShard(env: NodeJS.ProcessEnv, flagTotal?: string): Shard {
  if (env.CI_NODE_INDEX !== undefined && env.CI_NODE_TOTAL !== undefined)
    return checked(
      whole('CI_NODE_INDEX', env.CI_NODE_INDEX),
      whole('CI_NODE_TOTAL', env.CI_NODE_TOTAL),
      '--shard auto (GitLab CI_NODE_INDEX/CI_NODE_TOTAL)',
    );
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const total = flagTotal ?? env.TOKGUARD_SHARD_TOTAL;
    if (total === undefined)
      throw new UserError(
        '--shard auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but not the number of shards: pass --shard-total N or set TOKGUARD_SHARD_TOTAL',
      );
    return checked(
      whole('JOB_COMPLETION_INDEX', env.JOB_COMPLETION_INDEX) + 1,
      whole('the shard total', total),
      '--shard auto (Kubernetes JOB_COMPLETION_INDEX)',
    );
  }
  throw new UserError(
    '--shard auto: found neither CI_NODE_INDEX/CI_NODE_TOTAL (GitLab parallel:) nor JOB_COMPLETION_INDEX (Kubernetes Indexed Job); pass --shard K/N',
  );
}

/** The shard (1-based) a blob belongs to: its id is already uniformly distributed. */
export function shardOfObject(oid: string, total: number): number {
  return (Number.parseInt(oid.slice(0, 8), 16) % total) + 1;
}

/** The shard (1-based) a repository-relative path belongs to. */
export function shardOfPath(path: string, total: number): number {
  return (crc32(path) % total) + 1;
}

export function objectInShard(shard: Shard): (oid: string) => boolean {
  return (oid) => shardOfObject(oid, shard.total) === shard.index;
}

export function pathInShard(shard: Shard): (path: string) => boolean {
  return (p) => shardOfPath(p, shard.total) === shard.index;
}
