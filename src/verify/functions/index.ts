/**
 * Checks that need code, by the name a verify block gives in `function:`. Each is loaded only
 * when a finding needs it (the AWS SDK is heavy).
 */
import type { EndpointMap } from '../endpoints.js';
import type { Reading } from '../response.js';
import type { Values } from '../template.js';
import type { ProviderSpec } from '../types.js';

export interface FunctionInput {
  /** The secret, the rule's named captures and the parts found near it. */
  values: Values;
  provider: ProviderSpec;
  endpoints: EndpointMap;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Answers like a data verifier; throws HttpFailure for network trouble, RateLimited for 429s. */
export type VerifyFunction = (input: FunctionInput) => Promise<Reading>;

const FUNCTIONS: Record<string, () => Promise<VerifyFunction>> = {
  'aws-sts-get-caller-identity': async () => (await import('./aws-sts.js')).getCallerIdentity,
};

export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

export async function loadFunction(name: string): Promise<VerifyFunction | undefined> {
  return FUNCTIONS[name]?.();
}
