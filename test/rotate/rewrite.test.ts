import { describe, expect, it } from 'vitest';
import { rewriteReferences } from '../../src/rotate/rewrite/references.js';
import { setDotenv, getDotenv } from '../../src/rotate/rewrite/dotenv.js';
import { parseRotationConfig } from '../../src/rotate/config.js';
import { literalAt } from '../../src/rotate/findings.js';
import { hashSecret } from '../../src/report/finding.js';

const K = 'AKIAQWERTYUIOPASDFGH';
const rw = (file: string, text: string, style: 'auto' | 'shell' = 'auto', env = 'KEY') =>
  rewriteReferences(file, text, [{ literal: K, env }], style, 'vault-kv secret/app').text;

describe('reference rewriting keeps every other byte', () => {
  it.each([
    ['a.js', `const k = '${K}';\n`, 'const k = process.env.KEY;\n'],
    ['a.ts', `const k = "${K}"; // note\r\n`, 'const k = process.env.KEY; // note\r\n'],
    ['a.mjs', 'const u = `https://x/${id}?k=' + K + '`;\n', 'const u = `https://x/${id}?k=${process.env.KEY}`;\n'],
    ['a.js', `const u = "https://u:${K}@host/db";\n`, 'const u = "https://u:" + process.env.KEY + "@host/db";\n'],
    ['a.js', `// old key ${K}\nx();\n`, '// old key process.env.KEY\nx();\n'],
    ['Map.jsx', `<Map apiKey="${K}" zoom={3} />\n`, '<Map apiKey={process.env.KEY} zoom={3} />\n'],
    ['Map.tsx', `<Map\n  id="m"\n  apiKey='k=${K}'\n/>\n`, `<Map\n  id="m"\n  apiKey={'k=' + process.env.KEY}\n/>\n`],
    ['a.tsx', `const k = "${K}";\n`, 'const k = process.env.KEY;\n'],
    // An apostrophe in JSX text is not a string: the file stays readable.
    [
      'Help.tsx',
      `const k = "${K}";\nexport const Help = () => <p>Don't share the team's key</p>;\n`,
      `const k = process.env.KEY;\nexport const Help = () => <p>Don't share the team's key</p>;\n`,
    ],
    ['a.js', `function f(){return'${K}'}\n`, 'function f(){return process.env.KEY}\n'],
    ['a.py', `ok = 'x' if'${K}'else 'y'\n`, "import os\nok = 'x' if os.environ[\"KEY\"] else 'y'\n"],
    ['a.py', `K = '${K}'\n`, 'import os\nK = os.environ["KEY"]\n'],
    [
      'a.py',
      `#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nfrom __future__ import annotations\nimport os, sys\nK = f"k={${K}}"\n`.replace(
        '{' + K + '}',
        K,
      ),
      `#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nfrom __future__ import annotations\nimport os, sys\nK = f"k={os.environ['KEY']}"\n`,
    ],
    ['a.py', `#!/usr/bin/env python\nK = "${K}"\n`, '#!/usr/bin/env python\nimport os\nK = os.environ["KEY"]\n'],
    ['deploy.sh', `export AWS_KEY='${K}'\n`, 'export AWS_KEY="${KEY}"\n'],
    ['deploy.sh', `curl -H 'x-key: ${K}' x\n`, `curl -H 'x-key: '"\${KEY}"'' x\n`],
    ['config.yaml', `aws:\n  key: "${K}" # prod\n`, 'aws:\n  key: "${KEY}" # prod\n'],
    ['.github/workflows/ci.yml', `env:\n  KEY: ${K}\n`, 'env:\n  KEY: ${{ secrets.KEY }}\n'],
    ['settings.json', `{"key": "${K}", "n": 1}\n`, '{"key": "${KEY}", "n": 1}\n'],
  ])('%s', (file, input, want) => {
    expect(rw(file, input)).toBe(want);
  });

  it('dotenv files keep a pointer, not ${NAME} (which dotenv reads literally)', () => {
    expect(rw('.env', `# c\nexport KEY="${K}"\nB=1\n`)).toBe(
      '# c\n# KEY: removed by tokguard rotate; set it in the environment (the current value is in vault-kv secret/app)\nB=1\n',
    );
    expect(rw('.env.production', `KEY=${K} # prod\r\nB=1\r\n`)).toBe(
      '# KEY: removed by tokguard rotate; set it in the environment (the current value is in vault-kv secret/app)\r\nB=1\r\n',
    );
    expect(rw('.env', `# old: ${K}\n`)).toBe('# old: ${KEY}\n');
    expect(() => rw('.env', `A=1\nAWS_KEY=${K}\n`)).toThrow(
      /^\.env:2: AWS_KEY holds the leaked value but the rotation stores it as KEY; set reference\.env to AWS_KEY/,
    );
    expect(() => rw('.env', `KEY="line one\nhttps://u:${K}@host"\n`)).toThrow(
      /^\.env:2: the leaked value is only part of KEY's value, and tokguard moves whole values out of dotenv files; move the value out by hand/,
    );
  });

  it('replaces every occurrence and reports the count', () => {
    const r = rewriteReferences('a.js', `a('${K}'); b("${K}");\n`, [{ literal: K, env: 'KEY' }], 'auto');
    expect(r).toEqual({ text: 'a(process.env.KEY); b(process.env.KEY);\n', count: 2 });
  });
});

describe('strings that span lines', () => {
  it.each([
    [
      'template literal, second line',
      'a.js',
      'const ini = `\n[default]\naws_access_key_id = ' + K + '\n`;\n',
      'const ini = `\n[default]\naws_access_key_id = ${process.env.KEY}\n`;\n',
    ],
    [
      'template literal after ${} nesting and a regex with a quote',
      'a.ts',
      "const re = /'/;\nconst t = `${a ? `x` : 'y'}\n" + K + '`;\n',
      "const re = /'/;\nconst t = `${a ? `x` : 'y'}\n${process.env.KEY}`;\n",
    ],
    [
      'a quote in a block comment before the string',
      'a.js',
      `/* don't */\nconst k = '${K}';\n`,
      `/* don't */\nconst k = process.env.KEY;\n`,
    ],
    [
      'Python triple quotes',
      'a.py',
      `CFG = """\n[default]\nkey = ${K}\n"""\n`,
      'import os\nCFG = """\n[default]\nkey = """ + os.environ["KEY"] + """\n"""\n',
    ],
    [
      'Python triple-quoted f-string',
      'a.py',
      `import os\nCFG = f'''\nuser={u}\nkey=${K}\n'''\n`,
      `import os\nCFG = f'''\nuser={u}\nkey={os.environ["KEY"]}\n'''\n`,
    ],
    [
      'Python triple quotes followed by a method call',
      'a.py',
      `import os\nT = """a\n${K}\nb""".strip()\n`,
      'import os\nT = ("""a\n""" + os.environ["KEY"] + """\nb""").strip()\n',
    ],
    [
      'unquoted heredoc',
      'deploy.sh',
      `cat > ~/.aws/credentials <<EOF\nkey=${K}\nEOF\n`,
      'cat > ~/.aws/credentials <<EOF\nkey=${KEY}\nEOF\n',
    ],
    [
      'single quotes over two lines',
      'deploy.sh',
      `echo 'first\nkey=${K}' > f\n`,
      `echo 'first\nkey='"\${KEY}"'' > f\n`,
    ],
    [
      'YAML block scalar (${NAME} as in any YAML value)',
      'compose.yaml',
      `x:\n  script: |\n    export KEY=${K}\n`,
      'x:\n  script: |\n    export KEY=${KEY}\n',
    ],
  ])('%s', (_what, file, input, want) => {
    expect(rw(file, input)).toBe(want);
  });

  it.each([
    [
      'a heredoc with a quoted delimiter',
      'deploy.sh',
      `cat <<'EOF'\nkey=${K}\nEOF\n`,
      /^deploy\.sh:2: the leaked value is in a heredoc with a quoted delimiter \(EOF\), where \$\{KEY\} would not expand; move the value out by hand, then run again$/,
    ],
    ['a bytes literal', 'a.py', `B = b"""\n${K}\n"""\n`, /^a\.py:2: the leaked value is in a bytes literal/],
    [
      'an unterminated string',
      'a.js',
      `const a = 'x;\nconst k = '${K}';\n`,
      /^a\.js:2: cannot tell what surrounds the leaked value \(unterminated ' string\)/,
    ],
    [
      'a regex literal',
      'a.js',
      `const isOld = (s) => /^${K}$/.test(s);\n`,
      /^a\.js:1: the leaked value is inside a regular expression literal/,
    ],
  ])('refuses %s with the file and line', (_what, file, input, msg) => {
    expect(() => rw(file, input)).toThrow(msg);
  });
});

describe('source files without an idiom', () => {
  it.each([
    ['main.go', `package main\n\nconst key = "${K}"\n`, 3],
    ['src/Config.java', `class C {\n  static final String K = "${K}";\n}\n`, 2],
    ['app.rb', `KEY = "${K}"\n`, 1],
    ['index.php', `<?php\n$k = '${K}';\n`, 2],
    ['lib.rs', `const K: &str = "${K}";\n`, 1],
  ])('refuses %s with the file and line, where ${NAME} would be literal text', (file, input, line) => {
    expect(() => rw(file, input)).toThrow(
      new RegExp(
        `^${file.replace('.', '\\.')}:${line}: tokguard writes no environment reference in \\.\\w+ files \\(\\$\\{KEY\\} would be literal text there\\): read KEY from the environment in the code; move the value out by hand, then run again$`,
      ),
    );
  });

  it('still writes ${NAME} in configuration files, whose loaders interpolate it', () => {
    expect(rw('application.properties', `aws.key=${K}\n`)).toBe('aws.key=${KEY}\n');
    expect(rw('compose.yml', `environment:\n  KEY: ${K}\n`)).toBe('environment:\n  KEY: ${KEY}\n');
  });
});

describe('dotenv store editing', () => {
  it('sets values in place, keeping quotes, export, comments and CRLF; appends new names', () => {
    const text = '# top\r\nexport A="old"\r\nB=old # why\r\nC=\'q\'\r\n';
    expect(setDotenv(text, { A: 'n1', B: 'n2', C: 'n3', D: 'n 4' })).toBe(
      '# top\r\nexport A="n1"\r\nB=n2 # why\r\nC=\'n3\'\r\nD="n 4"\r\n',
    );
    expect(getDotenv('export A="x\\"y"\n', 'A')).toBe('x"y');
    expect(getDotenv('B=v # c\n', 'B')).toBe('v');
  });
});

describe('literal recovery from a redacted report', () => {
  it('finds the literal at the recorded location by hash (end column exclusive or inclusive)', () => {
    const text = `x\n  key: "é ${K}"\n`;
    const loc = { line: 2, column: 11, endLine: 2, endColumn: 31, secretHash: hashSecret(K) };
    expect(literalAt(text, loc)).toBe(K);
    expect(literalAt(text, { ...loc, endColumn: 30 })).toBe(K);
    expect(literalAt(text, { ...loc, secretHash: hashSecret('other') })).toBeUndefined();
  });
});

describe('rotation config', () => {
  const base = { match: { rule: 'x' }, issuer: { type: 'random' }, store: { type: 'dotenv' }, reference: { env: 'X' } };
  it('fills defaults', () => {
    const c = parseRotationConfig({ targets: [base] });
    expect(c.targets[0]).toMatchObject({
      graceMs: 86_400_000,
      store: { file: '.env' },
      issuer: { length: 40, charset: 'alnum' },
      reference: { env: { value: 'X' }, style: 'auto' },
    });
    const iam = parseRotationConfig({
      targets: [{ ...base, issuer: { type: 'aws-iam', region: 'eu-west-1' }, reference: undefined }],
    });
    expect(iam.targets[0]!.reference.env).toEqual({
      accessKeyId: 'AWS_ACCESS_KEY_ID',
      secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
    });
  });
  it.each([
    [undefined, /^config: rotation: missing/],
    [{ targets: [] }, /^config: rotation\.targets: must be a non-empty list$/],
    [{ targets: [{ ...base, grace: 'soon' }] }, /^config: rotation\.targets\[0\]\.grace: must be a duration/],
    [
      { targets: [{ ...base, store: { type: 'vault-kv' } }] },
      /^config: rotation\.targets\[0\]\.store\.path: is required$/,
    ],
    [
      { targets: [{ ...base, reference: { env: 'not valid' } }] },
      /^config: rotation\.targets\[0\]\.reference\.env\.value: "not valid" is not a valid variable name$/,
    ],
    [
      { targets: [{ ...base, issuer: { type: 'random', length: 4 } }] },
      /issuer\.length: must be an integer between 16 and 512/,
    ],
    [{ targets: [{ ...base, match: {} }] }, /^config: rotation\.targets\[0\]\.match: needs rule or paths$/],
    [
      { targets: [{ ...base, store: { type: 'dotenv', file: '../x' } }] },
      /store\.file: must be a path inside the repository/,
    ],
    [
      { targets: [{ ...base, issuer: { type: 'aws-iam', endpoint: 'ftp://x' } }] },
      /issuer\.endpoint: must be an http\(s\) URL/,
    ],
    [{ targets: [{ ...base, extra: 1 }] }, /targets\[0\]\.extra: unknown key/],
    [
      { targets: [{ ...base, issuer: { type: 'aws-iam', endpoint: 'https://iam.example.net' } }] },
      /issuer\.endpoint: iam\.example\.net is neither loopback nor an AWS host; set AWS_ENDPOINT_URL_IAM \(or AWS_ENDPOINT_URL\) in your environment to use it$/,
    ],
    [
      { targets: [{ ...base, issuer: { type: 'aws-iam', propagation: 'forever' } }] },
      /issuer\.propagation: must be a duration up to 10m/,
    ],
  ])('rejects %j', (raw, msg) => {
    expect(() => parseRotationConfig(raw)).toThrow(msg);
  });
});
