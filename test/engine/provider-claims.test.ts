/**
 * Values that carry a provider's opening but fail its rule (issue 11, precision): a generic rule
 * must not report them at high confidence, while a password that merely starts with a common
 * word stays found. The whole built-in rule set runs, as in a scan; every value is made up.
 */
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import { openingsKey, ProviderClaims, valueOpenings } from '../../src/engine/provider-claims.js';
import type { Match } from '../../src/engine/types.js';
import { scan } from '../helpers/builtin-scan.js';

function findingOf(text: string, secret: string): Match | undefined {
  return scan(text, 'config/app.env').find((m) => m.secret === secret);
}

describe('valueOpenings', () => {
  it('reads the literal opening of the secret group', () => {
    expect(valueOpenings('(?:column)_key=(live_[A-Za-z0-9]{27})', 1)).toEqual(['live_']);
    expect(valueOpenings('(?<![A-Z])(sk-eden-[A-Za-z0-9_-]{32,128})', 1)).toEqual(['sk-eden-']);
    expect(valueOpenings('key=(?<secret>amzn\\.mws\\.[0-9a-f]{8})', 'secret')).toEqual(['amzn.mws.']);
    expect(valueOpenings('(?<=x)(?:a|b)=(Tok_[a-z]{4})', 1)).toEqual(['tok_']);
    expect(valueOpenings('(a)(?<n>b)(?:c)(?=(d))=(e_[a-z]{4})', 4)).toEqual(['e_']);
  });

  it('reads one opening a branch', () => {
    expect(valueOpenings('(live_|test_)[a-z]{4}', 1)).toEqual(['live_', 'test_']);
    expect(valueOpenings('(cu_[0-9a-f]{32}|[0-9a-f]{32})', 1)).toEqual(['cu_', '']);
  });

  it('gives nothing for a class, an optional last character or an escape other than punctuation', () => {
    expect(valueOpenings('([A-Za-z0-9]{27})', 1)).toEqual(['']);
    expect(valueOpenings('(abcd?[a-z]{4})', 1)).toEqual(['abc']);
    expect(valueOpenings('(ab\\x63d[a-z]{4})', 1)).toEqual(['ab']);
  });

  it('gives no opening for a pattern the reader does not understand', () => {
    expect(valueOpenings('(?i:x)(abc_[a-z]{4})', 1)).toEqual([]);
  });
});

describe('a value with a provider opening its rule rejected', () => {
  it.each([
    [
      'a multi-segment prefix (Eden AI, cut short)',
      'EDENAI_API_KEY=sk-eden-dnq1mQh0U3eldCdO\n',
      'sk-eden-dnq1mQh0U3eldCdO',
    ],
    [
      'a shared opening after the provider name (Column, cut short)',
      'COLUMN_API_KEY=live_Fl3ElqdXtGAio2jyMX\n',
      'live_Fl3ElqdXtGAio2jyMX',
    ],
    [
      'a multi-segment prefix with dots (Amazon MWS, not hex)',
      'MWS_KEY=amzn.mws.c1dg4haz-6xd6-4gqi-vna2-ed3whf71x9k6\n',
      'amzn.mws.c1dg4haz-6xd6-4gqi-vna2-ed3whf71x9k6',
    ],
  ])('%s: is reported at low confidence only', (_, text, secret) => {
    const m = findingOf(text, secret);
    expect(m?.confidence).toBe('low');
  });

  it('is dropped where the provider checks a checksum (the rule is sure it is no key)', () => {
    expect(scan("SLACK_TOKEN = 'xoxs-111111-222222-333333-e039d02840a0b9379c'\n", 'config/app.env')).toEqual([]);
  });

  it('still reports the full-length key under the provider rule', () => {
    const ids = scan('EDENAI_API_KEY=sk-eden-dnq1mQh0U3eldCdOTbo4jYQI6m60ReHGskec8zLHiB8Fj8Yb\n', 'config/app.env').map(
      (m) => m.ruleId,
    );
    expect(ids).toEqual(['edenai-api-key']);
  });
});

describe('a password that starts with a common word', () => {
  it.each([
    ['DB_PASSWORD=live_Fl3ElqdXtGAio2jyMX\n', 'live_Fl3ElqdXtGAio2jyMX'],
    ['ADMIN_PASSWORD=test_Hq7zW2xLm9pKv4\n', 'test_Hq7zW2xLm9pKv4'],
    ['SMTP_PASSWORD=summer_Kq8vT2mWx9\n', 'summer_Kq8vT2mWx9'],
  ])('%s stays a sure finding', (text, secret) => {
    const m = findingOf(text, secret);
    expect(m, text).toBeDefined();
    expect(m!.confidence).not.toBe('low');
  });
});

describe('a multi-word opening a named rule reads (sk_live_, which PayMongo reads after its name)', () => {
  // The converse of the passwords above: Stripe and Paystack key on `sk_live_` too, and an
  // opening of more than one word marks a payment key wherever it is, so it is not shared.
  it('still claims a value that starts with it under any name', () => {
    expect(findingOf('DB_PASSWORD=sk_live_Fl3ElqdXtGAio2jyMX\n', 'sk_live_Fl3ElqdXtGAio2jyMX')?.confidence).toBe('low');
  });

  const rule = (id: string, pattern: string, keywords: string[]) =>
    compileRule({ id, name: id, pattern, keywords, severity: 'high', examples: [], counterExamples: [] });
  const keyed = (opening: string) => rule(`keyed-${opening}`, `\\b(${opening}[0-9a-f]{40})\\b`, [opening]);
  const named = (opening: string) =>
    rule(`named-${opening}`, `(?:acmepay)_key=(${opening}[0-9A-Za-z]{24})`, ['acmepay']);

  it('is not shared as a one-word opening is, whatever the name before the value', () => {
    const multi = new ProviderClaims([keyed('sk_live_'), named('sk_live_')]);
    expect(multi.claim('sk_live_abc', 'DB_PASSWORD=')).toBe('doubt');
    const one = new ProviderClaims([keyed('live_'), named('live_')]);
    expect(one.claim('live_abc', 'DB_PASSWORD=')).toBeUndefined();
    expect(one.claim('live_abc', 'ACMEPAY_KEY=')).toBe('doubt');
  });
});

describe('openings worked out ahead of time (the build stores them for the built-in rules)', () => {
  const column = compileRule({
    id: 'column-test',
    name: 'Column test',
    pattern: '(?:column)[_ ]?key=(live_[A-Za-z0-9]{27})',
    keywords: ['column'],
    severity: 'high',
    examples: [],
    counterExamples: [],
  });

  it('are used for the pattern they were stored for, and read from nothing else', () => {
    const claims = new ProviderClaims([column], () => ({ [openingsKey(column)]: ['live_'] }));
    expect(claims.claim('live_abc', 'COLUMN_KEY=')).toBeDefined();
    // A stored entry says what the pattern opens with: one that says otherwise is believed...
    const wrong = new ProviderClaims([column], () => ({ [openingsKey(column)]: ['other_'] }));
    expect(wrong.claim('live_abc', 'COLUMN_KEY=')).toBeUndefined();
    // ...but only for exactly that pattern and group: a changed pattern is read afresh.
    const stale = new ProviderClaims([column], () => ({ [`1\n(?:column)key=(live_[a-z]{27})`]: ['other_'] }));
    expect(stale.claim('live_abc', 'COLUMN_KEY=')).toBeDefined();
  });

  it('are what reading the patterns gives', () => {
    const stored = ProviderClaims.openingsToStore([column]);
    expect(stored).toEqual({ [openingsKey(column)]: valueOpenings(column.spec.pattern, column.group) });
  });
});
