/**
 * Issue 11: provider rules that list the words of a key's name join them with `{{join}}` (or
 * `{{codeJoin}}` after a provider name that is a common word), not a hand-spelled `[_.-]?` or
 * `[_-]?`, so
 * `Acme API key: …`, `Acme:ApiKey` (appsettings.json), `ACME__API_KEY` (.NET environment) and
 * `$cfg['acme']['api_key']` are names too. These tests keep it that way after merges.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../src/engine/engine.js';
import { PATTERN_FRAGMENTS } from '../../src/engine/fragments.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { checkRuleFile } from '../../src/rules/validate.js';
import { COMMON_WORD, JOINT_KEEP, rewrite, rewritePattern } from '../../scripts/codemod-join.mjs';

const dir = new URL('../../rules/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const texts = files.map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') }));
const written: RuleSpec[] = texts.flatMap(({ text }) => (parse(text) as { rules: RuleSpec[] }).rules);
const loaded: RuleSpec[] = texts.flatMap(({ file, text }) => checkRuleFile(parse(text), `rules/${file}`));
const byId = new Map(written.map((r) => [r.id, r]));

describe('the hand-spelled name joint', () => {
  it('is gone from the name part of every rule that uses {{assign}} (run node scripts/codemod-join.mjs)', () => {
    expect(texts.filter(({ text }) => rewrite(text) !== text).map(({ file }) => file)).toEqual([]);
  });

  it('stays only in the rules JOINT_KEEP lists, each a rule that still spells it', () => {
    for (const id of Object.keys(JOINT_KEEP)) expect(byId.get(id)?.pattern, id).toContain('[_.-]?');
  });

  it('is what the codemod replaces: a name joint, not one inside the provider name, nor after {{assign}}', () => {
    expect(rewritePattern('acme-api-key', 'acme[_.-]?(?:api[_.-]?)?key{{assign}}([a-z]{4}[_.-]?[0-9]{4})')).toBe(
      'acme{{join}}(?:api{{join}})?key{{assign}}([a-z]{4}[_.-]?[0-9]{4})',
    );
    expect(rewritePattern('acme-api-key', '(?:acme[_.-]?cloud)[_.-]?[_.-]?token{{assign}}(x)')).toBe(
      '(?:acme[_.-]?cloud){{join}}token{{assign}}(x)',
    );
    expect(rewritePattern('acme-api-key', 'acme[_.-]?{{qualifiers}}key{{assign}}(x)')).toBe(
      'acme{{qualifiers}}key{{assign}}(x)',
    );
    expect(rewritePattern('box-api-token', 'box[_.-]?(?:api[_.-]?)?token{{assign}}(x)')).toBe(
      'box{{codeJoin}}(?:api{{join}})?token{{assign}}(x)',
    );
    // `[_-]?` is the same joint without the `.` of `acme.api.key`; inside a name it stays, as
    // does the `api` that ends a brand's name (FlightAPI, ScreenshotAPI).
    expect(rewritePattern('acme-api-key', 'acme[_-]?(?:api[_-]?)?key{{assign}}([a-z]{4}[_-]?[0-9]{4})')).toBe(
      'acme{{join}}(?:api{{join}})?key{{assign}}([a-z]{4}[_-]?[0-9]{4})',
    );
    expect(rewritePattern('acme-api-key', 'acme(?:[_-]?cloud)?{{qualifiers}}(?:client[_-]?)?secret{{assign}}(x)')).toBe(
      'acme(?:{{join}}cloud)?{{qualifiers}}(?:client{{join}})?secret{{assign}}(x)',
    );
    expect(rewritePattern('acme-api-key', '(?:acme[_-]?cloud|sports?[_-]?monks?){{qualifiers}}key{{assign}}(x)')).toBe(
      '(?:acme[_-]?cloud|sports?[_-]?monks?){{qualifiers}}key{{assign}}(x)',
    );
    expect(rewritePattern('acme-api-key', '(?:flight[_-]?api|fx(?:[_-]?api)?){{qualifiers}}key{{assign}}(x)')).toBe(
      '(?:flight[_-]?api|fx(?:[_-]?api)?){{qualifiers}}key{{assign}}(x)',
    );
    const kept = Object.keys(JOINT_KEEP)[0]!;
    expect(rewritePattern(kept, 'acme[_.-]?key{{assign}}(x)')).toBe('acme[_.-]?key{{assign}}(x)');
  });
});

describe('{{join}} and {{codeJoin}}', () => {
  const name = (fragment: string) =>
    new RegExp(`^acme${PATTERN_FRAGMENTS[fragment]!}api${PATTERN_FRAGMENTS[fragment]!}key$`, 'i');

  it('join the words as code, config and notes write them', () => {
    for (const n of ['acme_api_key', 'ACME-API-KEY', 'acme.api.key', 'AcmeApiKey', 'Acme:ApiKey', 'ACME__API__KEY'])
      for (const f of ['join', 'codeJoin']) expect(name(f).test(n), `${f} ${n}`).toBe(true);
    expect(name('join').test('acme api key')).toBe(true);
    expect(name('join').test('Acme\tAPI\tkey')).toBe(true);
  });

  it('take one joint at most, and {{codeJoin}} no space', () => {
    for (const n of ['acme  api key', 'acme\napi key', 'acme, api key']) expect(name('join').test(n), n).toBe(false);
    for (const n of ['acme api key', 'acme\tapi_key']) expect(name('codeJoin').test(n), n).toBe(false);
  });
});

describe('names once joined by [_-]?', () => {
  const engine = new Engine(loaded);
  const finds = (id: string, line: string) => engine.scan(Buffer.from(line, 'utf8')).some((m) => m.ruleId === id);

  it('are found as notes, properties and .NET settings write them', () => {
    const cases: [string, string][] = [
      ['pivotal-tracker-api-token', 'Pivotal Tracker API token: 6e7d2b9c41f0a8e35d1c7b20f94a6e8d'],
      ['haveibeenpwned-api-key', 'hibp.api.key=0b6f415b94d2f3bcf9ad8133491dcce5'],
      ['prospect-crm-api-key', 'ProspectCrm:ApiKey=fox1zsvibna8xk07k00vt9dgledjp0pd'],
    ];
    for (const [id, line] of cases) expect(finds(id, line), line).toBe(true);
  });
});

describe('rules whose provider name is a common word', () => {
  const engine = new Engine(loaded);
  const fires = (id: string, line: string) => engine.scan(Buffer.from(line, 'utf8')).some((m) => m.ruleId === id);

  it('list rules that exist, name the word and use {{codeJoin}}', () => {
    for (const [id, word] of Object.entries(COMMON_WORD)) {
      const pattern = byId.get(id)?.pattern;
      expect(pattern, id).toBeDefined();
      expect(pattern?.toLowerCase(), id).toContain(word);
      expect(pattern, id).toContain('{{codeJoin}}');
    }
  });

  it('do not take the word and a space as a name: "box api key" is prose', () => {
    for (const [id, word] of Object.entries(COMMON_WORD)) {
      const rule = loaded.find((r) => r.id === id)!;
      const tokens = rule.examples.flatMap((e) =>
        engine
          .scan(Buffer.from(e, 'utf8'))
          .filter((m) => m.ruleId === id)
          .map((m) => m.secret),
      );
      expect(tokens.length, id).toBeGreaterThan(0);
      const token = tokens[0]!;
      for (const credential of ['key', 'api key', 'token', 'access token', 'secret', 'secret key', 'api secret'])
        for (const prose of [`${word} ${credential}: ${token}`, `Use the ${word} ${credential} ${token}`])
          expect(fires(id, prose), prose).toBe(false);
    }
  });
});
