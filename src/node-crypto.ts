import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

/**
 * node:crypto, loaded on first use. Loading it costs the pre-commit hook about 5 ms, and most
 * commits never need it: secrets are hashed only once found, and the checksum validators run
 * only on candidates a rule's pattern matched.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
