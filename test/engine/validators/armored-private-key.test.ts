import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../../src/engine/engine.js';
import { armoredPrivateKey, elidedPrivateKey } from '../../../src/engine/validators/armored-private-key.js';
import { checkRuleFile } from '../../../src/rules/validate.js';

// Every key here is generated for the run (node:crypto, ssh-keygen, gpg in a temporary
// directory) and thrown away with it: fake keys by construction, nothing stored or reused.

const rules = checkRuleFile(
  parse(readFileSync(new URL('../../../rules/private-keys.yaml', import.meta.url), 'utf8')),
  'rules/private-keys.yaml',
);
const engine = new Engine(rules);
const scan = (text: string) => engine.scan(Buffer.from(text, 'utf8'));

const has = (tool: string): boolean => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasGpg = has('gpg');
// ssh-keygen has no --version; `-?` prints its usage and exits non-zero, so look for the binary.
const hasSshKeygen = (() => {
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();

const dir = mkdtempSync(path.join(tmpdir(), 'tokguard-armor-'));
afterAll(() => {
  if (hasGpg) execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: dir } });
  rmSync(dir, { recursive: true, force: true });
});

/** A passphrase-less Ed25519 key from ssh-keygen, in OpenSSH's format. */
function sshKeygenKey(): string {
  const file = path.join(dir, 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'layout-test', '-f', file]);
  return readFileSync(file, 'utf8');
}

/** A passphrase-less Ed25519 OpenPGP key from gpg, armored. */
function gpgKey(): string {
  const env = { ...process.env, GNUPGHOME: dir };
  const args = ['--batch', '--quiet', '--pinentry-mode', 'loopback', '--passphrase', ''];
  execFileSync(
    'gpg',
    [...args, '--quick-gen-key', 'Layout Test <layout@example.invalid>', 'ed25519', 'sign', 'never'],
    {
      env,
      stdio: 'ignore',
    },
  );
  return execFileSync('gpg', [...args, '--armor', '--export-secret-keys'], { env, encoding: 'utf8' });
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keys: Record<string, { block: () => string; rule: string; skip?: boolean }> = {
  'PKCS#8 RSA': {
    block: () => rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    rule: 'private-key-pem',
  },
  'SEC 1 EC': { block: () => ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string, rule: 'private-key-pem' },
  'OpenSSH (ssh-keygen)': { block: sshKeygenKey, rule: 'openssh-private-key', skip: !hasSshKeygen },
  'OpenPGP (gpg)': { block: gpgKey, rule: 'pgp-private-key-block', skip: !hasGpg },
};

const lines = (block: string): string[] => block.trimEnd().split('\n');
/** Markers a block picks up when it is pasted into a comment and then edited line by line. */
const MIXED = [' *  ', '// ', '# ', '#+#+# *  ', ' // # '];

const layouts: Record<string, (block: string) => string> = {
  'a C comment block': (b) =>
    `/*\n${lines(b)
      .map((l) => ` *  ${l}`)
      .join('\n')}\n */`,
  '#-prefixed lines': (b) =>
    lines(b)
      .map((l) => `# ${l}`)
      .join('\n'),
  '//-prefixed lines': (b) =>
    lines(b)
      .map((l) => `// ${l}`)
      .join('\n'),
  'mixed comment markers': (b) =>
    lines(b)
      .map((l, i) => (i % 6 === 5 ? `// # /*${l}*/` : `${MIXED[i % MIXED.length]}${l}`))
      .join('\n'),
  'a timestamped log': (b) =>
    lines(b)
      .map((l, i) => `2026-04-26T12:36:${String(i % 60).padStart(2, '0')}.123Z INFO ${l}`)
      .join('\n'),
  'a JSON string with \\n': (b) => JSON.stringify({ signing_key: b }),
  'Java string concatenation': (b) => `String key =\n    "${lines(b).join('\\n"\n  + "')}\\n";`,
};

describe('private keys in real layouts', () => {
  const all: Record<string, string> = {};
  beforeAll(() => {
    for (const [name, key] of Object.entries(keys)) if (!key.skip) all[name] = key.block();
  });

  for (const [keyName, key] of Object.entries(keys)) {
    for (const [layoutName, layout] of Object.entries(layouts)) {
      it.skipIf(key.skip)(`reports a ${keyName} key in ${layoutName} once, under its structural rule`, () => {
        const found = scan(layout(all[keyName]!));
        expect(found.map((m) => m.ruleId)).toEqual([key.rule]);
        // The structural rule's own confidence (medium for the generic PEM rule), never the unverified one's.
        expect(found[0]!.confidence).not.toBe('low');
      });
    }
  }
});

describe('armored-private-key (blocks no structural rule verifies)', () => {
  // A test key of digits under a label of the fixture's own: no entropy, still a key's shape.
  const digits = Array.from({ length: 192 }, () => randomInt(10)).join('');
  const lowEntropy = [
    '-----BEGIN OPENSSH LOW ENTROPY PRIVATE KEY-----',
    ...digits.match(/.{1,64}/g)!,
    '-----END LOW ENTROPY PRIVATE KEY-----',
  ].join('\n');

  for (const [layoutName, layout] of Object.entries(layouts)) {
    it(`reports a low-entropy block in ${layoutName}, at low confidence`, () => {
      const found = scan(layout(lowEntropy));
      expect(found.map((m) => m.ruleId)).toEqual(['private-key-armored-unverified']);
      expect(found[0]!.confidence).toBe('low');
    });
  }

  it('reports a PGP block whose checksum does not verify, behind mixed markers', () => {
    const body = Buffer.from(Array.from({ length: 300 }, () => randomInt(256))).toString('base64');
    const block = [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
      'Version: GnuPG v1',
      '',
      ...body.match(/.{1,64}/g)!,
      '=AAAA',
      '-----END PGP PRIVATE KEY BLOCK-----',
    ].join('\n');
    expect(scan(layouts['mixed comment markers']!(block)).map((m) => m.ruleId)).toEqual([
      'private-key-armored-unverified',
    ]);
  });

  const wrap = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  const placeholders: Record<string, string> = {
    'an ellipsis': wrap('RSA PRIVATE KEY', '...'),
    'a template': wrap('PRIVATE KEY', '<your key here>'),
    XXXX: wrap('OPENSSH PRIVATE KEY', `${'X'.repeat(64)}\n${'X'.repeat(64)}`),
    'a repeated unit': wrap('TEST PRIVATE KEY', '0123456789'.repeat(12)),
    'a first line then <snip>': wrap(
      'RSA PRIVATE KEY',
      `MIIEpAIBAAKCAQEA7bq98zoSn2RCfyTsmIM8hNRD3T7cg0p9pEH3u0qsQ4wCjHOF\n<snip>`,
    ),
    'prose in the armor': wrap(
      'OPENSSH FAKE PRIVATE KEY',
      `${digits.slice(0, 60)} not a real key ${digits.slice(60, 120)}`,
    ),
    'lines wrapped at different widths': wrap(
      'TEST PRIVATE KEY',
      `${digits.slice(0, 64)}\n${digits.slice(64, 100)}\n${digits.slice(100, 164)}`,
    ),
    'too short to hold a key': wrap('TEST PRIVATE KEY', digits.slice(0, 40)),
  };
  for (const [name, text] of Object.entries(placeholders)) {
    it(`rejects ${name}, in any layout`, () => {
      expect(armoredPrivateKey(text)).toBe(false);
      // A body left out on purpose is reported, but only as an example (elided-private-key).
      const elided = text.includes('<snip>');
      for (const layout of Object.values(layouts)) {
        const found = scan(layout(text)).map((m) => [m.ruleId, m.confidence, m.example]);
        expect(found).toEqual(elided ? [['private-key-elided', 'low', true]] : []);
      }
    });
  }

  /** `block` with its `n`th body line cut to `keep` characters, as a hand edit leaves it. */
  const shortenLine = (block: string, n: number, keep: number): string =>
    lines(block)
      .map((l, i) => (i === n ? l.slice(0, keep) : l))
      .join('\n');

  it('reports a key whose wrapping breaks off at a hand-edited line, by its DER start, in any layout', () => {
    const edited = shortenLine(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 5, 41);
    expect(armoredPrivateKey(edited)).toBe(true);
    for (const layout of Object.values(layouts)) {
      expect(scan(layout(edited)).map((m) => m.ruleId)).toEqual(['private-key-armored-unverified']);
    }
  });

  it('does not take a certificate, a public key or random base64 with a broken wrap for a key', () => {
    const spki = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(armoredPrivateKey(shortenLine(spki.replace(/PUBLIC KEY/g, 'PRIVATE KEY'), 2, 30))).toBe(false);
    const random = Buffer.from(Array.from({ length: 400 }, () => randomInt(256))).toString('base64');
    expect(armoredPrivateKey(shortenLine(wrap('PRIVATE KEY', random.match(/.{1,64}/g)!.join('\n')), 3, 20))).toBe(
      false,
    );
  });

  it('reads a label that names only the algorithm, on one line or in a YAML string with continuations', () => {
    const body = Buffer.from(Array.from({ length: 120 }, () => randomInt(256))).toString('base64');
    const oneLine = `"key": "-----BEGIN RSA KEY-----${body}-----END RSA KEY-----",`;
    expect(scan(oneLine).map((m) => m.ruleId)).toEqual(['private-key-armored-unverified']);
    const yaml = `key: "\\\n  -----BEGIN DSA KEY----- \\\n  ${body} \\\n  -----END DSA KEY-----\\ \n  "\n`;
    expect(scan(yaml).map((m) => m.ruleId)).toEqual(['private-key-armored-unverified']);
    expect(scan(oneLine.replace(/RSA KEY/g, 'RSA PUBLIC KEY'))).toEqual([]);
  });

  it('leaves public keys, certificates and encrypted labels alone', () => {
    const spki = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(armoredPrivateKey(spki)).toBe(false);
    expect(armoredPrivateKey(spki.replace(/PUBLIC KEY/g, 'CERTIFICATE'))).toBe(false);
    expect(armoredPrivateKey(lowEntropy.replace(/LOW ENTROPY/g, 'ENCRYPTED'))).toBe(false);
  });
});

describe('elided-private-key (a body left out on purpose)', () => {
  const example = { confidence: 'low', example: true };

  it('reports an ellipsis after the first bytes, and <snip>, as an example', () => {
    expect(elidedPrivateKey('-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\u2026\\n-----END PRIVATE KEY-----')).toEqual(
      example,
    );
    expect(
      elidedPrivateKey('-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n<snip>\nAwEHoUQDQg\n-----END EC PRIVATE KEY-----'),
    ).toEqual(example);
    expect(
      elidedPrivateKey(
        '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n(truncated for brevity)\n-----END PRIVATE KEY-----',
      ),
    ).toEqual(example);
  });

  it('leaves templates, blocks that show none of the key and bodies without a marker to the other rules', () => {
    expect(elidedPrivateKey('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----')).toBe(false);
    expect(elidedPrivateKey('-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----')).toBe(
      false,
    );
    expect(elidedPrivateKey('-----BEGIN RSA PRIVATE KEY-----\nMIIBOwIBAAJBAJtw\n-----END RSA PRIVATE KEY-----')).toBe(
      false,
    );
    expect(elidedPrivateKey('-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----')).toBe(false);
  });
});
