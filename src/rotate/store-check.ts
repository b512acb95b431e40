/**
 * The store preflight: before anything changes, the store's current value must hold the leaked
 * secret under the names the rotation will write (an env name, or `store.key`). Values are
 * compared by hash and never printed. A store pointing at another application's secret is the
 * mistake this catches: writing there would break that application and leave the real
 * consumers on the dead key.
 */
import { hashSecret } from '../report/finding.js';
import { RemoteError } from './adapters/remote.js';
import type { StoreExpectation } from './types.js';

export interface HeldCheck {
  /** Names that hold the leaked value. */
  held: string[];
  /** Names absent from the current value (filled in only with --store-mismatch=add). */
  absent: string[];
}

/**
 * Checks `current` (name → value, `undefined` when the name is absent) against what preflight
 * expects. `where` names the store and version for the one-line error.
 */
export function checkStoreHolds(
  where: string,
  current: Record<string, string | undefined>,
  expect: StoreExpectation,
): HeldCheck {
  const held: string[] = [];
  const absent: string[] = [];
  for (const [name, hash] of Object.entries(expect.hashes)) {
    const value = current[name];
    if (value === undefined || value === '') absent.push(name);
    else if (hashSecret(value) === hash) held.push(name);
    else
      throw new RemoteError(
        `${where} holds another value under ${name}, not the leaked one (compared by hash); is this the store the leaked credential's consumers read? Fix the store in rotation.targets`,
      );
  }
  if (absent.length && expect.mismatch !== 'add') {
    throw new RemoteError(
      `${where} has no ${absent.join(', ')}, so it does not hold the leaked value; fix the store in rotation.targets, or run again with --store-mismatch=add to write the new value there anyway`,
    );
  }
  return { held, absent };
}

/** One line for the plan: what the store holds now. */
export function heldFact(
  where: string,
  check: HeldCheck,
  absentNote = 'added because of --store-mismatch=add',
): string {
  const parts: string[] = [];
  if (check.held.length) parts.push(`holds the leaked ${check.held.join(', ')} (hash match)`);
  if (check.absent.length) parts.push(`has no ${check.absent.join(', ')} yet (${absentNote})`);
  return `${where} ${parts.join('; ') || 'was not checked (nothing to compare)'}`;
}
