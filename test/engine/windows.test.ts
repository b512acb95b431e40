/**
 * Rules searched in windows of the text (around their keywords, or around the runs their
 * `minRun` names) must find exactly what a search of the whole text finds: the same secrets at
 * the same offsets, lines and columns. Each such built-in rule is checked on its own examples
 * and on texts that put them next to each other, inside long filler, at the text's edges, and
 * in random mixes of their pieces.
 */
import { describe, expect, it } from 'vitest';
import { Engine, runsOf } from '../../src/engine/engine.js';
import { patternReach } from '../../src/engine/pattern-reach.js';
import type { Match, RuleSpec } from '../../src/engine/types.js';
import { builtinRules } from '../helpers/builtin-scan.js';
import { seededRandom } from '../helpers/random.js';

describe('patternReach', () => {
  it('bounds what a match consumes and what its look-arounds read', () => {
    expect(patternReach('ab[c-e]{2,5}')).toMatchObject({ span: 7, behind: 1, reach: 8 });
    // \b reads the character before the start and the one after the end.
    expect(patternReach('\\bab\\b')).toMatchObject({ span: 2, behind: 2, reach: 4 });
    expect(patternReach('(?<![a-z]{3})x(?=[0-9]{4})')).toMatchObject({ span: 1, behind: 4, reach: 6 });
    expect(patternReach('(?:ab|cde){0,3}f')).toMatchObject({ span: 10 });
    expect(patternReach('a{2}\\{b')).toMatchObject({ span: 4 });
    expect(patternReach('a\\x41\\u0042[\\]x]')).toMatchObject({ span: 4 });
  });

  it('bounds a look-around inside a look-around from where the inner one may stand', () => {
    // The look-behind's content may be empty, so its look-ahead may read 4 past the position.
    expect(patternReach('(?<=(?=abcd)a?)x')).toMatchObject({ span: 1, behind: 2, reach: 5 });
    expect(patternReach('(?<=(?<![0-9])[0-9]{3})-')).toMatchObject({ span: 1, behind: 5 });
    expect(patternReach('(?=(?<=ab)c)c')).toMatchObject({ span: 1, behind: 3 });
  });

  it('names literals one of which every match holds', () => {
    const literals = (source: string): string[] | undefined => patternReach(source)!.literals();
    // Per alternative, its longest literal; the first of equal ones (`[_-]?` spells three).
    expect(literals('(?<![a-z])(?:[th]?otp|mfa|two[_-]?factor)[_-]?(?:secret|key)\\s?=[0-9]{6}')).toEqual([
      'otp',
      'mfa',
      'twofactor',
      'two_factor',
      'two-factor',
    ]);
    // A name then its `=`: the run goes on past the group.
    expect(literals('(?:secret|key)=[0-9]{6}')).toEqual(['secret=', 'key=']);
    expect(literals('sk_Live_(?:[0-9]{24}|[a-z]{32})')).toEqual(['sk_live_']);
    expect(literals('[0-9]{4}(?:Bearer|Token) [a-z]{9}')).toEqual(['bearer ', 'token ']);
    // Too short to be worth finding, in a look-around, or optional: none.
    expect(literals('ab[0-9]{4}')).toBeUndefined();
    expect(literals('(?<=secret=)[0-9]{4}')).toBeUndefined();
    expect(literals('(?:secret)?[0-9]{4}')).toBeUndefined();
  });

  it('spells a small class into a literal, and a long repeat of one by its first and last', () => {
    const literals = (source: string): string[] | undefined => patternReach(source)!.literals();
    // kotlin-pair-secret's `"key" to "value"`: every match holds a blank, `to` and a blank.
    expect(literals('[a-z]{1,9}"[ \\t]{1,4}to[ \\t]{1,4}"[a-z]{6,9}"')).toEqual([' to ', ' to\t', '\tto ', '\tto\t']);
    expect(literals('private[_.-]?key[0-9]{4}')).toEqual(['privatekey', 'private_key', 'private.key', 'private-key']);
    // More spellings than a run keeps: the words alone, as before.
    expect(literals('seed[ _.-]?(?:phrase|words)[0-9]{4}')).toEqual(['phrase', 'words']);
    // A range, a negated class or a class escape is not spelt.
    expect(literals('ab[a-c]d[0-9]{4}')).toBeUndefined();
    expect(literals('ab[^c]d[0-9]{4}')).toBeUndefined();
    expect(literals('ab[\\d]d[0-9]{4}')).toBeUndefined();
    // A literal holding another adds nothing: `otp` is found wherever `totp` is.
    expect(literals('(?:[th]?otp|mfa)[0-9]{6}')).toEqual(['otp', 'mfa']);
  });

  it('declines what is unbounded or not understood', () => {
    expect(patternReach('a+b')).toBeUndefined();
    expect(patternReach('a[^b]*')).toBeUndefined();
    expect(patternReach('(a+)\\1')).toBeUndefined();
    expect(patternReach('(a')).toBeUndefined();
  });

  it('bounds a back-reference by what its group consumes', () => {
    expect(patternReach('(a{2,3})-\\1')).toMatchObject({ span: 7, behind: 1, reach: 8 });
    expect(patternReach('=(?<q>["\']?)[a-z]{4}\\k<q>')).toMatchObject({ span: 7 });
    // Before its group has matched, it matches nothing: still no more than the group.
    expect(patternReach('\\1(?:x|(ab))')).toMatchObject({ span: 4 });
    // Unbounded group, no such group, or inside its own group: not read.
    expect(patternReach('(a+)-\\1')).toBeUndefined();
    expect(patternReach('(a)-\\2')).toBeUndefined();
    expect(patternReach('(?<q>a\\k<q>)')).toBeUndefined();
  });

  it('gives a bound no match of a back-referencing pattern passes', () => {
    const next = seededRandom(11);
    for (const source of ['(?<q>["\']?)[a-z]{1,4}\\k<q>', '([ab]{0,3})c\\1\\1', '(?:(x)|y)z{0,2}\\1']) {
      const { span } = patternReach(source)!;
      for (let t = 0; t < 300; t++) {
        let text = '';
        for (let k = 0; k < 12; k++) text += 'abcxyz\'"'[Math.floor(next() * 8)];
        for (const m of text.matchAll(new RegExp(source, 'g')))
          expect(m[0].length, `${source} on ${text}`).toBeLessThanOrEqual(span);
      }
    }
  });

  it('says whether every match holds one of the keywords', () => {
    const contains = (source: string, keywords: string[]): boolean => patternReach(source)!.contains(keywords);
    expect(contains('x{1,5}github\\.com', ['github.com'])).toBe(true);
    expect(contains('x(?:github\\.com|gitlab\\.com)', ['github.com', 'gitlab.com'])).toBe(true);
    expect(contains('x(?:github\\.com|example\\.org)', ['github.com'])).toBe(false);
    expect(contains('(?:GitHub)?x', ['github'])).toBe(false);
    expect(contains('[0-9]{8}:AA[a-z]{3}', [':aa'])).toBe(true);
    // A keyword only in a look-around is read, not matched: the match need not hold it.
    expect(contains('(?<=token=)[a-z]{8}', ['token='])).toBe(false);
  });

  it('reads a keyword that runs past the end of a group (`strn?cmp` then `(`)', () => {
    const contains = (source: string, keywords: string[]): boolean => patternReach(source)!.contains(keywords);
    // generic-compared-secret-call's function names: every spelling holds one of its keywords.
    const calls = ['equals(', 'strcmp(', 'strncmp(', 'stricmp(', 'compare_digest('];
    expect(contains('[a-z.]{0,9}(?:equals|Equals|strn?cmp|_?stricmp|compare_digest)\\([a-z]{4}', calls)).toBe(true);
    // The same without `strncmp(`: the spelling with the `n` holds none.
    expect(contains('(?:equals|strn?cmp)\\(', ['equals(', 'strcmp('])).toBe(false);
    // A class between the group and the `(` breaks the spelling.
    expect(contains('(?:equals|strcmp)[ ]?\\(', ['equals(', 'strcmp('])).toBe(false);
    // An optional `\\` before and after a quoted name (the Docker `auth` rule).
    expect(contains('\\\\?"auth\\\\?"', ['"auth"', 'auth\\"'])).toBe(true);
    expect(contains('\\\\?"auth\\\\?"', ['"auth"'])).toBe(false);
    // A short repeat is spelt; a longer one is not, so the answer errs towards searching more.
    expect(contains('(?:a|b){3}x', ['ax', 'bx'])).toBe(true);
    expect(contains('(?:a|b){7}x', ['ax', 'bx'])).toBe(false);
    // A class of a few characters is spelt as they are (bcrypt's `$2a$` … `$2y$`).
    const bcrypt = ['$2a$', '$2b$', '$2x$', '$2y$'];
    expect(contains('\\$2[abxy]\\$[0-9]{2}', bcrypt)).toBe(true);
    expect(contains('\\$2[abxy]\\$[0-9]{2}', bcrypt.slice(1))).toBe(false);
  });

  it('plans a Kotlin pair around its blanks and `to`, not through the whole text', () => {
    const rule = builtinRules.find((r) => r.id === 'kotlin-pair-secret')!;
    const plan = new Engine([rule]).windowedRules();
    expect(plan).toMatchObject([{ id: 'kotlin-pair-secret', by: 'literal' }]);
    // Tabs and several blanks around `to`, in a text that holds the keyword elsewhere.
    const filler = 'val x = listOf(1, 2) // go to the end\n'.repeat(40);
    const pairs = [
      'val a = mapOf("password" to "Hs82kdL3mQz9!x")',
      'val b = mapOf("apiKey"\tto\t"Zq8vR2kLmP4xT7nWb3Xk")',
      'val c = mapOf("secretKey"    to  "Wq72nxB4qWe8Tr")',
      'val d = mapOf("token" \t to \t"Vb92lQp38ZmXc7Tr41K")',
    ];
    const text = pairs.map((p) => filler + p + '\n').join('') + filler;
    const windows = new Engine([rule]).scan(Buffer.from(text), { path: 'a.kts' });
    const whole = new Engine([rule], { wholeText: true }).scan(Buffer.from(text), { path: 'a.kts' });
    expect(view(windows)).toEqual(view(whole));
    expect(windows.length).toBe(4);
  });

  it('plans a comparison call around its keywords, not around every `str`', () => {
    const rule = builtinRules.find((r) => r.id === 'generic-compared-secret-call')!;
    const reach = patternReach(rule.pattern)!;
    expect(reach.contains(rule.keywords.map((k) => k.toLowerCase()))).toBe(true);
  });
});

describe('runsOf', () => {
  const member = new Uint8Array(256);
  for (const c of 'abc') member[c.charCodeAt(0)] = 1;
  it('lists every run long enough, each as far as it goes', () => {
    expect(runsOf('abcab-ab-cabcabc', member, 3)).toEqual([0, 5, 9, 16]);
    expect(runsOf('ab-ab', member, 3)).toEqual([]);
    expect(runsOf('abc', member, 3)).toEqual([0, 3]);
    expect(runsOf('-abca', member, 4)).toEqual([1, 5]);
  });
  it('agrees with a regex on every text of up to 9 characters', () => {
    for (let size = 0; size <= 9; size++) {
      for (let bits = 0; bits < 1 << size; bits++) {
        let text = '';
        for (let i = 0; i < size; i++) text += bits & (1 << i) ? 'a' : '-';
        for (let length = 1; length <= 4; length++) {
          const want = [...text.matchAll(new RegExp(`a{${length},}`, 'g'))].flatMap((m) => [
            m.index,
            m.index + m[0].length,
          ]);
          expect(runsOf(text, member, length), `${text} ${length}`).toEqual(want);
        }
      }
    }
  });
  it('reads stretches of carriage returns from the bytes four at a time, with the same runs', () => {
    // A class with \r (a binary's blanked bytes) against text and bytes at every alignment.
    const withCr = new Uint8Array(256);
    for (const c of '0123456789,\r\n ') withCr[c.charCodeAt(0)] = 1;
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['\r', '\r\r\r\r\r\r\r', '\r'.repeat(37), '1,', ' ', '\r\n', 'x', 'ab', '\u00ff'];
    for (let t = 0; t < 600; t++) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)]!,
      ).join('');
      const pad = Math.floor(next() * 4);
      const bytes = Buffer.from(`${'-'.repeat(pad)}${text}${'\r'.repeat(Math.floor(next() * 6))}`, 'latin1');
      const view = bytes.subarray(pad, pad + text.length);
      for (const length of [1, 3, 5, 8, 40])
        expect(runsOf(text, withCr, length, view), `${JSON.stringify(text)} ${length}`).toEqual(
          runsOf(text, withCr, length),
        );
    }
  });
});

const view = (ms: Match[]): unknown[] =>
  ms.map((m) => [m.ruleId, m.start, m.end, m.line, m.column, m.endLine, m.endColumn, m.secret, m.window.start]);

describe('windowed built-in rules', () => {
  const probe = new Engine(builtinRules);
  const windowed = probe.windowedRules();

  it('cover the rules the plan says, of both kinds', () => {
    expect(windowed.filter((w) => w.by === 'keyword').length).toBeGreaterThan(20);
    expect(windowed.filter((w) => w.by === 'run').length).toBeGreaterThanOrEqual(5);
    expect(windowed.filter((w) => w.by === 'literal').length).toBeGreaterThan(20);
    expect(windowed.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        'git-credentials-url',
        'bitcoin-wif-private-key',
        'otp-secret-assignment',
        'mailgun-private-key',
        // Bounded (`\s{0,8}`) where they read `\s*` and searched whole texts.
        'cloudflare-api-token-legacy',
        'cloudflare-global-api-key-legacy',
      ]),
    );
    // No keyword, and bounded (`export[ \t]{1,8}`, `[ \t]{0,64}` in its look-ahead) where it
    // read `+` and `*` and searched every config file whole: around runs of its value's class.
    expect(windowed.find((w) => w.id === 'generic-unnamed-high-entropy')).toMatchObject({ by: 'run' });
  });

  it('leave only a known few rules searched through whole texts', () => {
    // A rule neither anchored at its keywords nor searched in windows runs its regex over every
    // text that holds one of its keywords: on a tree of JavaScript, with keywords such as `pass`
    // or `token`, that is most of the scan. A rule added to this list is a cost chosen on purpose
    // (most here are limited to one kind of file, or have rare keywords).
    const planned = new Set(windowed.map((w) => w.id));
    const whole = probe.rules.filter((r) => !r.anchored && !planned.has(r.spec.id)).map((r) => r.spec.id);
    expect(whole.sort()).toEqual(
      [
        'azure-devops-pat-legacy',
        'bitwarden-secrets-manager-access-token',
        'deepl-api-key',
        'elevenlabs-api-key-legacy',
        'everhour-api-token',
        'firefox-saved-login',
        'ghost-admin-api-key',
        'infobip-api-key',
        'jenkins-api-token',
        'jwk-private-key',
        'jwk-private-key-yaml',
        'kubernetes-secret-data',
        'maven-settings-server-password',
        'nuget-config-cleartext-password',
        'pgpass-password',
        'private-key-der-base64',
        'private-key-der-hex',
        'proxmox-api-token',
        'pushbullet-access-token',
        'pypirc-password',
        'trello-api-token',
        'twilio-account-sid',
        'twilio-api-key-sid',
        'unleash-api-token',
        'uptimerobot-api-key',
        'vault-service-token-legacy',
        'wakatime-config-api-key',
        'wireguard-private-key',
        'yandex-cloud-static-secret-key',
        'zhipu-api-key',
      ].sort(),
    );
  });

  it('leave the keyword walk run lanes to rules that run on every kind of file', () => {
    // The Mailgun key and the Discord/Atlassian tokens have no keyword either: the walk's two
    // lanes gate them, and the unnamed-value rule (config files only) must not take one.
    const rules = probe.rules.map((r) => r.spec.id);
    const quiet = probe.candidateRules('x = 1\n').map((r) => rules[r]);
    expect(quiet).not.toContain('mailgun-private-key');
    expect(quiet).not.toContain('discord-bot-token');
    const hex = probe.candidateRules(`k ${'0123456789abcdef'.repeat(3)}\n`).map((r) => rules[r]);
    expect(hex).toContain('mailgun-private-key');
  });

  it('find what the whole text holds, on their examples put together every way', () => {
    const differ: string[] = [];
    let found = 0;
    for (const { id } of windowed) {
      const spec: RuleSpec = builtinRules.find((r) => r.id === id)!;
      const windows = new Engine([spec]);
      const whole = new Engine([spec], { wholeText: true });
      const pieces = [...spec.examples, ...spec.counterExamples];
      const filler = 'x = 1; // '.repeat(300);
      const texts = [
        ...pieces,
        pieces.join('\n'),
        pieces.join(''),
        pieces.join(' '),
        pieces.map((p) => `${filler}${p}${filler}`).join('\n'),
        pieces.map((p) => p + p).join(''),
        // Neighbours a boundary or a look-around turns a match down for.
        pieces.map((p) => `A${p}Z0_-`).join('\n'),
        pieces.map((p) => `9${p}9`).join(''),
        `${filler}${spec.keywords.join(' ')}${filler}${pieces.join(filler)}`,
      ];
      const next = seededRandom(id.length * 7919 + id.charCodeAt(0));
      const bits = [...pieces.flatMap((p) => [p, p.slice(0, p.length >> 1), p.slice(p.length >> 1)]), ...spec.keywords];
      for (let t = 0; t < 30; t++) {
        let text = '';
        for (let k = 0; k < 8; k++)
          text += next() < 0.2 ? ' \n='[Math.floor(next() * 3)] : bits[Math.floor(next() * bits.length)];
        texts.push(text);
      }
      for (const text of texts) {
        const a = view(windows.scan(Buffer.from(text, 'utf8'), { path: 'a.txt' }));
        const b = view(whole.scan(Buffer.from(text, 'utf8'), { path: 'a.txt' }));
        found += b.length;
        if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${id}: ${JSON.stringify(text.slice(0, 120))}`);
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(windowed.length);
  });
});
