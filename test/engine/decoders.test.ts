import { describe, expect, it } from 'vitest';
import { ENCODED_MARKER_REASON, Engine } from '../../src/engine/engine.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { base64Spellings } from '../../src/engine/base64-keywords.js';
import { findEncodedSegments } from '../../src/engine/decoders.js';
import { maskedLine, secretSpans } from '../../src/report/redact.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { githubRule } from '../helpers/rules.js';

const keys = new FakeKeys('decoders');
const gh = githubRule;
const engine = new Engine([gh]);

describe('base64Spellings', () => {
  it('agrees with Buffer base64 for every alignment', () => {
    for (const kw of ['ghp_', 'AKIA', 'sk_live_', 'password', 'xoxb-', '-----BEGIN']) {
      const spellings = base64Spellings(kw);
      for (const prefix of ['', 'x', 'xy']) {
        for (const suffix of ['', 'z', 'zz', 'zzz']) {
          const enc = Buffer.from(`${prefix}${kw}${suffix}`).toString('base64');
          const url = Buffer.from(`${prefix}${kw}${suffix}`).toString('base64url');
          expect(
            spellings.some((sp) => enc.includes(sp) || url.includes(sp)),
            `${prefix}|${kw}|${suffix}`,
          ).toBe(true);
        }
      }
    }
  });

  it('finds the keyword inside base64 at every alignment', () => {
    const spellings = base64Spellings('password');
    for (const prefix of ['', 'a', 'ab']) {
      const enc = Buffer.from(`${prefix}password=hunter2`).toString('base64');
      expect(
        spellings.some((s) => enc.includes(s)),
        prefix,
      ).toBe(true);
    }
  });
});

describe('decoders', () => {
  it('finds a token inside base64 (a Kubernetes Secret) and points at the encoded text', () => {
    const tok = keys.github();
    const encoded = Buffer.from(`GITHUB_TOKEN=${tok}\n`).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  env: ${encoded}\n`;
    const m = engine.scan(Buffer.from(text));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ ruleId: 'gh', secret: tok, line: 4, column: 8, decodedFrom: 'base64' });
    expect(m[0]!.window.bytes).toBe(`  env: ${encoded}`);
    expect(maskedLine(m[0]!.window, secretSpans(m))).toBe('  env: [encoded]');
  });

  // 1Password's and others' docs write DUMMY over the start of a real-looking encoded token:
  // the rest still decodes, and what it holds is the demonstration's, not a leak.
  it('reports what decodes from base64 that spells DUMMY or EXAMPLE as an example, at low confidence', () => {
    const tok = keys.github();
    // A service-account token's shape: a JSON document of a few hundred bytes, so the bytes the
    // marker garbles at its start leave it reading as text.
    const doc = {
      email: 'ci-deploy@serviceaccounts.corp.io',
      signInAddress: 'corp.1password.com',
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: 'uD415O3Dk8ZPxxN2sPTZA2' },
      token: tok,
      deviceUuid: '49czvqbgu1cfh9mypwub2dudmu',
      note: 'rotated by the platform team every ninety days; ask in #platform before revoking it',
    };
    const encoded = Buffer.from(JSON.stringify(doc)).toString('base64');
    expect(engine.scan(Buffer.from(`OP_TOKEN=ops_${encoded}\n`))[0]).toMatchObject({ secret: tok, confidence: 'high' });
    for (const marker of ['DUMMY', 'EXAMPLE']) {
      const m = engine.scan(Buffer.from(`OP_TOKEN=ops_${marker}${encoded.slice(marker.length)}\n`));
      expect(m).toHaveLength(1);
      expect(m[0]).toMatchObject({
        secret: tok,
        decodedFrom: 'base64',
        confidence: 'low',
        example: true,
        reasons: [ENCODED_MARKER_REASON],
      });
    }
    // Lower case is what random base64 spells now and then: no evidence.
    const m = engine.scan(Buffer.from(`OP_TOKEN=ops_dummy${encoded.slice(5)}\n`));
    expect(m[0]).toMatchObject({ secret: tok, confidence: 'high' });
    expect(m[0]!.example).toBeUndefined();
  });

  it('finds a token in base64url', () => {
    const tok = keys.github();
    const url = Buffer.from(`{"t":"${tok}"}`).toString('base64url');
    expect(engine.scan(Buffer.from(`x=${url}`))[0]).toMatchObject({ secret: tok, decodedFrom: 'base64' });
  });

  // Keyword spellings find the first layer; inside decoded text any base64 run is tried. So a
  // document that names the provider and carries an encoded value (a Docker config inside a
  // Kubernetes Secret) is found two layers down, and a blind double encoding is not.
  const nested = (tok: string): string =>
    Buffer.from(`{"ghp_token": "${Buffer.from(`token ${tok}`).toString('base64')}"}`).toString('base64');

  it('finds a token two layers down', () => {
    const tok = keys.github();
    expect(engine.scan(Buffer.from(`x=${nested(tok)}`))[0]).toMatchObject({
      secret: tok,
      decodedFrom: 'base64>base64',
    });
  });

  it('stops at the depth limit', () => {
    const tok = keys.github();
    expect(new Engine([gh], { decodeDepth: 1 }).scan(Buffer.from(`x=${nested(tok)}`))).toEqual([]);
    const once = Buffer.from(`token ${tok}`).toString('base64');
    expect(new Engine([gh], { decodeDepth: 1 }).scan(Buffer.from(`x=${once}`))).toHaveLength(1);
    expect(new Engine([gh], { decodeDepth: 0 }).scan(Buffer.from(`x=${once}`))).toEqual([]);
  });

  it('reads bare + as a space only in a form-encoded token', () => {
    const decoded = (text: string) => findEncodedSegments(text, []).find((s) => s.kind === 'percent')?.decoded;
    // quote_plus escapes + itself, so a bare + is a space.
    expect(decoded('q=a+b%2Bc%3D')).toBe('q=a b+c=');
    expect(decoded('key=-----BEGIN+EC+PRIVATE+KEY-----%0AMHcCAQEE%0A')).toBe(
      'key=-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n',
    );
    // A PuTTY key has no armor line; its `Name: value` headers show the form encoding.
    expect(decoded('key=PuTTY-User-Key-File-3%3A+ssh-ed25519%0AEncryption%3A+none%0A')).toBe(
      'key=PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n',
    );
    // A path or a URI component that leaves + alone keeps it.
    expect(decoded('/files/a+b/%5Bx%5D')).toBe('/files/a+b/[x]');
    expect(decoded('q=a%3Ab+c%2F')).toBe('q=a:b+c/');
  });

  it('finds a token hidden with \\u escapes and with percent-encoding', () => {
    const tok = keys.github();
    const escaped = [...tok].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    expect(engine.scan(Buffer.from(`const t = "${escaped}";`))[0]).toMatchObject({
      secret: tok,
      decodedFrom: 'escape',
    });
    const pct = `token%3D${tok}%26x%3D1`;
    // Raw, the token is glued to "3D" and fails its word boundary; decoded, it stands alone.
    const m = engine.scan(Buffer.from(`GET /?q=${pct}`));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ secret: tok, decodedFrom: 'percent' });
    // Found both raw and after decoding, it is one finding, not two.
    const both = engine.scan(Buffer.from(`a=%22x%22 ${tok}`));
    expect(both).toHaveLength(1);
    expect(both[0]!.decodedFrom).toBeUndefined();
  });

  it('finds \\u and \\x escapes among other backslashes as a backslash-by-backslash search does', () => {
    // The first way this was written, every backslash in turn: the model the search must agree with.
    const isDelimiter = (c: number): boolean => c <= 32 || [34, 39, 96, 60, 62, 40, 41, 123, 125].includes(c);
    const byBackslash = (text: string): [number, number][] => {
      const out: [number, number][] = [];
      let lastEnd = -1;
      for (let i = text.indexOf('\\'); i !== -1;) {
        if (i >= lastEnd && (text[i + 1] === 'u' || text[i + 1] === 'x')) {
          let s = i;
          while (s > 0 && !isDelimiter(text.charCodeAt(s - 1)) && i - s < 4096) s--;
          let e = i;
          while (e < text.length && !isDelimiter(text.charCodeAt(e)) && e - i < 4096) e++;
          lastEnd = e;
          if ((text.slice(s, e).match(/\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}/g)?.length ?? 0) >= 4) out.push([s, e]);
          i = text.indexOf('\\', e);
          continue;
        }
        i = text.indexOf('\\', i + 1);
      }
      return out;
    };
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // No quotes: the JSON string search then finds nothing, and every `escape` segment is this search's.
    const pieces = [
      '\\u0041',
      '\\x42',
      '\\u00',
      '\\\\',
      '\\n',
      '\\d+',
      '\\',
      'u',
      'x',
      'a',
      ' ',
      '{',
      'y'.repeat(3000),
    ];
    let segments = 0;
    for (let t = 0; t < 3000; t++) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)]!,
      ).join('');
      const expected = byBackslash(text);
      segments += expected.length;
      const got = findEncodedSegments(text, []).flatMap((s) => (s.kind === 'escape' ? [[s.start, s.end]] : []));
      expect(got, JSON.stringify(text)).toEqual(expected);
    }
    expect(segments).toBeGreaterThan(300);
  });

  it('reports a token written again, escaped, on another line as a second place it leaked', () => {
    const tok = keys.github();
    const escaped = [...tok].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const m = engine.scan(Buffer.from(`GITHUB_TOKEN=${tok}\nconst t = "${escaped}";\n`));
    expect(m.map((x) => [x.line, x.secret, x.decodedFrom])).toEqual([
      [1, tok, undefined],
      [2, tok, 'escape'],
    ]);
  });

  it('ignores base64 that decodes to binary', () => {
    const blob = Buffer.concat([
      Buffer.from('ghp_'),
      Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256)),
    ]).toString('base64');
    expect(engine.scan(Buffer.from(`data:image/png;base64,${blob}`))).toEqual([]);
  });
});

describe('decoders and generic rules', () => {
  it('reports the provider token inside a base64 value that a generic rule also matched raw', () => {
    const generic: RuleSpec = {
      id: 'generic-value',
      name: 'Generic',
      severity: 'medium',
      tags: ['generic'],
      keywords: ['token'],
      pattern: 'token: (\\S{20,})',
      examples: [],
      counterExamples: [],
    };
    const tok = keys.github();
    const enc = Buffer.from(`GITHUB_TOKEN=${tok}`).toString('base64');
    const m = new Engine([gh, generic]).scan(Buffer.from(`data:\n  token: ${enc}\n`));
    expect(m.map((x) => [x.ruleId, x.decodedFrom])).toEqual([['gh', 'base64']]);
  });
});

describe('JSON strings holding quoted text', () => {
  /** The first way this was written, one character at a time: the model the search must agree with. */
  function byCharacter(text: string): { start: number; end: number; decoded: string }[] {
    const escapedAt = (at: number): boolean => {
      let n = 0;
      while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 92) n++;
      return n % 2 === 1;
    };
    const out: { start: number; end: number; decoded: string }[] = [];
    let tries = 0;
    let lastEnd = -1;
    for (let i = text.indexOf('\\"'); i !== -1 && tries < 2048; i = text.indexOf('\\"', i + 2)) {
      if (i < lastEnd || escapedAt(i)) continue;
      tries++;
      const lineStart = Math.max(text.lastIndexOf('\n', i) + 1, i - 4096);
      let s = i - 1;
      while (s >= lineStart && !(text.charCodeAt(s) === 34 && !escapedAt(s))) s--;
      if (s < lineStart) continue;
      let e = i + 2;
      const limit = Math.min(text.length, s + 4096);
      while (e < limit && !(text.charCodeAt(e) === 34 && !escapedAt(e)) && text.charCodeAt(e) !== 10) e++;
      if (e >= limit || text.charCodeAt(e) !== 34) continue;
      lastEnd = e + 1;
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(text.slice(s, e + 1), 'latin1').toString('utf8'));
      } catch {
        continue;
      }
      if (typeof decoded === 'string')
        out.push({ start: s + 1, end: e, decoded: Buffer.from(decoded, 'utf8').toString('latin1') });
    }
    return out;
  }

  it('finds the same strings as a character-by-character search', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['\\"', '"', '\\', '\n', 'a', 'b c', '=', '\\\\"'];
    let found = 0;
    for (let t = 0; t < 3000; t++) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)]!,
      ).join('');
      const expected = byCharacter(text);
      found += expected.length;
      const got = findEncodedSegments(text, []).map(({ start, end, decoded }) => ({ start, end, decoded }));
      expect(got, JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('agrees with it on lines longer than a string may be, where the search floor moves', () => {
    // Filler past MAX_JSON_STRING (4096) between escaped quotes: each search starts above the
    // last one's floor, which the search reuses (see QuotesBefore).
    let seed = 23;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['\\"', '"', '\\', '\n', 'a', '=', 'x'.repeat(1500), `'<a href=\\"/">'`];
    let found = 0;
    for (let t = 0; t < 400; t++) {
      const text = Array.from(
        { length: Math.floor(next() * 30) },
        () => pieces[Math.floor(next() * pieces.length)]!,
      ).join('');
      const expected = byCharacter(text);
      found += expected.length;
      const got = findEncodedSegments(text, []).map(({ start, end, decoded }) => ({ start, end, decoded }));
      expect(got, JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(50);
  });

  it('reads the strings of a minified line, up to the cap', () => {
    const text = `[${'"say \\"hi\\"",'.repeat(3000)}]`;
    const found = findEncodedSegments(text, []);
    expect(found.length).toBe(2048);
    expect(found[0]).toMatchObject({ kind: 'escape', start: 2, decoded: 'say "hi"' });
    expect(new Set(found.map((f) => f.decoded))).toEqual(new Set(['say "hi"']));
  });
});

describe('HTML and XML character references', () => {
  it('finds a token spelled with references and places it at the bytes that spell it', () => {
    const tok = keys.github();
    const spelled = `&#${tok.charCodeAt(0)};&#x${tok.charCodeAt(1).toString(16)};${tok.slice(2)}`;
    const line = `<a title="build" data-token="${spelled}">ok</a>`;
    const text = `<html>\n${line}\n</html>\n`;
    const [m, ...rest] = engine.scan(Buffer.from(text));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ secret: tok, decodedFrom: 'entity', line: 2, column: line.indexOf('&#') + 1 });
    expect(text.slice(m!.start, m!.end)).toBe(spelled);
    // The report masks what the file holds, not the decoded spelling.
    const shown = maskedLine(m!.window, secretSpans([m!]));
    expect(shown).not.toContain(tok.slice(2));
    expect(shown).toContain('data-token="');
  });

  it('keeps every other finding on the line where it is', () => {
    const a = keys.github();
    const b = keys.github();
    const text = `<p title="&quot;${a}&quot;">${b}</p>\n`;
    const m = engine.scan(Buffer.from(text));
    expect(m.map((x) => [x.secret, x.decodedFrom, text.slice(x.start, x.end)])).toEqual([
      [a, undefined, a],
      [b, undefined, b],
    ]);
  });

  it('decodes a reference escaped twice, two layers down', () => {
    const tok = keys.github();
    const text = `<mxCell value="&amp;lt;div&amp;gt;&amp;#103;${tok.slice(1)}&amp;lt;/div&amp;gt;"/>\n`;
    const [m] = engine.scan(Buffer.from(text));
    expect(m).toMatchObject({ secret: tok, decodedFrom: 'entity>entity' });
    expect(text.slice(m!.start, m!.end)).toBe(`&amp;#103;${tok.slice(1)}`);
  });

  it('makes one segment of consecutive lines that hold references, with the bare line after them', () => {
    const text = 'a\n<k>one&#13;\ntwo&#13;\nthree</k>\nfour\nfive &lt; six\n';
    const segs = findEncodedSegments(text, []).filter((s) => s.kind === 'entity');
    expect(segs.map((s) => [s.decoded, text.slice(s.start, s.end)])).toEqual([
      ['<k>one\r\ntwo\r\nthree</k>', '<k>one&#13;\ntwo&#13;\nthree</k>'],
      // The last line's "line after" is the empty one past its line break.
      ['five < six\n', 'five &lt; six\n'],
    ]);
    // Every decoded byte knows where it came from; the end maps to the segment's end.
    const [first] = segs;
    expect(first!.offsetOf!(first!.decoded.indexOf('two'))).toBe(text.indexOf('two'));
    expect(first!.offsetOf!(first!.decoded.indexOf('\r'))).toBe(text.indexOf('&#13;'));
    expect(first!.offsetOf!(first!.decoded.length)).toBe(first!.end);
    expect(first!.offsetOf!(0)).toBe(first!.start);
  });

  it('turns references past ASCII into UTF-8 bytes and leaves what is no reference alone', () => {
    const text = 'x = "caf&#233; &#x1F511;" && y &nosuch; &#0; &amp\n';
    const [seg, ...rest] = findEncodedSegments(text, []).filter((s) => s.kind === 'entity');
    expect(rest).toEqual([]);
    expect(Buffer.from(seg!.decoded, 'latin1').toString('utf8')).toBe('x = "café 🔑" && y &nosuch; &#0; &amp\n');
    expect(findEncodedSegments('if (a && b) { c &= d; }\n', [])).toEqual([]);
  });

  it('reaches only so far around the references of a long minified line', () => {
    const text = `${'x'.repeat(10_000)}&quot;${'y'.repeat(10_000)}`;
    const [seg] = findEncodedSegments(text, []);
    expect(seg!.start).toBe(10_000 - 4096);
    expect(seg!.end).toBe(10_006 + 4096);
  });
});
