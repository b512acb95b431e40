/**
 * What the schema cannot say about a verify block: its provider exists, its URL is on one of the
 * provider's hosts, every `${name}` it uses is the secret, a named group of the rule or a part,
 * parts point at real rules and compile. Run by the build for built-in rules and when a trusted
 * config's custom rule is about to be verified.
 */
import type { RuleSpec } from '../engine/types.js';
import { FUNCTION_NAMES } from './functions/index.js';
import { placeholders } from './template.js';
import type { AuthSpec, ProviderSpec, RequestSpec, VerifySpec } from './types.js';

export class VerifySpecProblem extends Error {}

function namedGroups(pattern: string): Set<string> {
  return new Set([...pattern.matchAll(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g)].map((m) => m[1]!));
}

function authTemplates(auth: AuthSpec | undefined): string[] {
  if (!auth || typeof auth === 'string') return auth === 'bearer' ? ['${secret}'] : [];
  if ('header' in auth) return [auth.value ?? '${secret}'];
  return [auth.basic.username, auth.basic.password];
}

function jsonStrings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(jsonStrings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(jsonStrings);
  return [];
}

/** Every template string of a request (URL, headers, auth, body), with the provider's. */
export function requestTemplates(request: RequestSpec, provider: ProviderSpec): string[] {
  return [
    request.url,
    ...Object.values(provider.headers ?? {}),
    ...Object.values(request.headers ?? {}),
    ...authTemplates(request.auth ?? provider.auth),
    ...jsonStrings(request.json),
    ...Object.values(request.form ?? {}),
    ...(request.body !== undefined ? [request.body] : []),
  ];
}

function checkRegex(source: string, what: string): void {
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch (e) {
    throw new VerifySpecProblem(`${what} is not a valid regex: ${(e as Error).message}`);
  }
  if (new RegExp(`${re.source}|`).exec('')!.length < 2) throw new VerifySpecProblem(`${what} needs a capture group`);
}

export function checkVerifySpec(
  spec: VerifySpec,
  rule: Pick<RuleSpec, 'id' | 'pattern'>,
  providers: Readonly<Record<string, ProviderSpec>>,
  ruleIds: ReadonlySet<string>,
): void {
  const provider = providers[spec.provider];
  if (!provider) throw new VerifySpecProblem(`verify.provider: no provider "${spec.provider}"`);
  const names = new Set(['secret', ...namedGroups(rule.pattern), ...Object.keys(spec.parts ?? {})]);
  for (const [name, part] of Object.entries(spec.parts ?? {})) {
    const kinds = [part.rule, part.pattern, part.fromSecret].filter((k) => k !== undefined).length;
    if (kinds !== 1)
      throw new VerifySpecProblem(`verify.parts.${name}: give exactly one of rule, pattern or fromSecret`);
    if (part.rule !== undefined && !ruleIds.has(part.rule))
      throw new VerifySpecProblem(`verify.parts.${name}.rule: no rule "${part.rule}"`);
    if (part.pattern !== undefined) checkRegex(part.pattern, `verify.parts.${name}.pattern`);
    if (part.fromSecret !== undefined) checkRegex(part.fromSecret, `verify.parts.${name}.fromSecret`);
  }
  if (spec.function !== undefined) {
    if (spec.request || spec.response)
      throw new VerifySpecProblem('verify: give either function, or request and response, not both');
    if (!FUNCTION_NAMES.includes(spec.function))
      throw new VerifySpecProblem(`verify.function: no verifier function "${spec.function}"`);
    return;
  }
  if (!spec.request || !spec.response) throw new VerifySpecProblem('verify needs request and response (or function)');
  const host = /^https:\/\/([^/?#]+)/.exec(spec.request.url)?.[1];
  if (!host || !provider.hosts.includes(host))
    throw new VerifySpecProblem(
      `verify.request.url: ${host ?? spec.request.url} is not one of ${spec.provider}'s hosts (${provider.hosts.join(', ')})`,
    );
  for (const t of requestTemplates(spec.request, provider)) {
    for (const name of placeholders(t)) {
      if (!names.has(name))
        throw new VerifySpecProblem(
          `verify: \${${name}} is neither the secret, a named group of the pattern nor a part`,
        );
    }
  }
}

/** The provider a trusted custom rule's verify block uses: a built-in one, or its URL's host. */
export function customProvider(
  spec: VerifySpec,
  providers: Readonly<Record<string, ProviderSpec>>,
): Record<string, ProviderSpec> {
  if (providers[spec.provider]) return { [spec.provider]: providers[spec.provider]! };
  const host = spec.request ? /^https:\/\/([^/?#:]+)/.exec(spec.request.url)?.[1] : undefined;
  if (!host) return {};
  return { [spec.provider]: { name: spec.provider, hosts: [host], docs: spec.docs ?? `https://${host}/` } };
}
