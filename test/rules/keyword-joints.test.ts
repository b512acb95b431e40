/**
 * Issue 11: a rule runs only where one of its keywords occurs, so a rule whose pattern takes
 * `Acme API key`, `Acme:ApiKey` or `ACME__API_KEY` (through `{{join}}`) needs a keyword that
 * occurs in those spellings too, not only `acme_api_key`. scripts/keyword-joints.mjs lists the
 * rules whose keywords miss a spelling their pattern accepts; this keeps that list empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../src/engine/engine.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { checkRuleFile } from '../../src/rules/validate.js';
import { keywordJointGaps } from '../../scripts/keyword-joints.mjs';

const dir = new URL('../../rules/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => ({ file: f, data: parse(readFileSync(new URL(f, dir), 'utf8')) as { rules: RuleSpec[] } }));
const written: RuleSpec[] = texts.flatMap(({ data }) => data.rules);
const loaded: RuleSpec[] = texts.flatMap(({ file, data }) => checkRuleFile(data, `rules/${file}`));
const engine = new Engine(loaded);

describe('keywords of rules whose names take a spaced, : or __ joint', () => {
  it('occur in every spelling of an example name that the rule pattern accepts', () => {
    expect(keywordJointGaps(written, loaded, engine)).toEqual([]);
  }, 120_000);

  it('let the names people write in notes, appsettings and .NET environments reach the pattern', () => {
    const uuid = '48eedc69-5e8b-44d7-ac8f-19e06b4161da';
    const cases: [string, string][] = [
      ['exa-api-key', `Exa:ApiKey=${uuid}`],
      ['exa-api-key', `EXA__API_KEY=${uuid}`],
      ['datadog-api-key', 'DD API KEY: 230d4a71a7e5f381ff510426fa386f85'],
      ['azure-openai-api-key', 'Azure OpenAI API key: 39a42b8c9836f776fbcde1a5d4bb5d18'],
      ['wiz-client-secret', 'Wiz:ClientSecret=bIiIA8JaT6b6MNUszND3YqrZzUt9cTiHYBre9WX7gq9xRwUHxsKyuADoaKOkGpjg'],
      ['adafruit-io-key-legacy', 'AIO_KEY = "67c8cbd94e69e12421eadafba914022f"'],
    ];
    for (const [id, line] of cases)
      expect(
        engine.scan(Buffer.from(line, 'utf8')).some((m) => m.ruleId === id),
        line,
      ).toBe(true);
  });
});
