#!/usr/bin/env node
// Prints fake credentials from the test helper (test/helpers/fake-keys.ts): right format, valid
// checksum where the format has one, never real. For rule examples and manual checks.
//
//   node scripts/fake-key.mjs --list            the kinds it can make
//   node scripts/fake-key.mjs github            one GitHub classic token (ghp_…, valid CRC32)
//   node scripts/fake-key.mjs github 3 my-seed  three, from another seed (same seed, same keys)
//
// The helper is TypeScript; rolldown (a dev dependency, already used by the build) compiles it
// and what it imports from src/ on the fly, so there is one generator for tests and this script.
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const HELPER = fileURLToPath(new URL('../test/helpers/fake-keys.ts', import.meta.url));

/** The FakeKeys class of test/helpers/fake-keys.ts. */
export async function loadFakeKeys() {
  const { output } = await build({ input: HELPER, platform: 'node', write: false, logLevel: 'warn' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
  return mod.FakeKeys;
}

/** Method names that make a key (everything but the raw character helper). */
export function kindsOf(FakeKeys) {
  return Object.getOwnPropertyNames(FakeKeys.prototype)
    .filter((n) => n !== 'constructor' && n !== 'chars')
    .sort();
}

async function main(argv) {
  const FakeKeys = await loadFakeKeys();
  const kinds = kindsOf(FakeKeys);
  const [kind, countText = '1', seed = `fake-key-${process.pid}-${Date.now()}`] = argv;
  if (!kind) {
    process.stderr.write(`usage: node scripts/fake-key.mjs KIND [COUNT] [SEED]; kinds: ${kinds.join(', ')}\n`);
    return 2;
  }
  if (kind === '--list' || kind === '-h' || kind === '--help') {
    process.stdout.write(`${kinds.join('\n')}\n`);
    return 0;
  }
  if (!kinds.includes(kind)) {
    process.stderr.write(`fake-key: unknown kind "${kind}"; one of: ${kinds.join(', ')}\n`);
    return 2;
  }
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write(`fake-key: count must be a positive integer, not "${countText}"\n`);
    return 2;
  }
  const keys = new FakeKeys(seed);
  for (let i = 0; i < count; i++) process.stdout.write(`${keys[kind]()}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
