/**
 * The types of a gitleaks config's known keys. gitleaks itself refuses a config whose values
 * have the wrong type; an importer that skipped them instead would load `rules = 5` or
 * `useDefault = "yes"` as a config with no rules, and the scan would pass on anything.
 */
import { UserError } from '../errors.js';

type Kind = 'string' | 'boolean' | 'integer' | 'number' | 'strings' | 'table' | 'tables';

const ALLOWLIST: Record<string, Kind> = {
  description: 'string',
  regexTarget: 'string',
  regexes: 'strings',
  paths: 'strings',
  commits: 'strings',
  stopwords: 'strings',
  condition: 'string',
  targetRules: 'strings',
};
const EXTEND: Record<string, Kind> = { useDefault: 'boolean', path: 'string', url: 'string', disabledRules: 'strings' };
const RULE: Record<string, Kind> = {
  id: 'string',
  description: 'string',
  regex: 'string',
  secretGroup: 'integer',
  entropy: 'number',
  keywords: 'strings',
  path: 'string',
  tags: 'strings',
  allowlist: 'table',
  allowlists: 'tables',
  required: 'tables',
  skipReport: 'boolean',
};
const TOP: Record<string, Kind> = {
  title: 'string',
  description: 'string',
  minVersion: 'string',
  extend: 'table',
  rules: 'tables',
  allowlist: 'table',
  allowlists: 'tables',
};

const EXPECTED: Record<Kind, string> = {
  string: 'a string',
  boolean: 'true or false',
  integer: 'an integer',
  number: 'a number',
  strings: 'an array of strings',
  table: 'a table',
  tables: 'an array of tables',
};

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** What a TOML value is, in the words of the TOML spec. */
function tomlType(v: unknown): string {
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return 'an integer';
  if (typeof v === 'number') return 'a float';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a date';
  return 'a table';
}

function fits(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
    case 'number':
      return typeof v === 'number' || typeof v === 'bigint';
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'table':
      return isTable(v);
    case 'tables':
      return Array.isArray(v) && v.every(isTable);
  }
}

/** Throws a UserError at the first known key of `table` whose value has the wrong type. */
function checkTable(table: Record<string, unknown>, schema: Record<string, Kind>, where: string, file: string): void {
  for (const [key, kind] of Object.entries(schema)) {
    const v = table[key];
    if (v === undefined || fits(v, kind)) continue;
    const path = where ? `${where}.${key}` : key;
    const got = Array.isArray(v) && kind !== 'tables' && kind !== 'strings' ? 'an array' : tomlType(v);
    throw new UserError(`${file}: ${path}: expected ${EXPECTED[kind]}, got ${got}`);
  }
}

/**
 * Checks the types of every key the importer reads. Unknown keys are left to the importer,
 * which notes and ignores them (as gitleaks does).
 */
export function checkGitleaksTypes(data: Record<string, unknown>, file: string): void {
  checkTable(data, TOP, '', file);
  if (isTable(data.extend)) checkTable(data.extend, EXTEND, 'extend', file);
  const allowlists = (list: unknown, where: string): void => {
    if (isTable(list)) checkTable(list, ALLOWLIST, where, file);
  };
  allowlists(data.allowlist, 'allowlist');
  ((data.allowlists as unknown[] | undefined) ?? []).forEach((a, i) => allowlists(a, `allowlists[${i}]`));
  ((data.rules as unknown[] | undefined) ?? []).forEach((rule, i) => {
    const r = rule as Record<string, unknown>;
    const where = typeof r.id === 'string' ? `rules[${i}] (id ${r.id})` : `rules[${i}]`;
    checkTable(r, RULE, where, file);
    allowlists(r.allowlist, `${where}.allowlist`);
    ((r.allowlists as unknown[] | undefined) ?? []).forEach((a, j) => allowlists(a, `${where}.allowlists[${j}]`));
  });
}
