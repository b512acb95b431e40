/**
 * The built-in rules loaded as a scan loads them (every file of rules/, checked), and one engine
 * over them: the evidence class tests run real snippets through the whole rule set, so a rule
 * that takes a snippet from another shows up there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../src/engine/engine.js';
import type { Match, RuleSpec } from '../../src/engine/types.js';
import { checkRuleFile } from '../../src/rules/validate.js';

const dir = new URL('../../rules/', import.meta.url);

export const builtinRules: RuleSpec[] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((f) => checkRuleFile(parse(readFileSync(new URL(f, dir), 'utf8')), `rules/${f}`));

const engine = new Engine(builtinRules);

/** The matches of `text` (UTF-8 when a string) read as the file `path`. */
export function scan(text: string | Buffer, path: string): Match[] {
  return engine.scan(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { path });
}

/** The finding of `secret` (exactly that text) in `text` read as `path`: reported, not as an example. */
export function expectFound(text: string, path: string, secret: string, ruleId?: string): Match {
  const found = scan(text, path);
  const m = found.find((f) => f.secret === secret);
  expect(m, `${text} → ${JSON.stringify(found.map((f) => [f.ruleId, f.secret]))}`).toBeDefined();
  expect(m!.example).toBeUndefined();
  if (ruleId) expect(m!.ruleId).toBe(ruleId);
  return m!;
}

/** Nothing at all reported for `text` read as `path`. */
export function expectQuiet(text: string, path: string): void {
  expect(scan(text, path).map((m) => [m.ruleId, m.secret])).toEqual([]);
}
