/**
 * Issue 11: provider "context" rules (a token with no prefix of its own, found by the provider's
 * name right before it) share one assignment fragment, `{{assign}}` (src/engine/fragments.ts).
 * These tests keep it that way after merges, and check that each such rule finds its token in
 * every literal form the fragment is meant to accept, not only in the forms its examples show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../src/engine/engine.js';
import { expandFragments, PATTERN_FRAGMENTS } from '../../src/engine/fragments.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { checkRuleFile } from '../../src/rules/validate.js';
import {
  CONNECTORS,
  NARROW_DENY,
  OLD_TAILS,
  QUALIFIERS,
  rewrite,
  spellsConnector,
  spellsNarrowTail,
} from '../../scripts/codemod-assign.mjs';

const dir = new URL('../../rules/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

/** Each rule as written (pattern with `{{assign}}` unexpanded) beside the rule as loaded. */
const pairs: { written: RuleSpec; loaded: RuleSpec }[] = files.flatMap((f) => {
  const data = parse(readFileSync(new URL(f, dir), 'utf8')) as { rules: RuleSpec[] };
  const written = data.rules.map((r) => ({ ...r }));
  return checkRuleFile(data, `rules/${f}`).map((loaded, i) => ({ written: written[i]!, loaded }));
});
const fragmentRules = pairs.filter((p) => p.written.pattern.includes('{{assign}}'));

describe('the hand-spelled assignment tail', () => {
  it('is gone from every built-in rule (run node scripts/codemod-assign.mjs after merging rules)', () => {
    const spelled = pairs
      .filter((p) => (OLD_TAILS as string[]).some((tail) => p.written.pattern.includes(tail)))
      .map((p) => p.written.id);
    expect(spelled).toEqual([]);
  });

  it('is what the codemod replaces, in single-quoted and plain YAML, and only once', () => {
    const single = `pattern: '(?:acme)[_.-]?key["'']?(?:\\s*(?:=>|:=|[:=,(])\\s*|\\s+)["'']?([0-9a-f]{32})'`;
    const plain = `pattern: (?:acme)[_.-]?key["']?(?:\\s*(?:=>|:=|[:=,(])\\s*|\\s+)["']?([0-9a-f]{32})`;
    expect(rewrite(single)).toBe(`pattern: '(?:acme)[_.-]?key{{assign}}([0-9a-f]{32})'`);
    expect(rewrite(plain)).toBe('pattern: (?:acme)[_.-]?key{{assign}}([0-9a-f]{32})');
    expect(rewrite(rewrite(single))).toBe(rewrite(single));
  });

  it('widens a narrow spelling in a pattern, except in the rules NARROW_DENY lists', () => {
    const rule = (id: string): string =>
      `  - id: ${id}\n    name: x\n    pattern: '(?:acme)[_.-]?key["'']?\\s*[:=]\\s*["'']?([0-9a-f]{32})'\n`;
    expect(rewrite(rule('acme-api-key'))).toBe(rule('acme-api-key').replace(`["'']?\\s*[:=]\\s*["'']?`, '{{assign}}'));
    expect(rewrite(rule('datadog-api-key'))).toBe(rule('datadog-api-key'));
    expect(NARROW_DENY).toHaveProperty('datadog-api-key');
    // The spelling without `:=` that the first runs missed (heroku, snyk, vercel, … kept it).
    const noWalrus = `    pattern: '(?:acme)[_.-]?key["'']?\\s{0,16}(?:=>|[:=])\\s{0,16}["'']?([0-9a-f]{32})'\n`;
    expect(rewrite(`  - id: acme-api-key\n${noWalrus}`)).toBe(
      `  - id: acme-api-key\n    pattern: '(?:acme)[_.-]?key{{assign}}([0-9a-f]{32})'\n`,
    );
  });

  it('keeps its narrow spellings only in the rules listed, with a reason, as too generic to widen', () => {
    const narrow = pairs.filter((p) => spellsNarrowTail(p.written.pattern)).map((p) => p.written.id);
    expect(narrow.filter((id) => !(id in NARROW_DENY))).toEqual([]);
    // A listed rule that no longer spells a narrow tail is a stale entry.
    expect(Object.keys(NARROW_DENY).filter((id) => !narrow.includes(id))).toEqual([]);
  });

  it('has become the fragment in the provider context rules', () => {
    expect(fragmentRules.length).toBeGreaterThanOrEqual(225);
  });
});

describe('the hand-spelled name-to-word connector', () => {
  it('is gone from every built-in rule (run node scripts/codemod-assign.mjs after merging rules)', () => {
    expect(pairs.filter((p) => spellsConnector(p.written.pattern)).map((p) => p.written.id)).toEqual([]);
  });

  it('is what the codemod replaces with {{qualifiers}}, each spelling, and only once', () => {
    for (const connector of CONNECTORS as string[]) {
      const line = `    pattern: '(?<![A-Za-z0-9])acme${connector}(?:key|token){{assign}}([0-9a-f]{32})'`;
      const out = rewrite(line);
      expect(out).toBe(`    pattern: '(?<![A-Za-z0-9])acme${QUALIFIERS as string}(?:key|token){{assign}}([0-9a-f]{32})'`);
      expect(rewrite(out)).toBe(out);
    }
  });

  it('has become {{qualifiers}} in the provider context rules (the hand spellings and the free fillers that fit)', () => {
    expect(pairs.filter((p) => p.written.pattern.includes('{{qualifiers}}')).length).toBeGreaterThanOrEqual(259);
  });

  it('accepts what each hand spelling accepted', () => {
    const word = '(?:key|token|secret|access|private)';
    const fragment = new RegExp(`^acme${PATTERN_FRAGMENTS.qualifiers!}${word}$`, 'i');
    const names = [
      'acme_key',
      'ACME_API_KEY',
      'acme.api.token',
      'AcmeApiKey',
      'acme api key',
      'Acme\tAPI\tkey',
      'ACME_ACCESS',
      'acme secret',
      'ACME_PRIVATE_API_KEY',
      'acme-auth-token',
      'acmekey',
    ];
    for (const connector of CONNECTORS as string[]) {
      const hand = new RegExp(`^acme${connector}${word}$`, 'i');
      for (const name of names) if (hand.test(name)) expect(fragment.test(name), name).toBe(true);
    }
    for (const name of ['acme  key', 'acme api secret private key', 'acme_client_key', 'acme\nkey'])
      expect(fragment.test(name), name).toBe(false);
  });
});

describe('the joint between a provider\'s name and its credential word ({{qualifiers}})', () => {
  const engine = new Engine(pairs.map((p) => p.loaded));
  const token = 'e739e7add1f6a59b36cb04c3619a37f94cb4bb1cdfe0c83974';
  const found = (line: string) =>
    engine.scan(Buffer.from(line, 'utf8')).find((m) => m.ruleId === 'lunchmoney-access-token' && m.secret === token);

  it('takes the forms code and config write, in one place for every rule that uses it', () => {
    for (const line of [
      `LUNCHMONEY_SECRET=${token}`,
      `lunchmoneySecret: "${token}"`,
      `lunchmoney secret key ${token}`,
      `LUNCHMONEY SECRET ${token}`,
      `lunchmoney-secret: ${token}`,
      `lunchmoney.token = "${token}"`,
      `LunchMoney__AccessToken=${token}`,
      `"LunchMoney:AccessToken": "${token}"`,
      `$config['lunchmoney']['access_token'] = '${token}';`,
      `lunchmoney[:api_key] = "${token}"`,
    ])
      expect(found(line), line).toBeDefined();
  });

  it('keeps a name followed by whitespace only at the rule\'s medium confidence', () => {
    expect(found(`LUNCHMONEY SECRET ${token}`)?.confidence).toBe('medium');
  });

  it('does not fire on prose that names the provider and the credential word', () => {
    // Sentences of provider documentation (docs.nexla.com Finnhub guide, apimap.dev, lunchmoney.dev):
    // the word after the credential word is prose, never token-shaped.
    const prose = [
      'To connect Nexla to Finnhub, you will need a Finnhub API key.',
      'Your Finnhub API key grants access to all endpoints permitted by your plan tier.',
      'Send your API token in the X-Finnhub-Token request header, or as the token query parameter.',
      'Lunch Money access tokens are created in the developers page and sent as a Bearer token.',
      'The lunchmoney access token authenticationrequiredforallrequests must be kept private.',
      'Set the OpenCage API key in your environment, then restart the geocoding worker.',
    ];
    for (const line of prose) expect(engine.scan(Buffer.from(line, 'utf8')), line).toEqual([]);
  });
});

type Form = (name: string, token: string) => string;

/** The literal forms every fragment rule must find its token in (`name` as its example writes it). */
const FORMS: Record<string, Form> = {
  'Objective-C @"…"': (n, t) => `NSString *const ${n} = @"${t}";`,
  'Objective-C dictionary': (n, t) => `NSDictionary *d = @{@"${n}": @"${t}"};`,
  'Go :=': (n, t) => `\t${n} := "${t}"`,
  'Go backtick': (n, t) => `\tconst ${n} = \`${t}\``,
  'R <-': (n, t) => `${n} <- "${t}"`,
  'Python r"…"': (n, t) => `${n} = r"${t}"`,
  'Python f"…"': (n, t) => `${n} = f'${t}'`,
  'Python triple quotes': (n, t) => `${n} = """${t}"""`,
  'Python keyword argument': (n, t) => `client = Client(${n}="${t}")`,
  'Python os.environ[…] =': (n, t) => `os.environ["${n}"] = "${t}"`,
  'JSON "name": "…"': (n, t) => `{"${n}": "${t}"}`,
  'JSON escaped in a string': (n, t) => `"{\\"${n}\\": \\"${t}\\"}"`,
  'YAML name: …': (n, t) => `${n}: ${t}`,
  'YAML name: "…"': (n, t) => `  ${n}: "${t}"`,
  "PHP 'name' => '…'": (n, t) => `return ['${n}' => '${t}'];`,
  "PHP $a['name'] = '…'": (n, t) => `$config['${n}'] = '${t}';`,
  'C# @"…"': (n, t) => `var ${n} = @"${t}";`,
  'C# $"…"': (n, t) => `string ${n} = $"${t}";`,
  'C++ raw R"(…)"': (n, t) => `auto ${n} = R"(${t})";`,
  'Kotlin typed': (n, t) => `val ${n}: String = "${t}"`,
  'shell export NAME=…': (n, t) => `export ${n}=${t}`,
  'Makefile ?=': (n, t) => `${n} ?= ${t}`,
  'XML element': (n, t) => `<${n}>${t}</${n}>`,
  'Android string resource': (n, t) => `<string name="${n}">${t}</string>`,
  '.NET appSettings': (n, t) => `<add key="${n}" value="${t}" />`,
  'function arguments': (n, t) => `config.set("${n}", "${t}")`,
};

/**
 * Rules whose examples cannot be re-rendered in the forms above, with the reason. Keep it short:
 * a rule here is one whose pattern needs more than "name, assignment, token".
 */
const NOT_RERENDERED: Record<string, string> = {
  'deepsource-dsn':
    'the value assigned is a DSN URL (https://TOKEN@app.deepsource.com), not the token: the token alone after the name is no DSN',
  // readExample strips the leading `_` of `_mailsacKey` as it would a quote, and the rule needs it.
  'mailsac-api-key': 'its name starts with `_`, which the re-rendering strips',
};

interface Reading {
  name: string;
  token: string;
  /** The example's text before the name and after the token: context some rules need. */
  before: string;
  after: string;
}

/**
 * The name and token of `example` as the rule reads them through the fragment, or undefined
 * when the example shows another branch of the pattern (a URL query, a header, a constructor
 * call the pattern names).
 */
function readExample(written: RuleSpec, loaded: RuleSpec, example: string): Reading | undefined {
  const flags = `gd${loaded.caseInsensitive ? 'i' : ''}`;
  // The same pattern with the fragment in a named group: where it starts ends the name.
  const marked = new RegExp(
    expandFragments(written.pattern.replaceAll('{{assign}}', `(?<assignTail>${PATTERN_FRAGMENTS.assign})`)),
    flags,
  );
  const plain = new RegExp(loaded.pattern, flags);
  const group = loaded.pattern.includes('(?<secret>') ? 'secret' : 1;
  for (const m of example.matchAll(marked)) {
    const tail = m.indices!.groups!.assignTail;
    if (!tail) continue;
    plain.lastIndex = m.index;
    const p = plain.exec(example);
    const token = p && (typeof group === 'string' ? p.groups?.[group] : p[group]);
    if (!token) continue;
    // The name: what the pattern matched before the fragment, less a leading quote or `$`.
    // When that is no name (`Client.new(api_key`, `Api(x_api_key`) the example shows a call
    // the pattern spells out, not a name to assign to.
    const name = example.slice(m.index, tail[0]).replace(/^[^A-Za-z0-9]+/, '');
    if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) continue;
    const tokenEnd = (typeof group === 'string' ? p.indices!.groups![group] : p.indices![group])![1];
    const nameStart = tail[0] - name.length;
    return { name, token, before: example.slice(0, nameStart), after: example.slice(tokenEnd) };
  }
  return undefined;
}

describe('rules that use {{assign}}', () => {
  const engine = new Engine(pairs.map((p) => p.loaded));

  it('list no rule as not re-rendered that no longer uses the fragment', () => {
    const ids = new Set(fragmentRules.map((p) => p.written.id));
    expect(Object.keys(NOT_RERENDERED).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const { written, loaded } of fragmentRules) {
    if (NOT_RERENDERED[written.id]) continue;
    it(`${written.id} finds each example's token in every literal form`, () => {
      const failures: string[] = [];
      let rendered = 0;
      loaded.examples.forEach((example, i) => {
        const found = readExample(written, loaded, example);
        if (!found) return; // another branch of the pattern: it has no assignment to re-render
        rendered++;
        for (const [form, render] of Object.entries(FORMS)) {
          // The rest of the example stays on lines of its own: a rule may need a word of
          // context there (a host name, the provider's name when the key's own name is generic).
          const text = [found.before, render(found.name, found.token), found.after].join('\n');
          const hit = engine
            .scan(Buffer.from(text, 'utf8'))
            .some((m) => m.ruleId === written.id && m.secret === found.token);
          if (!hit) failures.push(`example ${i + 1}, ${form}: ${text}`);
        }
      });
      expect(rendered, `${written.id}: no example is matched through {{assign}}`).toBeGreaterThan(0);
      expect(failures, `${written.id} (list it in NOT_RERENDERED with a reason if it cannot be)`).toEqual([]);
    });
  }
});
