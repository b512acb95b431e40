/**
 * What `tokguard rules --format json` says about a rule's verifier: its provider, the hosts its
 * secret may go to, the request (without any secret) or function, and the docs it follows.
 */
import type { RuleSpec } from '../engine/types.js';
import { loadBuiltinVerifiers } from './builtin.js';
import { customProvider } from './check.js';
import type { VerifySpec } from './types.js';

export interface VerifierDescription {
  provider: string;
  providerName: string;
  hosts: string[];
  docs?: string;
  request?: { method: string; url: string };
  function?: string;
  parts?: string[];
  /** Custom rules only: their verifier runs only when the config is trusted. */
  custom?: true;
}

export function describeVerifier(rule: RuleSpec, configFile: string | undefined): VerifierDescription | null {
  const data = loadBuiltinVerifiers();
  const custom = configFile !== undefined && rule.source === configFile;
  const spec = custom ? (rule.verify as VerifySpec | undefined) : data.verifiers[rule.id];
  if (!spec) return null;
  const provider = custom ? customProvider(spec, data.providers)[spec.provider] : data.providers[spec.provider];
  return {
    provider: spec.provider,
    providerName: provider?.name ?? spec.provider,
    hosts: provider?.hosts ?? [],
    ...(spec.docs ? { docs: spec.docs } : {}),
    ...(spec.request ? { request: { method: spec.request.method, url: spec.request.url } } : {}),
    ...(spec.function ? { function: spec.function } : {}),
    ...(spec.parts ? { parts: Object.keys(spec.parts) } : {}),
    ...(custom ? { custom: true as const } : {}),
  };
}
