/**
 * Issue 10, standing suite: property test of the config loader (src/config). A repository's
 * `.tokguard.yaml` is input from whoever can open a pull request, so no config may crash a scan:
 * random YAML text (anchors, tags, flow and block styles, broken indentation) and random
 * documents shaped like a config (the real keys, values of every type) either load, or fail with
 * one line that names the file, exit code 2, and no stack trace.
 *
 * Regexes are drawn from a fixed list that holds invalid and unsupported ones but no
 * catastrophic ones: patterns that backtrack are issue 10 item 10 (and its own tests).
 *
 * Seeded and bounded: TOKGUARD_PROPERTY_SEED and TOKGUARD_PROPERTY_RUNS (a multiplier, default 1).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadEffectiveConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';
import { printable } from '../../src/report/terminal.js';
import { tempDir } from '../helpers/cleanup.js';

const SEED = Number(process.env.TOKGUARD_PROPERTY_SEED ?? 1010);
const SCALE = Number(process.env.TOKGUARD_PROPERTY_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

const KEYS = ['extends', 'rules', 'disable', 'override', 'allowlist', 'scan', 'rotation', 'verify'];
const RULE_KEYS = [
  'id',
  'regex',
  'keywords',
  'severity',
  'entropy',
  'examples',
  'counterExamples',
  'secretGroup',
  'validate',
  'tags',
  'description',
  'references',
  'allowlist',
  'verify',
  'name',
  'context',
  'caseInsensitive',
];
const LIST_KEYS = ['paths', 'pathRegexes', 'secrets', 'lines', 'stopwords', 'commits', 'include', 'exclude'];
const SCAN_KEYS = ['maxFileSize', 'include', 'exclude', 'failOn', 'threads', 'gitignore', 'baseline'];
const REGEXES = [
  'ghp_[A-Za-z0-9]{36}',
  'AKIA[0-9A-Z]{16}',
  '(',
  '[z-a]',
  'a{2,1}',
  '(?<n>x)\\k<n>',
  '(?=x)y',
  '(?<!a)b',
  '\\p{L}+',
  '',
  '.*',
  'x|',
  '[[:alpha:]]',
  '(?i)key',
  '\\',
];
const STRINGS = [
  '',
  'x',
  'none',
  'default',
  'high',
  'critical',
  '10MB',
  '-1',
  '1e999',
  '**',
  '../../etc/passwd',
  '\x1b[2J',
  '\n',
  'aws-access-key-id',
  'github-pat-classic',
  '__proto__',
  'constructor',
];

const scalar = fc.oneof(
  fc.constantFrom(...STRINGS, ...REGEXES),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
/** Any value, nested a little: what a wrong type in any place looks like. */
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('any'), { maxLength: 4 }),
  map: fc.dictionary(fc.constantFrom(...KEYS, ...RULE_KEYS, ...LIST_KEYS, ...SCAN_KEYS, 'x'), tie('any'), {
    maxKeys: 4,
  }),
})).any;

const rule = fc.dictionary(
  fc.constantFrom(...RULE_KEYS),
  fc.oneof(value, fc.constantFrom(...REGEXES), fc.array(fc.constantFrom(...STRINGS, ...REGEXES), { maxLength: 3 })),
  { maxKeys: 8 },
);
const allowlist = fc.dictionary(
  fc.constantFrom(...LIST_KEYS, 'description'),
  fc.oneof(value, fc.array(fc.constantFrom(...REGEXES, ...STRINGS), { maxLength: 3 })),
  { maxKeys: 4 },
);

/** Documents shaped like a config: the real keys, values of any type. */
const shapedDocument = fc.record(
  {
    extends: fc.oneof(fc.constantFrom('default', 'none'), value),
    rules: fc.oneof(fc.array(rule, { maxLength: 3 }), value),
    disable: fc.oneof(fc.array(fc.constantFrom(...STRINGS), { maxLength: 3 }), value),
    override: fc.oneof(fc.dictionary(fc.constantFrom(...STRINGS), fc.oneof(rule, value), { maxKeys: 2 }), value),
    allowlist: fc.oneof(allowlist, value),
    scan: fc.oneof(fc.dictionary(fc.constantFrom(...SCAN_KEYS), value, { maxKeys: 4 }), value),
    rotation: value,
  },
  { requiredKeys: [] },
);

/** The fixture that uses every section of the config, which loads as it is. */
const FULL = parse(
  readFileSync(new URL('../../fixtures/config/full.tokguard.yaml', import.meta.url), 'utf8'),
) as unknown;

/** Every path to a value in `v`: keys and array indices. */
function pathsOf(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return [at, ...entries.flatMap(([k, x]) => pathsOf(x, [...at, k]))];
}

function mutate(doc: unknown, path: (string | number)[], to: unknown, remove: boolean): unknown {
  if (path.length === 0) return remove ? {} : to;
  const copy = structuredClone(doc);
  let parent: unknown = copy;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[k];
  // An earlier mutation replaced or removed a parent: this one has nothing left to change.
  if (parent === null || typeof parent !== 'object') return doc;
  const last = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (remove) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = to;
  return copy;
}

/** The full config with a few values replaced (any type, bad regexes, hostile strings) or removed. */
const mutatedFull = fc
  .array(fc.record({ path: fc.constantFrom(...pathsOf(FULL)), to: value, remove: fc.boolean() }), {
    minLength: 0,
    maxLength: 3,
  })
  .map((ms) => ms.reduce((doc, m) => mutate(doc, m.path, m.to, m.remove), FULL));

const configDocument = fc.oneof({ arbitrary: mutatedFull, weight: 3 }, { arbitrary: shapedDocument, weight: 1 });

/** YAML as text: the syntax that trips parsers, with config keys in it. */
const YAML_TOKENS = [
  ...KEYS.map((k) => `${k}:`),
  ...RULE_KEYS.map((k) => `${k}: `),
  ...['\n', '\n  ', '\n    ', '\n- ', '- ', ' ', '\t', ': ', '? ', ',', '{', '}', '[', ']', '"', "'", '|', '>-', '#'],
  ...[
    '&a ',
    '*a',
    '&b ',
    '*b',
    '<<: *a',
    '!!str ',
    '!!int ',
    '!!binary ',
    '!!js/function ',
    '!custom ',
    '!!set ',
    '!!omap ',
  ],
  ...['---\n', '...\n', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '~', 'null', 'true', 'yes', '0x1F', '.inf', '1e400'],
  ...REGEXES,
  ...STRINGS,
  '\uFEFF',
  '\u0000',
];
const yamlText = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 50 }).map((t) => t.join(''));

/** Loads `text` as a repository's config: resolves, or must fail as a one-line user error. */
async function loadOrRefuse(root: string, text: string): Promise<'loaded' | 'refused'> {
  const file = path.join(root, '.tokguard.yaml');
  writeFileSync(file, text);
  try {
    const eff = await loadEffectiveConfig({ root, config: file });
    expect(Array.isArray(eff.rules)).toBe(true);
    return 'loaded';
  } catch (e) {
    // Anything but a UserError is the "internal error ... report a bug" path.
    if (!(e instanceof UserError))
      throw new Error(`crash on ${JSON.stringify(text)}: ${(e as Error).stack}`, { cause: e });
    expect(e.exitCode).toBe(2);
    // As the CLI prints it (main.ts escapes control characters): one line.
    expect(printable(e.message)).not.toContain('\n');
    expect(e.message.startsWith(`${file}:`) || e.message.startsWith(`${file} `), e.message).toBe(true);
    return 'refused';
  }
}

function repo(): string {
  const root = tempDir('tokguard-config-property-');
  mkdirSync(path.join(root, '.git'));
  return root;
}

describe('the config loader (property)', () => {
  it('random config-shaped documents load or fail in one line', async () => {
    const root = repo();
    const seen = { loaded: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(configDocument, async (doc) => {
        seen[await loadOrRefuse(root, stringify(doc))]++;
      }),
      { seed: SEED, numRuns: runs(300) },
    );
    // Both outcomes are reached, or the generator says little.
    expect(seen.loaded).toBeGreaterThan(runs(300) / 10);
    expect(seen.refused).toBeGreaterThan(runs(300) / 10);
  }, 120_000);

  it('random YAML text loads or fails in one line', async () => {
    const root = repo();
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        await loadOrRefuse(root, text);
      }),
      { seed: SEED, numRuns: runs(500) },
    );
  }, 120_000);
});
