import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { BuiltinVerifyData } from './types.js';

/**
 * Built-in providers and verify blocks, compiled by scripts/compile-rules.mjs from rules/*.yaml
 * into a file of their own, so a scan that does not verify never reads them.
 */
export const BUILTIN_VERIFY_PATH = path.join(PACKAGE_ROOT, 'dist', 'builtin-verify.json');

let cached: BuiltinVerifyData | undefined;

export function loadBuiltinVerifiers(): BuiltinVerifyData {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_VERIFY_PATH, 'utf8');
    } catch {
      throw new Error(`built-in verifiers are missing (${BUILTIN_VERIFY_PATH}); run "npm run build"`);
    }
    cached = JSON.parse(text) as BuiltinVerifyData;
  }
  return cached;
}
