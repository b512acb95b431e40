/**
 * Private keys in the layouts they leak in (issue 11): every kind of key the PEM, OpenSSH,
 * PuTTY and PGP rules know, crossed with the ways a key's lines get decorated, joined, escaped or wrapped
 * on their way into a log, a script, a manifest or a source file. Each cell is one finding, of
 * the kind's rule, at the line the block starts on. The same layouts around a public key or
 * random base64 are not findings: the structural checks still decide.
 */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { armorPgpPrivateKey } from '../../src/engine/validators/pgp-armor.js';
import { puttyMac, puttyUnencryptedMacKey } from '../../src/engine/validators/putty-key.js';
import { wireString, wireUint32 } from '../../src/engine/validators/ssh-wire.js';
import { scan } from '../helpers/builtin-scan.js';

// Throwaway keys generated in memory for each run; nothing here is stored or reused.
const pkcs8 = (key: KeyObject): string => (key.export({ type: 'pkcs8', format: 'pem' }) as string).trim();
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
/** Node makes DH key pairs in a named group; @types/node does not list the `dh` type. */
const dhKeyPair = (group: string) =>
  (generateKeyPairSync as unknown as (type: 'dh', options: { group: string }) => { privateKey: KeyObject })('dh', {
    group,
  });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });

/** Deterministic filler bytes, so a failure reproduces. */
const bytes = (n: number, seed: string): Buffer => {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < n; i++) out.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(out).subarray(0, n);
};

/** An unencrypted openssh-key-v1 file (PROTOCOL.key) around a throwaway Ed25519 key. */
function opensshEd25519(): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32);
  const seed = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).subarray(-32);
  const pubBlob = Buffer.concat([wireString('ssh-ed25519'), wireString(pub)]);
  const inner = Buffer.concat([
    wireUint32(0x5eed1234),
    wireUint32(0x5eed1234),
    pubBlob,
    wireString(Buffer.concat([seed, pub])),
    wireString('deploy@ci'),
  ]);
  const pad = Buffer.from(Array.from({ length: (8 - (inner.length % 8)) % 8 }, (_, i) => i + 1));
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    wireString('none'),
    wireString('none'),
    wireString(Buffer.alloc(0)),
    wireUint32(1),
    wireString(pubBlob),
    wireString(Buffer.concat([inner, pad])),
  ]);
  const lines = blob.toString('base64').match(/.{1,70}/g)!;
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----'].join('\n');
}

/** An armored OpenPGP v4 Ed25519 Secret-Key packet (RFC 4880 §5.5.3), unprotected, with its CRC line. */
function pgpSecretKey(): string {
  const mpi = (b: Buffer): Buffer => Buffer.concat([Buffer.from([(b.length * 8) >> 8, (b.length * 8) & 0xff]), b]);
  const ed25519Oid = Buffer.from('2b06010401da470f01', 'hex');
  const packet = Buffer.concat([
    Buffer.from([4, 0x65, 0x70, 0x00, 0x00, 22, ed25519Oid.length]),
    ed25519Oid,
    mpi(Buffer.concat([Buffer.from([0x40]), bytes(32, 'pgp-public')])),
    Buffer.from([0]),
    mpi(bytes(32, 'pgp-secret')),
    bytes(2, 'pgp-checksum'),
  ]);
  return armorPgpPrivateKey(Buffer.concat([Buffer.from([0xc5, packet.length]), packet])).trim();
}

/** An unencrypted PuTTY `.ppk` (PuTTY's Appendix C; format 2 or 3) of a throwaway Ed25519 key, its MAC computed. */
function puttyEd25519(version: 2 | 3 = 3): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32);
  const seed = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).subarray(-32);
  const key = {
    version,
    algorithm: 'ssh-ed25519',
    encryption: 'none',
    comment: 'deploy@ci',
    publicBlob: Buffer.concat([wireString('ssh-ed25519'), wireString(pub)]),
    privateBlob: wireString(seed),
  };
  const wrap = (b: Buffer): string[] => b.toString('base64').match(/.{1,64}/g)!;
  const pubLines = wrap(key.publicBlob);
  const privLines = wrap(key.privateBlob);
  return [
    `PuTTY-User-Key-File-${version}: ssh-ed25519`,
    'Encryption: none',
    `Comment: ${key.comment}`,
    `Public-Lines: ${pubLines.length}`,
    ...pubLines,
    `Private-Lines: ${privLines.length}`,
    ...privLines,
    `Private-MAC: ${puttyMac(key, puttyUnencryptedMacKey(version))}`,
  ].join('\n');
}

// [kind, the key's text, the rule that reports it]
const kinds: [string, string, string][] = [
  ['RSA PKCS#8', pkcs8(rsa.privateKey), 'private-key-pem'],
  ['RSA PKCS#1', (rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string).trim(), 'private-key-pem'],
  [
    'SEC 1 EC after its EC PARAMETERS',
    // The named curve's parameters block `openssl ecparam -genkey` writes first (prime256v1's OID).
    `-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n${(
      ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string
    ).trim()}`,
    'private-key-pem',
  ],
  ['DSA', pkcs8(generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).privateKey), 'private-key-pem'],
  ['Ed25519', pkcs8(generateKeyPairSync('ed25519').privateKey), 'private-key-pem'],
  ['X25519', pkcs8(generateKeyPairSync('x25519').privateKey), 'private-key-pem'],
  ['Ed448', pkcs8(generateKeyPairSync('ed448').privateKey), 'private-key-pem'],
  ['DH in a named group', pkcs8(dhKeyPair('modp14').privateKey), 'private-key-pem'],
  [
    'encrypted PKCS#8',
    (
      ec.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'layouts' }) as string
    ).trim(),
    'private-key-pem-encrypted',
  ],
  [
    'legacy encrypted RSA',
    (
      rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'layouts' }) as string
    ).trim(),
    'private-key-pem-legacy-encrypted',
  ],
  ['OpenSSH', opensshEd25519(), 'openssh-private-key'],
  ['PuTTY', puttyEd25519(), 'putty-private-key'],
  // Format 2, which PuTTYgen wrote until 0.75 and WinSCP and older tools still write.
  ['PuTTY format 2', puttyEd25519(2), 'putty-private-key'],
  ['PGP with its CRC line', pgpSecretKey(), 'pgp-private-key-block'],
  ['PGP without its CRC line', pgpSecretKey().replace(/\n=[A-Za-z0-9+/]{4}\n/, '\n'), 'pgp-private-key-block'],
];

const linesOf = (key: string): string[] => key.split('\n');
const perLine = (f: (line: string, i: number) => string) => (key: string) => linesOf(key).map(f).join('\n');

/** [layout, the key laid out in a file]: the block starts on the line its first BEGIN is on. */
const layouts: [string, (key: string) => string][] = [
  ['a log with an ISO timestamp and a dyno', perLine((l) => `2024-01-02T03:04:05Z app[web.1]: ${l}`)],
  ['a JSON log line per line', perLine((l) => JSON.stringify({ ts: '2024-01-02T03:04:05Z', level: 'info', msg: l }))],
  ['cat -n output', perLine((l, i) => `${String(i + 1).padStart(6)}\t${l}`)],
  ['# comments', perLine((l) => `# ${l}`)],
  ['// comments', perLine((l) => `// ${l}`)],
  [
    'a /* */ block',
    (k) =>
      `/*\n${linesOf(k)
        .map((l) => ` * ${l}`)
        .join('\n')}\n */`,
  ],
  ['SQL comments', perLine((l) => `-- ${l}`)],
  ['INI comments', perLine((l) => `; ${l}`)],
  [
    'a quoted mail',
    (k) =>
      `On Monday, Bob wrote:\n${linesOf(k)
        .map((l) => `> ${l}`)
        .join('\n')}`,
  ],
  ['a mail quoted twice', perLine((l) => `> > ${l}`)],
  [
    'echo >> per line',
    (k) =>
      `#!/bin/sh\n${linesOf(k)
        .map((l) => `echo "${l}" >> key.pem`)
        .join('\n')}`,
  ],
  [
    'echo > then >> per line',
    (k) =>
      `#!/bin/sh\n${linesOf(k)
        .map((l, i) => `echo "${l}" ${i === 0 ? '>' : '>>'} ~/.ssh/id_rsa`)
        .join('\n')}`,
  ],
  [
    'a Helm values block scalar',
    (k) =>
      `tls:\n  tls.key: |\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n`,
  ],
  [
    'a Python list of lines',
    (k) =>
      `KEY = "\\n".join([\n${linesOf(k)
        .map((l) => `    "${l}",`)
        .join('\n')}\n])`,
  ],
  [
    'Python implicit concatenation',
    (k) =>
      `KEY = (\n${linesOf(k)
        .map((l) => `    "${l}\\n"`)
        .join('\n')}\n)`,
  ],
  [
    'Java concatenation',
    (k) =>
      `String key =\n${linesOf(k)
        .map((l) => `    "${l}\\n"`)
        .join(' +\n')};`,
  ],
  [
    'C# concatenation with \\r\\n',
    (k) =>
      `var key =\n${linesOf(k)
        .map((l) => `    "${l}\\r\\n"`)
        .join(' +\n')};`,
  ],
  // Issue 11, class 1: a cut key written as string concatenation in the common languages.
  [
    'Java concatenation on one line',
    (k) =>
      `private static final String KEY = ${linesOf(k)
        .map((l) => `"${l}\\n"`)
        .join(' + ')};`,
  ],
  [
    'Java concatenation with + at line starts',
    (k) =>
      `String key = ${linesOf(k)
        .map((l) => `"${l}\\n"`)
        .join('\n        + ')};`,
  ],
  [
    'JavaScript single-quoted concatenation',
    (k) =>
      `const key =\n${linesOf(k)
        .map((l) => `  '${l}\\n' +`)
        .join('\n')}\n  '';`,
  ],
  [
    'a JavaScript array joined',
    (k) =>
      `const key = [\n${linesOf(k)
        .map((l) => `  '${l}',`)
        .join('\n')}\n].join('\\n');`,
  ],
  ['a JavaScript template literal', (k) => `const key = \`${k}\`;`],
  [
    'Go concatenation',
    (k) =>
      `const testKey = "" +\n${linesOf(k)
        .map((l) => `\t"${l}\\n"`)
        .join(' +\n')}\n`,
  ],
  ['a Go raw string', (k) => `var testKey = \`${k}\n\``],
  [
    'a Kotlin raw string with trimIndent',
    (k) =>
      `val key = """\n${linesOf(k)
        .map((l) => `        ${l}`)
        .join('\n')}\n    """.trimIndent()`,
  ],
  [
    'a Kotlin raw string with trimMargin',
    (k) =>
      `val key = """\n${linesOf(k)
        .map((l) => `        |${l}`)
        .join('\n')}\n    """.trimMargin()`,
  ],
  [
    'Python implicit concatenation, two lines to a line',
    (k) =>
      `KEY = (\n${linesOf(k)
        .map((l, i) => `${i % 2 ? ' ' : '\n    '}"${l}\\n"`)
        .join('')}\n)`,
  ],
  ['a C# verbatim string', (k) => `var key = @"${k}";`],
  [
    'C# concatenation with Environment.NewLine',
    (k) =>
      `var key =\n${linesOf(k)
        .map((l) => `    "${l}" + Environment.NewLine`)
        .join(' +\n')};`,
  ],
  [
    'Ruby concatenation with <<',
    (k) =>
      `key = ""\n${linesOf(k)
        .map((l) => `key << "${l}\\n"`)
        .join('\n')}`,
  ],
  [
    'PHP concatenation with .',
    (k) =>
      `$key = ${linesOf(k)
        .map((l) => `"${l}\\n"`)
        .join(' .\n    ')};`,
  ],
  [
    'PHP concatenation on one line, . at line starts',
    (k) =>
      `$key = ${linesOf(k)
        .map((l, i) => `"${l}\\n"${i % 4 === 3 ? '\n    ' : ' '}`)
        .join('. ')};`,
  ],
  // Issue 11, class 4: more of the ways a key is written into source and config files.
  [
    'a C macro continued with \\',
    (k) =>
      `#define TEST_KEY \\\n${linesOf(k)
        .map((l) => `    "${l}\\n"`)
        .join(' \\\n')}\n`,
  ],
  [
    'a .properties value continued with \\n\\',
    (k) =>
      `ssl.key=${linesOf(k)
        .map((l, i) => `${i ? '    ' : ''}${l}\\n\\`)
        .join('\n')}\nssl.enabled=true`,
  ],
  [
    'a YAML double-quoted scalar over lines',
    (k) =>
      `tls:\n  key: "${linesOf(k)
        .map((l, i) => `${i ? '    ' : ''}${l}\\n`)
        .join('\n')}"\n`,
  ],
  [
    'a JSON array of lines',
    (k) =>
      `{"private_key": [\n${linesOf(k)
        .map((l) => `  ${JSON.stringify(l)}`)
        .join(',\n')}\n]}`,
  ],
  [
    "Rust's concat!",
    (k) =>
      `const KEY: &str = concat!(\n${linesOf(k)
        .map((l) => `    "${l}\\n",`)
        .join('\n')}\n);`,
  ],
  ['a Rust raw string', (k) => `const KEY: &str = r#"${k}"#;`],
  [
    'a Swift multi-line string',
    (k) =>
      `let key = """\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n    """`,
  ],
  ['a PowerShell here-string', (k) => `$key = @"\n${k}\n"@\nSet-Content key.pem $key`],
  [
    'a Terraform <<- heredoc',
    (k) =>
      `locals {\n  key = <<-EOT\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n  EOT\n}`,
  ],
  [
    'SQL || chr(10) ||',
    (k) =>
      `INSERT INTO certs (name, pem) VALUES ('api', ${linesOf(k)
        .map((l) => `'${l}'`)
        .join(' || chr(10) ||\n  ')});`,
  ],
  [
    'VB.NET & vbCrLf & _',
    (k) =>
      `Dim key As String = ${linesOf(k)
        .map((l) => `"${l}" & vbCrLf`)
        .join(' & _\n    ')}`,
  ],
  ['a CSV cell', (k) => `name,key,owner\napi,"${k}",ops\n`],
  ['an XML CDATA section', (k) => `<config>\n  <key><![CDATA[${k}]]></key>\n</config>`],
  [
    "Python's textwrap.dedent",
    (k) =>
      `KEY = textwrap.dedent("""\\\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n""")`,
  ],
  ['URL-encoded in a query string', (k) => `POST /api/certs?name=api&key=${encodeURIComponent(k)}&x=1 HTTP/1.1`],
  ['URL-encoded with + for spaces', (k) => `key=${encodeURIComponent(k).replace(/%20/g, '+')}&format=pem`],
  [
    'a YAML list of lines',
    (k) =>
      `key_lines:\n${linesOf(k)
        .map((l) => `  - "${l}"`)
        .join('\n')}\n`,
  ],
  [
    'a Jupyter notebook cell',
    (k) =>
      JSON.stringify(
        { cells: [{ cell_type: 'code', source: ['KEY = """', ...linesOf(k).map((l) => `${l}\n`), '"""'] }] },
        null,
        1,
      ),
  ],
  [
    'a TOML multi-line string with line-ending backslashes',
    (k) =>
      `key = """\n${linesOf(k)
        .map((l) => `${l}\\n\\`)
        .join('\n')}\n"""`,
  ],
  [
    'a Java String.join',
    (k) =>
      `String key = String.join("\\n",\n${linesOf(k)
        .map((l) => `    "${l}"`)
        .join(',\n')});`,
  ],
  ['a C string with \\r\\n', (k) => `const char *key = "${linesOf(k).join('\\r\\n')}\\r\\n";`],
  ['CRLF line endings', (k) => `${k.replace(/\n/g, '\r\n')}\r\n`],
  ['a Terraform heredoc', (k) => `resource "tls" "x" {\n  private_key_pem = <<EOF\n${k}\nEOF\n}`],
  ['JSON escaped twice', (k) => JSON.stringify({ body: JSON.stringify({ key: k }) })],
  ["PHP json_encode's \\/", (k) => JSON.stringify({ key: k }).replace(/\//g, '\\/')],
  ["System.Text.Json's \\u002B", (k) => JSON.stringify({ key: k }).replace(/\+/g, '\\u002B')],
  // Layouts that other scanners' normalizers undo (trufflehog's privatekey Normalize): blank lines
  // between the lines, tab escapes inside a string, trailing white space.
  ['double-spaced lines', (k) => k.replace(/\n/g, '\n\n')],
  ['a JSON string with \\n\\t between lines', (k) => `{"key": "${linesOf(k).join('\\n\\t')}"}`],
  ['trailing white space on every line', perLine((l) => `${l}  \t`)],
  ['an XML value with &#10; and &#13;', (k) => `<key>${linesOf(k).join('&#13;&#10;')}</key>`],
  // Issue 11, keys6: layouts in other scanners' public test data (CredSweeper's samples,
  // trufflehog's and whispers' fixtures) and in the places keys are pasted by hand.
  [
    'a YAML folded block scalar',
    (k) =>
      `ssh:\n  deploy_key: >-\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n  host: git.example.net\n`,
  ],
  [
    'a YAML block scalar with an indentation indicator',
    (k) =>
      `key: |2-\n${linesOf(k)
        .map((l) => `  ${l}`)
        .join('\n')}\n`,
  ],
  [
    'a YAML plain scalar over lines',
    (k) =>
      `key: ${linesOf(k)
        .map((l, i) => `${i ? '  ' : ''}${l}`)
        .join('\n')}\nuser: deploy\n`,
  ],
  ['a JSON string with \\r\\n', (k) => JSON.stringify({ private_key: `${k.replace(/\n/g, '\r\n')}\r\n` })],
  ['a shell echo -e', (k) => `echo -e "${linesOf(k).join('\\n')}" > ~/.ssh/id_rsa\nchmod 600 ~/.ssh/id_rsa`],
  ['a shell printf', (k) => `printf '%s\\n' '${linesOf(k).join('\\n')}' > deploy.key`],
  [
    'a Dockerfile RUN echo continued with \\n\\',
    (k) => `RUN mkdir -p /root/.ssh && echo "${linesOf(k).join('\\n\\\n')}" > /root/.ssh/id_rsa\n`,
  ],
  ['an .env value with \\n', (k) => `DEPLOY_KEY="${linesOf(k).join('\\n')}\\n"\nDEPLOY_HOST=git.example.net\n`],
  ['a CI variable, lines joined with spaces', (k) => `  - export SSH_PRIVATE_KEY='${linesOf(k).join(' ')}'\n`],
  ['lines joined with nothing', (k) => `"key": "${linesOf(k).join('')}",`],
  ['old Mac line endings (CR only)', (k) => `${k.replace(/\n/g, '\r')}\r`],
  ['a PowerShell string with `n', (k) => `$key = "${linesOf(k).join('`n')}"\nSet-Content -Path key.pem -Value $key`],
  [
    'a PowerShell string with `r`n',
    (k) => `$key = "${linesOf(k).join('`r`n')}"\nSet-Content -Path key.pem -Value $key`,
  ],
  [
    'an indented XML element',
    (k) =>
      `<settings>\n  <privateKey>\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n  </privateKey>\n</settings>`,
  ],
  [
    'a Groovy triple-quoted string with stripIndent',
    (k) =>
      `def key = '''\\\n${linesOf(k)
        .map((l) => `    ${l}`)
        .join('\n')}\n'''.stripIndent()`,
  ],
  [
    'a Markdown code fence in a list item',
    (k) =>
      `1. Add the deploy key:\n\n   \`\`\`\n${linesOf(k)
        .map((l) => `   ${l}`)
        .join('\n')}\n   \`\`\`\n`,
  ],
  ['a Python bytes literal with \\n', (k) => `KEY = b"${linesOf(k).join('\\n')}\\n"\n`],
  [
    'a batch file echo per line',
    (k) =>
      `@echo off\r\n${linesOf(k)
        .map((l, i) => `echo ${l}${i === 0 ? '>' : '>>'}%USERPROFILE%\\.ssh\\id_rsa`)
        .join('\r\n')}\r\n`,
  ],
];

/** The 1-based line of the key's BEGIN line (not its EC PARAMETERS'), or of a PuTTY key's first line. */
const beginLine = (text: string): number =>
  text.slice(0, text.search(/BEGIN (?!EC PARAMETERS)|PuTTY-User-Key-File/)).split('\n').length;

/** The PEM body rewrapped at `width` columns (0: one line); armor without headers only. */
const rewrap = (key: string, width: number): string => {
  const l = linesOf(key);
  const body = l.slice(1, -1).join('');
  return [l[0], ...(width ? body.match(new RegExp(`.{1,${width}}`, 'g'))! : [body]), l.at(-1)].join('\n');
};

/**
 * Cells left out, with the reason: lines glued together with nothing between them leave no way
 * to tell a header's value (`DEK-Info`'s IV, a `.ppk`'s line counts) or PGP's `=XXXX` checksum
 * from the base64 that follows it.
 */
const unreadable = (kind: string, layout: string): boolean =>
  layout === 'lines joined with nothing' && /PuTTY|legacy encrypted|PGP with its CRC/.test(kind);

describe('private keys in every layout they leak in', () => {
  for (const [kind, key, ruleId] of kinds) {
    for (const [layout, lay] of layouts) {
      it.skipIf(unreadable(kind, layout))(`${kind} in ${layout}`, () => {
        const text = `${lay(key)}\n`;
        expect(scan(text, 'deploy/notes.txt').map((m) => [m.ruleId, m.line])).toEqual([[ruleId, beginLine(text)]]);
      });
    }
  }

  const plainPem = kinds.filter(([kind, , rule]) => rule === 'private-key-pem' && !kind.includes('PARAMETERS'));
  for (const [kind, key, ruleId] of plainPem) {
    for (const width of [72, 76, 80, 100, 0]) {
      it(`${kind} with its body wrapped at ${width || 'one line'}`, () => {
        expect(scan(`${rewrap(key, width)}\n`, 'tls.key').map((m) => [m.ruleId, m.line])).toEqual([[ruleId, 1]]);
      });
    }
    it(`${kind} base64-encoded in a Kubernetes Secret`, () => {
      const text = `kind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${Buffer.from(`${key}\n`).toString('base64')}\n`;
      expect(scan(text, 'secret.yaml').map((m) => [m.ruleId, m.line])).toEqual([['private-key-pem-base64', 4]]);
    });
    // A file cut after its last line of base64: the DER is whole, so the key is usable.
    it(`${kind} whose END line is missing`, () => {
      const text = `${linesOf(key).slice(0, -1).join('\n')}\n\nalgorithm: ${kind}\n`;
      expect(scan(text, 'signing.yaml').map((m) => [m.ruleId, m.line, m.confidence])).toEqual([
        ['private-key-pem-truncated', 1, 'medium'],
      ]);
    });
  }
});

describe('encrypted private keys whose END line is missing', () => {
  const encrypted = kinds.filter(([kind]) => /encrypted|PGP/.test(kind));
  for (const [kind, key] of encrypted) {
    // A file cut after its last line of data (a PGP block's CRC line too): the headers and the
    // structure in the clear are what is judged, whole or not.
    it(`${kind}, whole but for its END line`, () => {
      const text = `${linesOf(key)
        .slice(0, -1)
        .filter((l) => !/^=[A-Za-z0-9+/]{4}$/.test(l))
        .join('\n')}\n\nalgorithm: ${kind}\n`;
      expect(scan(text, 'signing.yaml').map((m) => [m.ruleId, m.line, m.confidence])).toEqual([
        ['private-key-encrypted-truncated', 1, 'medium'],
      ]);
    });
  }
  // Cut mid-key in a log: the BEGIN line, the headers and three lines of data show.
  for (const [kind, key] of encrypted.filter(([kind]) => !kind.startsWith('PGP'))) {
    it(`${kind}, cut after a few lines in a log`, () => {
      const shown = linesOf(key).slice(0, key.includes('Proc-Type') ? 7 : 4);
      const text = `12:00:01 ERROR cannot load key\n${shown.join('\n')}\n12:00:02 INFO retrying\n`;
      expect(scan(text, 'app.log').map((m) => [m.ruleId, m.line])).toEqual([['private-key-encrypted-truncated', 2]]);
    });
  }
});

describe('what is not a private key stays quiet in the same layouts', () => {
  const notKeys: [string, string][] = [
    ['an SPKI public key', (rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string).trim()],
    [
      'DH PARAMETERS',
      // The public parameters of the RFC 7919 group ffdhe2048, as `openssl genpkey -genparam` writes them.
      `-----BEGIN DH PARAMETERS-----\nMIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz\n+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a\n87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7\nYdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi\n7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD\nssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==\n-----END DH PARAMETERS-----`,
    ],
    [
      'random base64 between private key armor lines',
      `-----BEGIN PRIVATE KEY-----\n${bytes(600, 'not-a-key')
        .toString('base64')
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END PRIVATE KEY-----`,
    ],
  ];
  for (const [what, text] of notKeys) {
    for (const [layout, lay] of layouts) {
      it(`${what} in ${layout}`, () => {
        const found = scan(`${lay(text)}\n`, 'deploy/notes.txt').filter((m) => m.confidence !== 'low');
        expect(found.map((m) => [m.ruleId, m.line])).toEqual([]);
      });
    }
  }
});

describe('JSON Web Keys written as YAML', () => {
  const jwk = (key: KeyObject): Record<string, string> => key.export({ format: 'jwk' }) as Record<string, string>;
  const yamlMembers = (members: Record<string, string>, indent: string, first = indent): string[] =>
    Object.entries(members).map(([name, value], i) => `${i === 0 ? first : indent}${name}: ${value}`);
  const ecJwk = jwk(ec.privateKey);
  const sorted = (o: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

  it('finds an RSA key in a Helm value, at its first member', () => {
    const text = [
      'oidc:',
      '  signingKey:',
      ...yamlMembers(jwk(rsa.privateKey), '    '),
      '  issuer: https://id.example.net',
      '',
    ];
    expect(scan(text.join('\n'), 'values.yaml').map((m) => [m.ruleId, m.line])).toEqual([['jwk-private-key-yaml', 3]]);
  });

  it('finds each key of a JWK set list, members sorted as PyYAML dumps them', () => {
    const okp = generateKeyPairSync('ed25519').privateKey;
    const text = [
      'jwks:',
      '  keys:',
      ...yamlMembers(sorted({ ...ecJwk, kid: 'ec-1' }), '      ', '    - '),
      ...yamlMembers(sorted({ ...jwk(okp), kid: 'ed-1' }), '      ', '    - '),
      '',
    ];
    const second = 3 + Object.keys(ecJwk).length + 1;
    expect(scan(text.join('\n'), 'jwks.yaml').map((m) => [m.ruleId, m.line])).toEqual([
      ['jwk-private-key-yaml', 3],
      ['jwk-private-key-yaml', second],
    ]);
  });

  it('reports a pretty-printed JSON key once, by the JSON rule', () => {
    const text = JSON.stringify({ keys: [{ ...ecJwk, kid: '1' }] }, null, 2);
    expect(scan(text, 'jwks.json').map((m) => [m.ruleId, m.line])).toEqual([['jwk-private-key', 3]]);
  });

  it('stays quiet on the public half', () => {
    const text = ['keys:', ...yamlMembers(jwk(ec.publicKey), '    ', '  - '), ''];
    // Low-confidence guesses at the high-entropy coordinates are the generic rules' business.
    expect(scan(text.join('\n'), 'jwks.yaml').filter((m) => m.confidence !== 'low')).toEqual([]);
  });
});
