/**
 * The verify stage (source → engine → filters → verify → report): asks each distinct secret's
 * provider once whether it is live, and puts the answer on every finding that holds it. It only
 * runs when the user asked (`scan --verify`, `tokguard verify`); callers never start it for a
 * staged (pre-commit) scan.
 */
import { createHash } from 'node:crypto';
import type { RuleSpec } from '../engine/types.js';
import type { Finding, Verification } from '../report/finding.js';
import { loadBuiltinVerifiers } from './builtin.js';
import { checkVerifySpec, customProvider, VerifySpecProblem } from './check.js';
import type { EndpointMap } from './endpoints.js';
import { loadFunction } from './functions/index.js';
import { HttpClient, HttpFailure } from './http.js';
import { DEFAULT_LIMITS, HostLimiter, retryAfterMs, sleep } from './limiter.js';
import { findPart, ruleCaptures, SourceReader, type SourceContext } from './locate.js';
import { readAnswer, type Reading } from './response.js';
import { buildRequest, MissingValue, placeholders, UnsafeRequest, type Values } from './template.js';
import type { ProviderSpec, VerifySpec } from './types.js';
import { requestTemplates } from './check.js';

export interface VerifyOptions {
  /** The rules in effect (built-in and custom), for parts and captures. */
  rules: readonly RuleSpec[];
  /** Ids of rules defined by the config file (not built-in). */
  customRuleIds: ReadonlySet<string>;
  /** Use the `verify:` blocks of custom rules (the config is the user's own, or they trusted it). */
  trustCustomVerifiers: boolean;
  endpoints: EndpointMap;
  source: SourceContext;
  userAgent: string;
  /** Per request, including a 429's waits (default 10 s). */
  timeoutMs?: number;
  /** For the whole stage (default 120 s). */
  maxTimeMs?: number;
  /** The longest Retry-After that is waited for (default 30 s); longer means `unknown`. */
  maxRetryAfterMs?: number;
  /** Requests in flight across all hosts (default 8). */
  concurrency?: number;
}

export interface VerifySummary {
  /** Findings by status. */
  live: number;
  dead: number;
  unknown: number;
  /** Distinct credentials checked (one request each, more only after a 429). */
  checked: number;
  notes: string[];
}

interface Verifier {
  spec: VerifySpec;
  provider: ProviderSpec;
}

interface Job {
  verifier: Verifier;
  ruleId: string;
  values?: Values;
  /** Why no request can be made (a part is missing, a value is unsafe). */
  skip?: string;
  findings: Finding[];
}

const MAX_429_RETRIES = 2;

function statusRank(v: Verification | undefined): number {
  return v?.status === 'live' ? 3 : v?.status === 'dead' ? 2 : v ? 1 : 0;
}

class VerifyRun {
  private readonly rulesById: Map<string, RuleSpec>;
  private readonly verifiers = new Map<string, Verifier>();
  private readonly reader: SourceReader;
  private readonly client: HttpClient;
  private readonly limiters = new Map<string, HostLimiter>();
  private readonly deadline = new AbortController();
  private readonly timeoutMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly deadlineAt: number;
  readonly notes: string[] = [];
  checked = 0;

  constructor(private readonly options: VerifyOptions) {
    this.rulesById = new Map(options.rules.map((r) => [r.id, r]));
    this.reader = new SourceReader(options.source);
    this.client = new HttpClient({ endpoints: options.endpoints, userAgent: options.userAgent });
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.deadlineAt = Date.now() + (options.maxTimeMs ?? 120_000);
    this.loadVerifiers();
  }

  private loadVerifiers(): void {
    const builtin = loadBuiltinVerifiers();
    const ids = new Set(this.rulesById.keys());
    const ignored: string[] = [];
    for (const rule of this.options.rules) {
      if (this.options.customRuleIds.has(rule.id)) {
        if (rule.verify === undefined) continue;
        if (!this.options.trustCustomVerifiers) {
          ignored.push(rule.id);
          continue;
        }
        const spec = rule.verify as VerifySpec;
        const providers = customProvider(spec, builtin.providers);
        try {
          checkVerifySpec(spec, rule, providers, ids);
        } catch (e) {
          if (e instanceof VerifySpecProblem) {
            this.notes.push(`rule ${rule.id}: its verifier is not used: ${e.message}`);
            continue;
          }
          throw e;
        }
        this.verifiers.set(rule.id, { spec, provider: providers[spec.provider]! });
        continue;
      }
      const spec = builtin.verifiers[rule.id];
      if (spec) this.verifiers.set(rule.id, { spec, provider: builtin.providers[spec.provider]! });
    }
    if (ignored.length)
      this.notes.push(
        `ignored the verifier${ignored.length === 1 ? '' : 's'} of ${ignored.join(', ')}: defined in the scanned repository's own config, which could send secrets anywhere (pass --trust-repo-verifiers if you wrote it)`,
      );
  }

  hasVerifier(ruleId: string): boolean {
    return this.verifiers.has(ruleId);
  }

  /** Groups findings into one job per distinct credential. */
  async plan(findings: Finding[]): Promise<Job[]> {
    const jobs = new Map<string, Job>();
    for (const f of findings) {
      const verifier = this.verifiers.get(f.ruleId);
      if (!verifier) continue;
      const { values, skip } = await this.valuesFor(f, verifier);
      const key = skip
        ? `skip:${f.ruleId}:${f.secretHash}:${skip}`
        : createHash('sha256')
            .update(
              JSON.stringify([
                verifier.spec.provider,
                verifier.spec.function ?? `${verifier.spec.request!.method} ${verifier.spec.request!.url}`,
                [...new Set(Object.values(values!))].sort(),
              ]),
            )
            .digest('hex');
      const job = jobs.get(key);
      if (job) job.findings.push(f);
      else
        jobs.set(key, {
          verifier,
          ruleId: f.ruleId,
          ...(values ? { values } : {}),
          ...(skip ? { skip } : {}),
          findings: [f],
        });
    }
    return [...jobs.values()];
  }

  /** The secret, the rule's named captures and the parts, or why they cannot be had. */
  private async valuesFor(f: Finding, { spec, provider }: Verifier): Promise<{ values?: Values; skip?: string }> {
    const values: Record<string, string> = { secret: f.secret };
    const needed = new Set(spec.request ? requestTemplates(spec.request, provider).flatMap(placeholders) : []);
    const rule = this.rulesById.get(f.ruleId);
    const wantsCaptures =
      rule !== undefined &&
      /\(\?<(?!secret>)[A-Za-z]/.test(rule.pattern) &&
      (spec.function !== undefined || [...needed].some((n) => n !== 'secret' && !spec.parts?.[n]));
    let text: string | undefined;
    const needsText = wantsCaptures || Object.values(spec.parts ?? {}).some((p) => p.fromSecret === undefined);
    if (needsText) text = await this.reader.text(f);
    if (wantsCaptures && text !== undefined) Object.assign(values, ruleCaptures(rule, text, f.line, f.secret) ?? {});
    for (const [name, part] of Object.entries(spec.parts ?? {})) {
      if (values[name] !== undefined) continue;
      const v = findPart(part, this.rulesById, text, f.line, f.secret);
      if (v !== undefined) values[name] = v;
      else if (!part.optional) {
        const what = part.describe ?? name;
        return {
          skip:
            text === undefined && part.fromSecret === undefined
              ? `needs ${what}, and the text around the secret could not be read again`
              : `needs ${what} near the secret, and none was found`,
        };
      }
    }
    return { values };
  }

  private limiter(host: string, provider: ProviderSpec): HostLimiter {
    let l = this.limiters.get(host);
    if (!l) {
      l = new HostLimiter({
        concurrency: provider.limits?.concurrency ?? DEFAULT_LIMITS.concurrency,
        perSecond: provider.limits?.perSecond ?? DEFAULT_LIMITS.perSecond,
      });
      this.limiters.set(host, l);
    }
    return l;
  }

  async check(job: Job): Promise<Reading> {
    if (job.skip) return { status: 'unknown', detail: job.skip };
    if (Date.now() >= this.deadlineAt)
      return { status: 'unknown', detail: 'not checked: the run time limit was reached' };
    const { spec, provider } = job.verifier;
    try {
      if (spec.function) return await this.checkFunction(spec.function, provider, job.values!);
      return await this.checkRequest(spec, provider, job.values!);
    } catch (e) {
      if (e instanceof HttpFailure) {
        if (e.kind === 'refused')
          return { status: 'unknown', detail: `not sent: ${e.reason.replace(/^refused: /, '')}` };
        return { status: 'unknown', detail: e.reason };
      }
      if (e instanceof MissingValue) return { status: 'unknown', detail: `needs ${e.valueName}, which was not found` };
      if (e instanceof UnsafeRequest) return { status: 'unknown', detail: `not sent: ${e.message}` };
      throw e;
    }
  }

  private async checkFunction(name: string, provider: ProviderSpec, values: Values): Promise<Reading> {
    const fn = await loadFunction(name);
    if (!fn) return { status: 'unknown', detail: `no verifier function ${name}` };
    const host = provider.hosts[0]!;
    this.checked++;
    return this.limiter(host, provider).run(
      () =>
        fn({
          values,
          provider,
          endpoints: this.options.endpoints,
          timeoutMs: this.timeoutMs,
          signal: this.deadline.signal,
        }),
      this.deadline.signal,
    );
  }

  private async checkRequest(spec: VerifySpec, provider: ProviderSpec, values: Values): Promise<Reading> {
    const req = buildRequest(spec.request!, provider, values, this.options.userAgent);
    const limiter = this.limiter(req.url.hostname, provider);
    this.checked++;
    for (let attempt = 0; ; attempt++) {
      const answer = await limiter.run(
        () => this.client.send(req, this.timeoutMs, this.deadline.signal),
        this.deadline.signal,
      );
      if (answer.status !== 429) return readAnswer(answer, spec.response!);
      const wait = retryAfterMs(answer.headers['retry-after']) ?? 1000;
      const secs = Math.ceil(wait / 1000);
      if (wait > this.maxRetryAfterMs)
        return {
          status: 'unknown',
          detail: `rate limited (HTTP 429, Retry-After ${secs} s is longer than the wait allowed)`,
        };
      if (attempt >= MAX_429_RETRIES || Date.now() + wait >= this.deadlineAt)
        return { status: 'unknown', detail: `rate limited (HTTP 429, still after ${attempt + 1} tries)` };
      limiter.pause(Date.now() + wait);
      await sleep(wait, this.deadline.signal);
    }
  }

  startDeadline(): () => void {
    const timer = setTimeout(() => this.deadline.abort(), Math.max(0, this.deadlineAt - Date.now()));
    return () => {
      clearTimeout(timer);
      this.client.close();
    };
  }
}

async function runPool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Verifies `findings` in place: each gets `verification`. Findings of one secret share one
 * answer; a finding whose rule has no verifier takes the answer another rule got for the same
 * secret, or `unknown` (no verifier).
 */
export async function verifyFindings(findings: Finding[], options: VerifyOptions): Promise<VerifySummary> {
  const run = new VerifyRun(options);
  const stop = run.startDeadline();
  try {
    const jobs = await run.plan(findings);
    await runPool(jobs, options.concurrency ?? 8, async (job) => {
      const reading = await run.check(job);
      const v: Verification = { ...reading, checkedAt: new Date().toISOString() };
      for (const f of job.findings) if (statusRank(v) > statusRank(f.verification)) f.verification = v;
    });
  } finally {
    stop();
  }
  const bySecret = new Map<string, Verification>();
  for (const f of findings) {
    if (f.verification && statusRank(f.verification) > statusRank(bySecret.get(f.secretHash)))
      bySecret.set(f.secretHash, f.verification);
  }
  const now = new Date().toISOString();
  const summary: VerifySummary = { live: 0, dead: 0, unknown: 0, checked: run.checked, notes: run.notes };
  for (const f of findings) {
    const shared = bySecret.get(f.secretHash);
    if (!f.verification || (shared && shared.status !== 'unknown' && f.verification.status === 'unknown'))
      f.verification = shared ?? {
        status: 'unknown',
        detail: run.hasVerifier(f.ruleId) ? 'not checked' : `no verifier for rule ${f.ruleId}`,
        checkedAt: now,
      };
    summary[f.verification.status]++;
  }
  return summary;
}
