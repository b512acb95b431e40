import { describe, expect, it } from 'vitest';
import { canonicalLines, classify, parseMiss, valueCandidates } from '../../scripts/realworld/miss-causes.mjs';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

type Miss = { split: string; category: string; corpus: string; path: string; line: number };
const parse = parseMiss as (line: string) => Miss | undefined;
const candidates = valueCandidates as (text: string) => string[];
const canonical = canonicalLines as (provider: string, value: string) => string[];

describe('miss-causes: reading bench:realworld --details', () => {
  it('reads a miss line, with a nested path and the example tag', () => {
    expect(
      parse(
        'miss  tune    provider    kingfisher-examples/datadog.txt:2  datadog-secrettoken-0024a29224affe29d173c0bf99e5a89d',
      ),
    ).toEqual({ split: 'tune', category: 'provider', corpus: 'kingfisher-examples', path: 'datadog.txt', line: 2 });
    expect(
      parse(
        'miss  holdout generic     secretlint/slack/ng.IncomingWebhook/input.txt:3 (only as example)  Treat https://hooks.slack.com/…',
      ),
    ).toEqual({
      split: 'holdout',
      category: 'generic',
      corpus: 'secretlint',
      path: 'slack/ng.IncomingWebhook/input.txt',
      line: 3,
    });
  });

  it('ignores the summary, false positives and noise', () => {
    for (const line of [
      '  provider                            78.2% 966/1235           64.3%   70.5% 375/532           57.5%',
      'false tune    credsweeper/databricks:2 databricks-token high/high  dapi12******** # FP',
      'noise tune    fp/flask/docs/config.rst:12 generic-secret-spaced low/low  SECRET_KEY ********',
    ])
      expect(parse(line), line).toBeUndefined();
  });
});

describe('miss-causes: the value a line may hold', () => {
  it('takes quoted values, UUIDs and the value joined to its name by a hyphen or a dot', () => {
    expect(candidates('     fbApiKey:            "171e84fd57f430fc59afa8fad3dbda2a",')).toEqual([
      '171e84fd57f430fc59afa8fad3dbda2a',
    ]);
    expect(candidates('codatoken-987e6543-a210-47d6-a456-654321098765')).toContain(
      '987e6543-a210-47d6-a456-654321098765',
    );
    expect(candidates('buttercmsPRIVATEkey-ab8f9c72ca483c3b6c3d4e6e8f9284ab56cd78f0')).toContain(
      'ab8f9c72ca483c3b6c3d4e6e8f9284ab56cd78f0',
    );
    expect(candidates('signupgeniusPRIVATE.53e2ca67b12b98e25e01946ab4669911')).toContain(
      '53e2ca67b12b98e25e01946ab4669911',
    );
  });

  it('keeps a prefixed token whole and leaves short words out', () => {
    const found = candidates('export MAPBOX_SECRET_TOKEN=sk.eyJ1IjoiY2FwcGVsYWVyZSIsImEi.P4lD1eHeSEx7AsBq1zbJ4g');
    expect(found).toContain('sk.eyJ1IjoiY2FwcGVsYWVyZSIsImEi.P4lD1eHeSEx7AsBq1zbJ4g');
    expect(found).not.toContain('export');
    expect(candidates('=== Org Description')).toEqual([]);
  });

  it('writes the plain assignments under the provider name, without its punctuation', () => {
    expect(canonical('frame.io', 'v')).toEqual([
      'frameio_api_key = "v"',
      'frameio_token = "v"',
      'frameio_secret = "v"',
      'frameio_access_key = "v"',
    ]);
  });
});

describe('miss-causes: sorting misses with the built scanner', () => {
  it('tells a placeholder, a name the rule does not take and a value no rule takes apart', () => {
    const keys = new FakeKeys('miss-causes');
    const hex = keys.chars(32, '0123456789abcdef');
    // NuGet keys start oy2: 46 lower-case characters without it are no NuGet key's shape.
    const notNuget = `zq${keys.chars(44, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const lines = ['ACME_TOKEN=abcdef1234567890abcdef', `DATADOG_BANANA ${hex}`, `NUGET_API_KEY=${notNuget}`];
    const corpora = tempTree({
      'c/files/leaks.env': `${lines.join('\n')}\n`,
      'c/labels.json': JSON.stringify({
        labels: [
          { path: 'leaks.env', line: 1, category: 'provider', provider: 'acme' },
          { path: 'leaks.env', line: 2, category: 'provider', provider: 'datadog' },
          { path: 'leaks.env', line: 3, category: 'provider', provider: 'nuget' },
        ],
      }),
    });
    const misses = [1, 2, 3].map((line) => ({
      split: 'tune',
      category: 'provider',
      corpus: 'c',
      path: 'leaks.env',
      line,
    }));
    const rows = (classify as (m: Miss[], c: string) => Array<Miss & { cause: string }>)(misses, corpora);
    expect(rows.map((r) => r.cause)).toEqual(['placeholder', 'form', 'value']);
  });
});
