/**
 * Issue 11: secret keys written as literals into the calls that sign with them (JWT libraries,
 * HMAC constructors, cookie-parser). The API's signature names the value, not a variable; the
 * value is weighed as one assigned to a secret key, so the libraries' demo keys and sentences are
 * left alone, and a key in a test or the docs is not reported as a sure one.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('signing-keys');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const key = (): string => {
  for (;;) {
    const v = keys.chars(24, BASE62);
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
};
const RULES = new Set([
  'jwt-signing-secret-literal',
  'hmac-key-literal',
  'cookie-signing-secret-literal',
  'go-jwt-signed-string-literal',
  'dotnet-symmetric-key-literal',
]);
const signing = (text: string, path: string) => scan(text, path).filter((m) => RULES.has(m.ruleId));

describe('a key literal given to a signing call', () => {
  it.each([
    [
      'an Express login route',
      'src/routes/auth.js',
      (k: string) =>
        `  const token = jwt.sign({ id: user.id, email: user.email }, '${k}', {\n    expiresIn: '7d',\n  });\n`,
    ],
    [
      'a Flask view',
      'app/views.py',
      (k: string) => `    token = jwt.encode({"user_id": user.id, "exp": exp}, "${k}", algorithm="HS256")\n`,
    ],
    [
      'a Rails concern',
      'app/controllers/concerns/json_web_token.rb',
      (k: string) => `  def encode(payload)\n    JWT.encode(payload, '${k}', 'HS256')\n  end\n`,
    ],
    [
      'a Spring service',
      'src/main/java/app/TokenService.java',
      (k: string) =>
        `        return Jwts.builder().setSubject(name).signWith(SignatureAlgorithm.HS512, "${k}").compact();\n`,
    ],
    [
      'a webhook check',
      'src/webhooks.ts',
      (k: string) => `const expected = crypto.createHmac('sha256', '${k}').update(rawBody).digest('hex');\n`,
    ],
    [
      'a Python request signer',
      'client/sign.py',
      (k: string) => `    sig = hmac.new(b"${k}", payload.encode(), hashlib.sha256).hexdigest()\n`,
    ],
    [
      'a Rust signer',
      'src/sign.rs',
      (k: string) => `    let mut mac = HmacSha256::new_from_slice(b"${k}").expect("any size");\n`,
    ],
    [
      'a PHP callback',
      'src/Callback.php',
      (k: string) => `$signature = hash_hmac('sha256', $request->getContent(), '${k}');\n`,
    ],
    ['an Express app', 'server.js', (k: string) => `app.use(cookieParser('${k}'));\n`],
    [
      'a Go handler (golang-jwt)',
      'internal/auth/token.go',
      (k: string) =>
        `\ttoken := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)\n\tsigned, err := token.SignedString([]byte("${k}"))\n`,
    ],
    [
      'a Go one-liner with a raw string',
      'pkg/jwt.go',
      (k: string) => `\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(\`${k}\`))\n`,
    ],
    [
      'an ASP.NET JWT bearer set-up',
      'src/Api/Program.cs',
      (k: string) =>
        `        ValidateIssuerSigningKey = true,\n        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${k}")),\n`,
    ],
    [
      'a C# webhook signer',
      'src/Webhooks/Signer.cs',
      (k: string) => `        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("${k}"));\n`,
    ],
  ])('%s is reported', (_what, path, line) => {
    const k = key();
    const found = signing(line(k), path);
    expect(found.map((m) => m.secret)).toEqual([k]);
    expect(found[0]!.confidence).not.toBe('low');
  });

  it("leaves the libraries' demo keys and sentences alone", () => {
    for (const [text, path] of [
      ["var token = jwt.sign({ foo: 'bar' }, 'shhhhh');\n", 'src/app.js'],
      ['encoded_jwt = jwt.encode({"some": "payload"}, "secret", algorithm="HS256")\n', 'app/auth.py'],
      ["const hmac = createHmac('sha256', 'a secret');\n", 'src/hash.js'],
      ['let mut mac = HmacSha256::new_from_slice(b"my secret and secure key").unwrap();\n', 'src/main.rs'],
      [".use(cookieParser('optional secret string'))\n", 'src/app.js'],
      ['tokenString, err := token.SignedString([]byte("secret"))\n', 'main.go'],
      ['var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("your-secret-key"));\n', 'Program.cs'],
    ] as const)
      expect(signing(text, path), text).toEqual([]);
  });

  it('leaves a key the code reads from elsewhere alone', () => {
    for (const text of [
      'const token = jwt.sign(payload, process.env.JWT_SECRET);\n',
      "const sig = crypto.createHmac('sha256', secret).update(body).digest('hex');\n",
      'app.use(cookieParser(config.cookieSecret));\n',
      'token = JWT.encode(payload, Rails.application.secret_key_base)\n',
      'signed, err := token.SignedString([]byte(os.Getenv("JWT_SECRET")))\n',
      'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"])),\n',
    ])
      expect(signing(text, 'src/app.js'), text).toEqual([]);
  });

  it('is not a high-confidence finding in a test or the docs', () => {
    const k = key();
    const text = `const token = jwt.sign({ id: 1 }, '${k}');\n`;
    for (const path of ['test/auth.test.js', 'docs/auth.md'])
      for (const m of signing(text, path)) expect(m.confidence, path).not.toBe('high');
  });
});
