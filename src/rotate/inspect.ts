/**
 * The read-only preflight behind `rotate --plan`: the same checks `--execute` runs before its
 * first change (who owns the key, the store's ARN, versions and current value by hash, that
 * each file can be rewritten), reported as facts for the plan. Writes nothing, not even the
 * audit log.
 */
import { UserError } from '../errors.js';
import { IssuerSteps } from './issuer-steps.js';
import { makeIssuer, makeStore } from './adapters/index.js';
import { expectationFor, rewritesFor, type PlanAdapters, type PlannedUnit, type UnitInspection } from './planner.js';
import type { StoreExpectation, UnitContext } from './types.js';
import { secrets } from './types.js';

export function planAdapters(root: string, units: PlannedUnit[]): Map<string, PlanAdapters> {
  return new Map(
    units.map((u) => [
      u.id,
      { issuer: new IssuerSteps(makeIssuer(u.target.issuer)), store: makeStore(u.target.store, root) },
    ]),
  );
}

export async function inspectUnits(
  root: string,
  units: PlannedUnit[],
  adapters: Map<string, PlanAdapters>,
  mismatch: StoreExpectation['mismatch'],
): Promise<Map<string, UnitInspection>> {
  const out = new Map<string, UnitInspection>();
  for (const u of units) {
    const a = adapters.get(u.id)!;
    const ctx: UnitContext = {
      rotationId: '(plan)',
      unitId: u.id,
      root,
      state: {},
      oldParts: u.oldParts,
      prompt: async () => {
        throw new UserError('the plan asks nothing');
      },
      log: () => {},
      wait: () => ({ retry() {}, done() {} }),
    };
    const facts: string[] = [];
    // An issuer and a store on the same service both name its endpoint: say it once.
    const add = (more: string[] = []) => facts.push(...more.filter((f) => !facts.includes(f)));
    try {
      const i = await a.issuer.preflight(ctx);
      Object.assign(ctx.state, i.ids);
      add(i.facts);
      const s = await a.store.preflight(ctx, expectationFor(u, mismatch));
      add(s.facts);
      rewritesFor(root, u);
      out.set(u.id, { facts });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      out.set(u.id, { facts, error: secrets.scrub(err.message) });
    }
  }
  return out;
}
