import { afterAll, beforeAll } from 'vitest';
import { makeIssuer } from '../../../src/rotate/adapters/index.js';
import type { IssuerConfig } from '../../../src/rotate/config.js';
import { IssuerSteps } from '../../../src/rotate/issuer-steps.js';
import type { Ids, Parts, UnitContext } from '../../../src/rotate/types.js';
import { PROVIDER_FAKES } from '../../servers/providers/index.js';
import { startFakes, type ProviderFake } from '../../servers/provider-fake.js';

/**
 * Starts every provider fake for the file and points TOKGUARD_ENDPOINTS at them, so the issuers
 * (which run in this process) reach nothing but loopback.
 */
export function useFakes(): { fake: (provider: string) => ProviderFake } {
  let fakes = new Map<string, ProviderFake>();
  const saved = process.env.TOKGUARD_ENDPOINTS;
  beforeAll(async () => {
    const started = await startFakes(Object.values(PROVIDER_FAKES));
    fakes = new Map(started.fakes.map((f) => [f.spec.provider, f]));
    process.env.TOKGUARD_ENDPOINTS = started.env;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.TOKGUARD_ENDPOINTS;
    else process.env.TOKGUARD_ENDPOINTS = saved;
    await Promise.all([...fakes.values()].map((f) => f.stop()));
  });
  return {
    fake: (provider) => {
      const f = fakes.get(provider);
      if (!f) throw new Error(`no fake for ${provider}`);
      f.requests.length = 0;
      return f;
    },
  };
}

export function issuer(type: string, extra: Record<string, unknown> = {}): IssuerSteps {
  return new IssuerSteps(makeIssuer({ type, timeoutMs: 2000, ...extra } as unknown as IssuerConfig));
}

/** A unit context as the executor builds one; `answers` are what the operator types, in order. */
export function context(
  old: string | undefined,
  answers: string[] = [],
  state: Ids = {},
): UnitContext & { logged: string[] } {
  const logged: string[] = [];
  return {
    rotationId: 'rot-test',
    unitId: 'u1',
    root: '/nonexistent',
    state,
    oldParts: old === undefined ? {} : { value: old },
    prompt: async () => answers.shift() ?? '',
    log: (l) => logged.push(l),
    wait: () => ({ retry() {}, done() {} }),
    logged,
  };
}

/** Runs a step and merges the ids it returns into the context's state, as the journal does. */
export async function run<T extends { ids?: Ids }>(ctx: UnitContext, p: Promise<T>): Promise<T> {
  const r = await p;
  if (r.ids) Object.assign(ctx.state, r.ids);
  return r;
}

export function routes(f: ProviderFake): string[] {
  return f.requests.map((r) => r.route ?? `UNDOCUMENTED ${r.method} ${r.path}`);
}

export type { Parts };
