import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { expandFragments, hasFragments, PATTERN_FRAGMENTS, UnknownFragmentError } from '../../src/engine/fragments.js';
import { LinearRegex } from '../../src/engine/linear-regex.js';
import { patternReach } from '../../src/engine/pattern-reach.js';

const PATTERN = '(?<![A-Za-z0-9])acme[_.-]?(?:api[_.-]?)?(?:key|token){{assign}}([0-9a-f]{12})(?![A-Za-z0-9])';
const TOKEN = '3f9a0c7e1b2d';

/** Literal forms between a name and its value that {{assign}} accepts, `T` standing for the token. */
const ACCEPTED = [
  'acme_key = "T"',
  'acme_key="T"',
  'ACME_API_KEY=T',
  'export ACME_API_KEY=T',
  'acme_key: T',
  'acme_key:\n  T',
  '"acme_key": "T"',
  "{'acme_key': 'T'}",
  'acme_key := "T"',
  'acme_key ::= T',
  'ACME_KEY ?= T',
  'ACME_KEY += T',
  'acme_key <- "T"',
  'acme_key -> "T"',
  "'acme_key' => 'T'",
  ':acme_key => "T"',
  "$config['acme_key'] = 'T';",
  'os.environ["ACME_KEY"] = "T"',
  'if acme_key == "T":',
  'acmeKey === "T"',
  'acme_key("T")',
  'put("acme_key", "T")',
  'Client(acme_key="T")',
  'acme_key T',
  'acme_key "T"',
  'ACME_KEY               = T',
  'NSString *acmeKey = @"T";',
  '@{@"acme_key": @"T"}',
  'string acmeKey = @"T";',
  'string acmeKey = $"T";',
  'string acmeKey = $@"T";',
  'acme_key = r"T"',
  "acme_key = b'T'",
  'acme_key = f"T"',
  'acme_key = u"T"',
  'acme_key = rb"T"',
  'auto acme_key = u8"T";',
  'auto acme_key = L"T";',
  'auto acme_key = R"(T)";',
  'auto acme_key = R"delim(T)delim";',
  'acmeKey := `T`',
  'acme_key = """T"""',
  "acme_key = '''T'''",
  'val acmeKey: String = "T"',
  'let acmeKey: String? = "T"',
  'const acmeKey: string = "T";',
  '<acme_key>T</acme_key>',
  '<acme_key>\n  T\n</acme_key>',
  '<string name="acme_key">T</string>',
  '<add key="AcmeKey" value="T" />',
  'acme_key="T"',
  '"{\\"acme_key\\": \\"T\\"}"',
  '"{\\\\\\"acme_key\\\\\\": \\\\\\"T\\\\\\"}"',
];

describe('expandFragments', () => {
  it('replaces {{assign}} and leaves a pattern without fragments as it is', () => {
    expect(hasFragments(PATTERN)).toBe(true);
    const expanded = expandFragments(PATTERN);
    expect(expanded).not.toContain('{{');
    expect(expanded).toContain(PATTERN_FRAGMENTS.assign);
    expect(hasFragments(expanded)).toBe(false);
    expect(expandFragments('\\b(acme_[0-9a-f]{32})\\b')).toBe('\\b(acme_[0-9a-f]{32})\\b');
    // A counted repetition is no fragment reference.
    expect(expandFragments('a{2}(b{1,3})')).toBe('a{2}(b{1,3})');
  });

  it('names an unknown fragment and the known ones', () => {
    expect(() => expandFragments('acme{{asign}}(x)')).toThrow(UnknownFragmentError);
    expect(() => expandFragments('acme{{asign}}(x)')).toThrow(
      'unknown pattern fragment {{asign}} (known: {{assign}}, {{qualifiers}}, {{join}}, {{codeJoin}}, {{acronymNames}}, {{secretName}}, {{secretNameSpaced}})',
    );
    // An own property of the table only: no prototype member is a fragment.
    expect(() => expandFragments('acme{{constructor}}(x)')).toThrow(UnknownFragmentError);
  });
});

describe('{{assign}}', () => {
  const re = new RegExp(expandFragments(PATTERN), 'i');

  it.each(ACCEPTED)('accepts %j', (form) => {
    const text = form.replace('T', TOKEN);
    expect(re.exec(text)?.[1], text).toBe(TOKEN);
  });

  it('needs an assignment, a space or a literal between the name and the value', () => {
    for (const text of [`acme_key${TOKEN}`, `acme_key.${TOKEN}`, `acme_key/${TOKEN}`, `acme_key;${TOKEN}`]) {
      expect(re.exec(text), text).toBeNull();
    }
    // Bounded: more than 16 spaces on a side is not an assignment it reads.
    expect(re.exec(`acme_key${' '.repeat(17)}= ${TOKEN}`)).toBeNull();
  });

  it('keeps the reach of a rule bounded, so the rule can be searched in windows around its keyword', () => {
    const reach = patternReach(expandFragments(PATTERN));
    expect(reach).toBeDefined();
    expect(reach!.reach).toBeLessThan(200);
    expect(reach!.contains(['acme'])).toBe(true);
  });

  it("runs on the linear-time engine (a config's rules may use it) with the same matches", () => {
    const linear = new LinearRegex(expandFragments(PATTERN), true);
    for (const form of ACCEPTED) {
      const text = form.replace('T', TOKEN);
      linear.lastIndex = 0;
      expect(linear.exec(text)?.[1], text).toBe(TOKEN);
    }
  });
});

describe('{{qualifiers}}', () => {
  const NAMED =
    '(?<![A-Za-z0-9])acme{{qualifiers}}(?:key|token|secret|access|private){{assign}}([0-9a-f]{12})(?![A-Za-z0-9])';
  const re = new RegExp(expandFragments(NAMED), 'i');
  const FORMS = [
    'acme_key = "%T"',
    'ACME_API_KEY=%T',
    'AcmeApiKey: %T',
    'Acme API key: %T',
    'acme\tapi\tkey = %T',
    'ACME_ACCESS=%T',
    'acme secret = %T',
    'ACME_PRIVATE_API_KEY=%T',
    'acme.auth.token: %T',
    'acmetoken %T',
  ];

  it.each(FORMS)('stands between the name and the word in %j', (form) => {
    const text = form.replace('%T', TOKEN);
    expect(re.exec(text)?.[1], text).toBe(TOKEN);
  });

  it('takes at most two qualifiers and one separator between words', () => {
    for (const form of ['acme api auth secret key = %T', 'acme  key = %T', 'acme client key = %T', 'acme\nkey = %T'])
      expect(re.exec(form.replace('%T', TOKEN)), form).toBeNull();
  });

  it('keeps the reach bounded and the keyword in every match, on both engines', () => {
    const reach = patternReach(expandFragments(NAMED));
    expect(reach).toBeDefined();
    expect(reach!.reach).toBeLessThan(220);
    expect(reach!.contains(['acme'])).toBe(true);
    const linear = new LinearRegex(expandFragments(NAMED), true);
    for (const form of FORMS) {
      const text = form.replace('%T', TOKEN);
      linear.lastIndex = 0;
      expect(linear.exec(text)?.[1], text).toBe(TOKEN);
    }
  });
});

describe('{{acronymNames}}', () => {
  // The tail of a generic name alternation: Pascal-case words, then the words after an acronym.
  const NAME = '(?<name>(?<![A-Z])(?:Token|Api[_-]?Key)|{{acronymNames}})[ \\t]{0,3}=[ \\t]{0,3}"(?<secret>\\w{8,})"';
  const re = new RegExp(expandFragments(NAME));

  it.each([
    ['APIKey = "Zq8vR2kLmP4x"', 'APIKey'],
    ['kAPIKey = "Zq8vR2kLmP4x"', 'APIKey'],
    ['GoogleAPIKey = "Zq8vR2kLmP4x"', 'APIKey'],
    ['API_Key = "Zq8vR2kLmP4x"', 'API_Key'],
    // Token is read from its own first letter, as in `apiToken`.
    ['kAPIToken = "Zq8vR2kLmP4x"', 'Token'],
  ])('takes the credential word after an acronym in %j', (text, name) => {
    expect(re.exec(text)?.groups?.name, text).toBe(name);
  });

  it('takes no word inside a longer run of capitals', () => {
    for (const text of ['XAPIKey = "Zq8vR2kLmP4x"', 'APITOKEN = "Zq8vR2kLmP4x"'])
      expect(re.exec(text)?.groups?.name, text).toBeUndefined();
  });

  it('is spelled once: the generic name fragments hold it and no rule file repeats it', () => {
    const files = readdirSync('rules').filter((f) => f.endsWith('.yaml'));
    const text = (f: string) => readFileSync(`rules/${f}`, 'utf8');
    expect(files.filter((f) => text(f).includes('(?<=API)Token'))).toEqual([]);
    expect(PATTERN_FRAGMENTS.secretName).toContain(PATTERN_FRAGMENTS.acronymNames);
  });
});

describe('{{secretName}}', () => {
  const re = new RegExp(
    expandFragments('(?<name>{{secretName}})[A-Za-z0-9_]{0,40}[ \\t]{0,3}=[ \\t]{0,3}"(?<secret>\\w{8,})"'),
  );
  /** The whole identifier the validator reads: the match's name and the word glued before it. */
  const identifier = (text: string) => {
    const m = re.exec(text);
    return m && /[A-Za-z0-9_]*$/.exec(text.slice(0, m.index))![0] + m[0].replace(/[ \t]*=.*$/, '');
  };

  it.each([
    ['dbpass = "Zq8vR2kLmP4x"', 'dbpass'],
    ['DBPASS = "Zq8vR2kLmP4x"', 'DBPASS'],
    ['adminpass = "Zq8vR2kLmP4x"', 'adminpass'],
    ['userpass = "Zq8vR2kLmP4x"', 'userpass'],
    ['apitoken = "Zq8vR2kLmP4x"', 'apitoken'],
    ['NONCOMPLIANT_APITOKEN = "Zq8vR2kLmP4x"', 'NONCOMPLIANT_APITOKEN'],
    ['authtoken = "Zq8vR2kLmP4x"', 'authtoken'],
    ['ACCESSTOKEN = "Zq8vR2kLmP4x"', 'ACCESSTOKEN'],
    // Already read before the glued forms: a password word anywhere, `secret` before `key`.
    ['DBPASSWORD = "Zq8vR2kLmP4x"', 'DBPASSWORD'],
    ['adminpwd = "Zq8vR2kLmP4x"', 'adminpwd'],
    ['secretkey = "Zq8vR2kLmP4x"', 'secretkey'],
  ])('reads the glued name in %j', (text, name) => {
    expect(identifier(text), text).toBe(name);
  });

  it('takes no credential word out of an ordinary word', () => {
    for (const text of [
      'bypass = "Zq8vR2kLmP4x"',
      'compass = "Zq8vR2kLmP4x"',
      'mypassage = "Zq8vR2kLmP4x"',
      'apitokenizer = "Zq8vR2kLmP4x"',
      'keyboard = "Zq8vR2kLmP4x"',
      'OVERPASS = "Zq8vR2kLmP4x"',
    ])
      expect(re.exec(text), text).toBeNull();
  });

  it('is spelled once: the generic rules reference it and no rule file repeats the alternation', () => {
    const files = readdirSync('rules').filter((f) => f.endsWith('.yaml'));
    const text = (f: string) => readFileSync(`rules/${f}`, 'utf8');
    expect(files.filter((f) => text(f).includes('|pwd|Pwd|PWD)|'))).toEqual([]);
    const users = files.filter((f) => /\{\{secretName(?:Spaced)?\}\}/.test(text(f)));
    expect(users.filter((f) => !f.startsWith('generic'))).toEqual([]);
    expect(
      users.reduce((n, f) => n + text(f).split(/\{\{secretName(?:Spaced)?\}\}/).length - 1, 0),
    ).toBeGreaterThanOrEqual(30);
  });
});
