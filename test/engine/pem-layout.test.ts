import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pemBodyCandidates, readArmorLines } from '../../src/engine/pem-layout.js';
import { pemPrivateKey } from '../../src/engine/validators/pem-private-key.js';
import type { Confidence } from '../../src/engine/types.js';
import { builtinRules, scan } from '../helpers/builtin-scan.js';

// Throwaway keys generated in memory for each run; nothing here is stored or reused.
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const spki = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
const lines = (pem: string): string[] => pem.trimEnd().split('\n');
const body = (pem: string): string => lines(pem).slice(1, -1).join('');

/** Each line of the key as a logger or a build tool prints it. */
const prefixed = (pem: string, prefix: (i: number) => string): string =>
  lines(pem)
    .map((l, i) => prefix(i) + l)
    .join('\n');

describe('pemBodyCandidates', () => {
  it('takes log prefixes off each line', () => {
    const inner = lines(pkcs8).slice(1, -1);
    const text = `\n${inner.map((l) => `2026-04-26 12:36:01 ${l}`).join('\n')}\n2026-04-26 12:36:01 `;
    expect(pemBodyCandidates(text)).toContain(body(pkcs8));
  });

  it('undoes single and double escapes and string concatenation', () => {
    const inner = lines(pkcs8).slice(1, -1);
    expect(pemBodyCandidates(`\\n${inner.join('\\n')}\\n`)).toContain(body(pkcs8));
    expect(pemBodyCandidates(`\\\\r\\\\n${inner.join('\\\\r\\\\n')}\\\\r\\\\n`)).toContain(body(pkcs8));
    const concat = `\\n"\n${inner.map((l) => `    + "${l}\\n"`).join('\n')}\n    + "`;
    expect(pemBodyCandidates(concat)).toContain(body(pkcs8));
  });

  it('joins a block written on one line with spaces', () => {
    const inner = lines(pkcs8).slice(1, -1);
    expect(pemBodyCandidates(` ${inner.join(' ')} `)).toContain(body(pkcs8));
  });

  it("takes a diff's `+` off each line, where it would stick to the data", () => {
    const inner = lines(pkcs8).slice(1, -1);
    expect(pemBodyCandidates(`\n${inner.map((l) => `+${l}`).join('\n')}\n+`)).toContain(body(pkcs8));
  });

  it('finds nothing in text without base64', () => {
    expect(pemBodyCandidates('\n  ...\n')).toEqual([]);
  });
});

describe('PEM private keys in real layouts', () => {
  const layouts: Record<string, string> = {
    'a timestamped log': prefixed(pkcs8, () => '2026-04-26 12:36:01 '),
    'a BuildKit step': `#6 [3/4] RUN cat key.pem\n${prefixed(pkcs8, () => '#6 0.245 ')}\n#6 DONE 0.3s`,
    'docker compose output': prefixed(pkcs1, () => 'api-1  | '),
    'an ISO timestamp and level': prefixed(pkcs1, (i) => `2026-04-26T12:36:0${i % 10}.123Z INFO `),
    'a log inside a JSON string': JSON.stringify({
      'build.log': prefixed(pkcs8, () => '#5 0.228 ').replace(/\n/g, '\r\n'),
    }),
    'a log escaped twice': JSON.stringify(
      JSON.stringify({ log: prefixed(pkcs8, () => '#5 0.228 ').replace(/\n/g, '\r\n') }),
    ),
    'Java concatenation with escaped escapes': `String k = "\\"${lines(pkcs8)
      .map((l) => `${l}\\\\n"`)
      .join('\n  + "')}\\"";`,
    'a C string with \\\\n': `char pk[] = "${lines(pkcs1).join('\\\\n')}\\\\n";`,
    'one line joined with spaces': `private_key2=${lines(pkcs1).join(' ')}`,
    'a comment block': lines(pkcs1)
      .map((l) => ` *  ${l}`)
      .join('\n'),
    'a patch that adds the file': prefixed(pkcs8, () => '+'),
    'a patch that deletes the file': prefixed(pkcs1, () => '-'),
    'mismatched armor labels': pkcs8.replace('-----END PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----'),
  };
  for (const [name, text] of Object.entries(layouts)) {
    it(`accepts a key in ${name}`, () => {
      const start = text.indexOf('-----BEGIN');
      const end = text.lastIndexOf('PRIVATE KEY-----') + 'PRIVATE KEY-----'.length;
      expect(pemPrivateKey(text.slice(start, end))).toBe(true);
    });
  }

  it('still rejects a truncated key, a public key and a line with a character dropped, in a log', () => {
    const inner = lines(pkcs8);
    const truncated = [...inner.slice(0, 4), ...inner.slice(-1)];
    expect(pemPrivateKey(prefixed(truncated.join('\n'), () => '2026-04-26 12:36:01 '))).toBe(false);
    expect(pemPrivateKey(prefixed(spki, () => '2026-04-26 12:36:01 '))).toBe(false);
    const dropped = inner.map((l, i) => (i === 3 ? l.slice(1) : l));
    expect(pemPrivateKey(prefixed(dropped.join('\n'), () => '#6 0.245 '))).toBe(false);
  });
});

describe('the PEM rules stop at the first END line', () => {
  const rule = builtinRules.find((r) => r.id === 'private-key-pem')!;
  it('does not run from a block whose END line was re-typed into the next block', () => {
    const ec = (
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string
    ).trim();
    const first = ec.replace('-----END EC PRIVATE KEY-----', '----END EC PRIVATE KEY----');
    const second = pkcs8.trim().replace('-----BEGIN PRIVATE KEY-----', '----BEGIN PRIVATE KEY----');
    expect(new RegExp(rule.pattern).exec(`${first}\n\n${second}\n`)).toBeNull();
  });
});

describe('readArmorLines', () => {
  const inner = lines(pkcs8).slice(1, -1);

  it('reads headers, wrapped lines and a checksum through markers that differ line to line', () => {
    const text = [
      '',
      ' *  Version: 1',
      '',
      ...inner.map((l, i) => `${['// ', '# ', ' *  ', '  + "'][i % 4]}${l}`),
      '# =AbC1',
      ' *  ',
    ].join('\n');
    expect(readArmorLines(text)).toEqual({ headers: ['Version: 1'], lines: inner, checksum: 'AbC1' });
  });

  it('takes off the log prefix the END line carries, whatever its digits', () => {
    const text = `\n${inner.map((l, i) => `12:36:${String(i).padStart(2, '0')} web_1  | ${l}`).join('\n')}\n12:36:09 web_1  | `;
    expect(readArmorLines(text)?.lines).toEqual(inner);
  });

  it('gives up on a line that is not data or decoration', () => {
    expect(readArmorLines(`\n${inner[0]}\n...\n`)).toBeUndefined();
    expect(readArmorLines(`\n${inner[0]}\n<snip>\n`)).toBeUndefined();
    expect(readArmorLines(`\n${inner[0]}\nComment: late header\n`)).toBeUndefined();
    expect(readArmorLines(`\n${inner[0]}\n=AbC1\n${inner[1]}\n`)).toBeUndefined();
  });
});

describe('private keys in the layouts real files give them (built-in rules)', () => {
  const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const pem = (ecKey.export({ type: 'sec1', format: 'pem' }) as string).trim();
  const encrypted = (
    ecKey.export({ type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'layout-test' }) as string
  ).trim();
  const der = (type: 'pkcs8' | 'pkcs1' | 'sec1', key = ecKey) =>
    (key.export({ type, format: 'der' }) as Buffer).toString('base64');
  const lines = pem.split('\n');
  const indent = (n: number) => lines.map((l) => ' '.repeat(n) + l).join('\n');
  const b64 = Buffer.from(`${pem}\n`).toString('base64');
  const wrapped = b64.match(/.{1,64}/g)!;
  // [layout, text, the rule that reports it, the line it is reported at, its confidence if not high]
  const layouts: [string, string, string, number, Confidence?][] = [
    ['YAML block scalar', `tls:\n  key: |-\n${indent(4)}\n`, 'private-key-pem', 3],
    ['Terraform heredoc', `resource "x" "y" {\n  private_key = <<-EOT\n${indent(4)}\n  EOT\n}\n`, 'private-key-pem', 3],
    ['XML element', `<config>\n  <privateKey>${pem}</privateKey>\n</config>\n`, 'private-key-pem', 2],
    ['JSON escaped twice', JSON.stringify({ body: JSON.stringify({ key: pem }) }), 'private-key-pem', 1],
    ['Go raw string', `package x\n\nconst key = \`${pem}\`\n`, 'private-key-pem', 3],
    ['C literals with \\n', `const char *k =\n${lines.map((l) => `  "${l}\\n"`).join('\n')};\n`, 'private-key-pem', 2],
    ['PowerShell here-string', `$key = @"\n${pem}\n"@\n`, 'private-key-pem', 2],
    [
      'Kotlin trimMargin',
      `val k = """\n${lines.map((l) => `    |${l}`).join('\n')}\n""".trimMargin()\n`,
      'private-key-pem',
      2,
    ],
    ['SQL INSERT', `INSERT INTO keys VALUES (1, '${pem}');\n`, 'private-key-pem', 1],
    ['log prefix', lines.map((l) => `2024-01-02T03:04:05Z INFO [main] ${l}`).join('\n'), 'private-key-pem', 1],
    ['CRLF', `${pem.replace(/\n/g, '\r\n')}\r\n`, 'private-key-pem', 1],
    [
      'a patch adding the key',
      `+++ b/tls.key\n@@ -0,0 +1,5 @@\n${lines.map((l) => `+${l}`).join('\n')}\n`,
      'private-key-pem',
      3,
    ],
    [
      'a patch deleting the key',
      `--- a/tls.key\n@@ -1,5 +0,0 @@\n${lines.map((l) => `-${l}`).join('\n')}\n`,
      'private-key-pem',
      3,
    ],
    [
      'base64, Python literals',
      `pkey = (${wrapped.map((l) => `"${l}"`).join('\n        ')})\n`,
      'private-key-pem-base64',
      1,
    ],
    ['base64, JS +', `const k = ${wrapped.map((l) => `'${l}'`).join(' +\n  ')};\n`, 'private-key-pem-base64', 1],
    [
      'base64 wrapped at 76',
      `data:\n  tls.key: >-\n${b64
        .match(/.{1,76}/g)!
        .map((l) => `    ${l}`)
        .join('\n')}\nkind: Secret\n`,
      'private-key-pem-base64',
      3,
    ],
    ['Java .properties, \\n and \\ continuations', `jwt.key=${lines.join('\\n\\\n    ')}\n`, 'private-key-pem', 1],
    ['HTML with <br>', `<p>Our key:</p>\n<pre>${lines.join('<br>\n')}</pre>\n`, 'private-key-pem', 2],
    ['HTML on one line with <br />', `<div>${lines.join('<br />')}</div>\n`, 'private-key-pem', 1],
    [
      'a JWK written as a JavaScript object',
      (() => {
        const { kty, crv, x, y, d } = ecKey.export({ format: 'jwk' });
        return `export const signingKey = { kty: '${kty}', crv: '${crv}', x: '${x}', y: '${y}', d: '${d}' };\n`;
      })(),
      'jwk-private-key',
      1,
    ],
    ['XML attribute with &#xA;', `<add key="signing" value="${lines.join('&#xA;')}"/>\n`, 'private-key-pem', 1],
    ['XML text with &#13;&#10;', `<root>\n  <key>${lines.join('&#13;&#10;')}</key>\n</root>\n`, 'private-key-pem', 2],
    ['JSON with \\r\\n', JSON.stringify({ key: pem.replace(/\n/g, '\r\n') }), 'private-key-pem', 1],
    [
      'legacy encryption headers',
      `ssl:\n  key: |\n${encrypted.replace(/^/gm, '    ')}\n`,
      'private-key-pem-legacy-encrypted',
      3,
    ],
    [
      'a log cut off before END',
      `2024-05-02 10:14:07 ERROR bad key:\n${pkcs1.trimEnd().split('\n').slice(0, -3).join('\n')}\n2024-05-02 10:14:08 INFO retry\n`,
      'private-key-pem-truncated',
      2,
      'medium',
    ],
    ['bare DER, YAML', `signing:\n  private_key: ${der('pkcs8')}\n`, 'private-key-der-base64', 2],
    ['bare DER, JSON', `{\n  "privateKey": "${der('sec1')}"\n}\n`, 'private-key-der-base64', 2],
    [
      'bare DER, a YAML block scalar',
      `signing:\n  private_key: |\n${der('pkcs8')
        .match(/.{1,64}/g)!
        .map((l) => `    ${l}`)
        .join('\n')}\n  alg: ES256\n`,
      'private-key-der-base64',
      3,
    ],
    [
      'bare DER, hex',
      `PRIVATE_KEY_HEX=${Buffer.from(der('sec1'), 'base64').toString('hex')}\n`,
      'private-key-der-hex',
      1,
    ],
    ['armor re-typed with four dashes', pem.replace(/-----/g, '----'), 'private-key-pem-loose-armor', 1],
    [
      'a JWKS file',
      JSON.stringify({ keys: [{ ...ecKey.export({ format: 'jwk' }), kid: '1' }] }, null, 2),
      'jwk-private-key',
      3,
    ],
  ];
  for (const [name, text, ruleId, line, confidence = 'high'] of layouts) {
    it(`finds a key in ${name}, as sure of it as it can be`, () => {
      const found = scan(text, 'deploy/config.txt').map((m) => [m.ruleId, m.line, m.confidence]);
      // The rules are tagged generic (a provider's own rule wins an overlap), which alone would
      // make them medium; a key whose DER body parsed is not a guess. A key cut short is.
      expect(found).toContainEqual([ruleId, line, confidence]);
    });
  }
});
