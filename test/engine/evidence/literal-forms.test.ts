/**
 * Issue 11: the assignment and string-literal forms of every major language and config format, as
 * a table. Each row is one real-shaped snippet holding a made-up secret under a credential name;
 * the whole built-in rule set runs on it, as in a scan, and the finding must sit exactly on the
 * literal's text (line and column of its first character). The counter-rows are code that only
 * looks like an assignment (calls, types, environment lookups, placeholders) and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { expectQuiet, scan } from '../../helpers/builtin-scan.js';

/** 1-based line and code-point column of the first occurrence of `secret` in `text`. */
function positionOf(text: string, secret: string): { line: number; column: number } {
  const at = text.indexOf(secret);
  if (at < 0) throw new Error(`the row's secret ${secret} is not in its snippet`);
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

type Row = [form: string, path: string, text: string, secret: string];

function expectAt(path: string, text: string, secret: string): void {
  const found = scan(text, path);
  const m = found.find((f) => f.secret === secret);
  expect(m, `${text} → ${JSON.stringify(found.map((f) => [f.ruleId, f.secret]))}`).toBeDefined();
  expect(m!.example).toBeUndefined();
  expect({ line: m!.line, column: m!.column }).toEqual(positionOf(text, secret));
}

const rows: Record<string, Row[]> = {
  'C and C++': [
    [
      'const char pointer',
      'src/client.c',
      'static const char *api_key = "Zq8vR2kLmP4xT7nWb3Xk";\n',
      'Zq8vR2kLmP4xT7nWb3Xk',
    ],
    ['#define', 'src/config.h', '#define API_KEY "Vb92_lQp38ZmXc7Tr41K"\n', 'Vb92_lQp38ZmXc7Tr41K'],
    ['std::string constructor', 'src/db.cpp', '  std::string password("Hs82kdL3mQz9!x");\n', 'Hs82kdL3mQz9!x'],
    ['std::string braces', 'src/db.cpp', '  std::string password{"Hs82kdL3mQz9!x"};\n', 'Hs82kdL3mQz9!x'],
    ['raw string', 'src/db.cpp', 'const std::string secret = R"(Lm39dkQ7wZx4abT2)";\n', 'Lm39dkQ7wZx4abT2'],
    [
      'raw string with a delimiter',
      'src/db.cpp',
      'auto client_secret = R"x(Lm39dkQ7wZx4abT2)x";\n',
      'Lm39dkQ7wZx4abT2',
    ],
    ['constexpr auto', 'src/keys.hpp', 'static constexpr auto kSecret = "Rt72nxB4qWe8HsPv";\n', 'Rt72nxB4qWe8HsPv'],
    ['wide literal', 'src/win.cpp', 'const wchar_t* password = L"Tq7vLp2Wz9xR4!";\n', 'Tq7vLp2Wz9xR4!'],
    ['u8 literal', 'src/app.cpp', 'const char8_t* api_token = u8"Xk4mN8qR2vT6yB1cE5gJ";\n', 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['UTF-32 literal', 'src/app.cpp', 'const char32_t* auth_key = U"Xk4mN8qR2vT6yB1cE5gJ";\n', 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['char array', 'src/client.c', 'static char db_password[] = "Hs82kdL3mQz9!x";\n', 'Hs82kdL3mQz9!x'],
    ['sized char array', 'src/client.c', 'char api_key[33] = "Zq8vR2kLmP4xT7nWb3Xk";\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
  ],
  'Objective-C': [
    ['NSString pointer', 'Classes/Api.m', 'NSString *apiKey = @"Zq8vR2kLmP4xT7nWb3Xk";\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['static const', 'Classes/Api.m', 'static NSString * const kPassword = @"Hs82kdL3mQz9!x";\n', 'Hs82kdL3mQz9!x'],
    [
      'dictionary literal',
      'Classes/Api.m',
      'NSDictionary *p = @{@"user": @"svc", @"password": @"Hs82kdL3mQz9!x"};\n',
      'Hs82kdL3mQz9!x',
    ],
    [
      'setObject:forKey:',
      'Classes/Api.m',
      '[params setObject:@"Vb92_lQp38ZmXc7Tr41K" forKey:@"api_token"];\n',
      'Vb92_lQp38ZmXc7Tr41K',
    ],
    [
      'setValue:forKey:',
      'Classes/Api.m',
      '[defaults setValue:@"Hs82kdL3mQz9!x" forKey:@"userPassword"];\n',
      'Hs82kdL3mQz9!x',
    ],
  ],
  'C#': [
    ['verbatim string', 'src/Db.cs', 'var password = @"Hs82kdL3mQz9!x";\n', 'Hs82kdL3mQz9!x'],
    ['interpolated, no holes', 'src/Db.cs', 'var apiKey = $"Zq8vR2kLmP4xT7nWb3Xk";\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['verbatim interpolated', 'src/Db.cs', 'string clientSecret = $@"Lm39dkQ7wZx4abT2";\n', 'Lm39dkQ7wZx4abT2'],
    ['private const string', 'src/Db.cs', '    private const string Password = "Hs82kdL3mQz9!x";\n', 'Hs82kdL3mQz9!x'],
    [
      'object initializer',
      'src/Db.cs',
      'var o = new Options\n{\n    UserName = "svc",\n    Password = "Tq7vLp2Wz9xR4!",\n};\n',
      'Tq7vLp2Wz9xR4!',
    ],
    ['attribute', 'src/Db.cs', '[ApiKey("Rt72nxB4qWe8HsPv")]\npublic class Client {}\n', 'Rt72nxB4qWe8HsPv'],
  ],
  'JavaScript and TypeScript': [
    ['const, single quotes', 'src/api.js', "const apiKey = 'Zq8vR2kLmP4xT7nWb3Xk';\n", 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['template literal', 'src/api.ts', 'const secret = `Lm39dkQ7wZx4abT2`;\n', 'Lm39dkQ7wZx4abT2'],
    [
      'object literal',
      'src/api.js',
      "const cfg = { apiKey: 'Zq8vR2kLmP4xT7nWb3Xk', region: 'eu' };\n",
      'Zq8vR2kLmP4xT7nWb3Xk',
    ],
    [
      'env fallback',
      'src/api.js',
      "const key = process.env.API_KEY || 'Zq8vR2kLmP4xT7nWb3Xk';\n",
      'Zq8vR2kLmP4xT7nWb3Xk',
    ],
    ['JSX attribute', 'src/App.jsx', '  <Maps apiKey="Zq8vR2kLmP4xT7nWb3Xk" zoom={3} />\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    [
      'TSX attribute in braces',
      'src/App.tsx',
      "  <Maps apiKey={'Zq8vR2kLmP4xT7nWb3Xk'} zoom={3} />\n",
      'Zq8vR2kLmP4xT7nWb3Xk',
    ],
    [
      'Authorization header',
      'src/api.ts',
      "fetch(url, { headers: { Authorization: 'Bearer Vb92lQp38ZmXc7Tr41KwE' } });\n",
      'Vb92lQp38ZmXc7Tr41KwE',
    ],
    ['class field', 'src/client.ts', "  private readonly secret = 'Lm39dkQ7wZx4abT2';\n", 'Lm39dkQ7wZx4abT2'],
  ],
  Python: [
    ['f-string without fields', 'app/settings.py', 'SECRET_KEY = f"Lm39dkQ7wZx4abT2"\n', 'Lm39dkQ7wZx4abT2'],
    ['raw string', 'app/settings.py', "PASSWORD = r'Hs82kdL3mQz9!x'\n", 'Hs82kdL3mQz9!x'],
    ['bytes', 'app/settings.py', "api_key = b'Zq8vR2kLmP4xT7nWb3Xk'\n", 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['raw bytes', 'app/settings.py', 'SIGNING_SECRET = rb"Lm39dkQ7wZx4abT2"\n', 'Lm39dkQ7wZx4abT2'],
    ['unicode prefix', 'app/settings.py', "token = u'Xk4mN8qR2vT6yB1cE5gJ'\n", 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['triple quotes', 'app/settings.py', 'PRIVATE_TOKEN = """Rt72nxB4qWe8HsPv"""\n', 'Rt72nxB4qWe8HsPv'],
    ['triple single quotes', 'app/settings.py', "api_token = '''Xk4mN8qR2vT6yB1cE5gJ'''\n", 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['dict literal', 'app/settings.py', 'DB = {"user": "svc", "password": "Hs82kdL3mQz9!x"}\n', 'Hs82kdL3mQz9!x'],
    [
      'keyword argument',
      'app/db.py',
      'conn = psycopg2.connect(host="db", password="Hs82kdL3mQz9!x")\n',
      'Hs82kdL3mQz9!x',
    ],
    [
      'environ default',
      'app/settings.py',
      'TOKEN = os.environ.get("TOKEN", "Xk4mN8qR2vT6yB1cE5gJ")\n',
      'Xk4mN8qR2vT6yB1cE5gJ',
    ],
    ['type annotation', 'app/settings.py', 'SECRET: str = "Lm39dkQ7wZx4abT2"\n', 'Lm39dkQ7wZx4abT2'],
  ],
  'Go, Rust, Swift, Kotlin, Scala, Java': [
    ['Go :=', 'main.go', '\tapiKey := "Zq8vR2kLmP4xT7nWb3Xk"\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['Go backticks', 'main.go', '\tsecret := `Lm39dkQ7wZx4abT2`\n', 'Lm39dkQ7wZx4abT2'],
    [
      'Go struct literal',
      'main.go',
      'cfg := Config{\n\tUser:     "svc",\n\tPassword: "Hs82kdL3mQz9!x",\n}\n',
      'Hs82kdL3mQz9!x',
    ],
    ['Rust let', 'src/main.rs', 'let api_key = "Zq8vR2kLmP4xT7nWb3Xk";\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    [
      'Rust const raw string',
      'src/main.rs',
      'const CLIENT_SECRET: &str = r#"Lm39dkQ7wZx4abT2"#;\n',
      'Lm39dkQ7wZx4abT2',
    ],
    [
      'Rust raw string with two hashes',
      'src/main.rs',
      'let token = r##"Xk4mN8qR2vT6yB1cE5gJ"##;\n',
      'Xk4mN8qR2vT6yB1cE5gJ',
    ],
    ['Swift let', 'Sources/Api.swift', 'let apiToken = "Xk4mN8qR2vT6yB1cE5gJ"\n', 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['Kotlin const val', 'src/Api.kt', 'const val API_SECRET = "Lm39dkQ7wZx4abT2"\n', 'Lm39dkQ7wZx4abT2'],
    ['Kotlin triple quotes', 'src/Api.kt', 'val password = """Hs82kdL3mQz9!x"""\n', 'Hs82kdL3mQz9!x'],
    ['Kotlin typed val', 'src/Api.kt', 'private val apiKey: String = "Zq8vR2kLmP4xT7nWb3Xk"\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['Scala val', 'src/Api.scala', 'val clientSecret = "Lm39dkQ7wZx4abT2"\n', 'Lm39dkQ7wZx4abT2'],
    ['Java field', 'src/Db.java', '    private String password = "Hs82kdL3mQz9!x";\n', 'Hs82kdL3mQz9!x'],
    ['Java setter', 'src/Db.java', '    ds.setPassword("Hs82kdL3mQz9!x");\n', 'Hs82kdL3mQz9!x'],
    [
      'Spring @Value default',
      'src/Db.java',
      '    @Value("${db.password:Hs82kdL3mQz9!x}")\n    private String password;\n',
      'Hs82kdL3mQz9!x',
    ],
    [
      'Spring @Value literal',
      'src/Db.java',
      '    @Value("Hs82kdL3mQz9!x")\n    private String dbPassword;\n',
      'Hs82kdL3mQz9!x',
    ],
  ],
  'Ruby, Elixir, PHP, shell': [
    ['Ruby hash rocket', 'config/app.rb', "  :password => 'Hs82kdL3mQz9!x',\n", 'Hs82kdL3mQz9!x'],
    ['Ruby symbol key', 'config/app.rb', "  password: 'Hs82kdL3mQz9!x',\n", 'Hs82kdL3mQz9!x'],
    ['Ruby %q', 'config/app.rb', 'API_TOKEN = %q{Xk4mN8qR2vT6yB1cE5gJ}\n', 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['Ruby %Q with parentheses', 'config/app.rb', 'secret = %Q(Lm39dkQ7wZx4abT2)\n', 'Lm39dkQ7wZx4abT2'],
    [
      'Ruby squiggly heredoc',
      'config/app.rb',
      'SECRET_TOKEN = <<~KEY\n  Xk4mN8qR2vT6yB1cE5gJ\nKEY\n',
      'Xk4mN8qR2vT6yB1cE5gJ',
    ],
    [
      'Elixir keyword list',
      'config/prod.exs',
      'config :app, Repo,\n  username: "svc",\n  password: "Hs82kdL3mQz9!x"\n',
      'Hs82kdL3mQz9!x',
    ],
    ['Elixir sigil', 'config/prod.exs', 'secret_key_base = ~s(Lm39dkQ7wZx4abT2)\n', 'Lm39dkQ7wZx4abT2'],
    ['Elixir sigil with brackets', 'config/prod.exs', 'api_key = ~S[Zq8vR2kLmP4xT7nWb3Xk]\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['Elixir module attribute', 'lib/client.ex', '  @api_key "Zq8vR2kLmP4xT7nWb3Xk"\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['PHP array', 'config/db.php', "    'password' => 'Hs82kdL3mQz9!x',\n", 'Hs82kdL3mQz9!x'],
    ['PHP heredoc', 'config/db.php', '$apiKey = <<<EOT\nZq8vR2kLmP4xT7nWb3Xk\nEOT;\n', 'Zq8vR2kLmP4xT7nWb3Xk'],
    [
      'Terraform indented heredoc (the body, not the opener)',
      'infra/main.tf',
      'resource "aws_db_instance" "db" {\n  password = <<-EOT\n    Zq8vT2mWx9LkP4rB\n  EOT\n}\n',
      'Zq8vT2mWx9LkP4rB',
    ],
    ['shell export', 'deploy.sh', 'export API_TOKEN="Xk4mN8qR2vT6yB1cE5gJ"\n', 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['shell prefix assignment', 'deploy.sh', 'DB_PASSWORD=Hs82kdL3mQz9x ./migrate.sh up\n', 'Hs82kdL3mQz9x'],
    ['Makefile :=', 'Makefile', 'API_TOKEN := Xk4mN8qR2vT6yB1cE5gJ\n', 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['Makefile ?=', 'Makefile', 'DB_PASSWORD ?= Hs82kdL3mQz9x\n', 'Hs82kdL3mQz9x'],
    ['R <-', 'analysis/db.R', 'db_password <- "Hs82kdL3mQz9!x"\n', 'Hs82kdL3mQz9!x'],
    ['Lua long string', 'conf/app.lua', 'local api_secret = [[Lm39dkQ7wZx4abT2]]\n', 'Lm39dkQ7wZx4abT2'],
    ['Perl q{}', 'lib/App.pm', 'my $password = q{Hs82kdL3mQz9!x};\n', 'Hs82kdL3mQz9!x'],
  ],
  'config formats': [
    ['TOML', 'config.toml', '[database]\npassword = "Hs82kdL3mQz9!x"\n', 'Hs82kdL3mQz9!x'],
    ['TOML dotted key', 'config.toml', 'database.password = "Hs82kdL3mQz9!x"\n', 'Hs82kdL3mQz9!x'],
    ['TOML inline table', 'config.toml', 'db = { user = "svc", password = "Hs82kdL3mQz9!x" }\n', 'Hs82kdL3mQz9!x'],
    ['TOML literal string', 'config.toml', "api_key = 'Zq8vR2kLmP4xT7nWb3Xk'\n", 'Zq8vR2kLmP4xT7nWb3Xk'],
    ['TOML multi-line literal', 'config.toml', "token = '''Xk4mN8qR2vT6yB1cE5gJ'''\n", 'Xk4mN8qR2vT6yB1cE5gJ'],
    ['YAML flow mapping', 'config.yml', 'db: {user: svc, password: Hs82kdL3mQz9x}\n', 'Hs82kdL3mQz9x'],
    ['YAML flow mapping, quoted', 'config.yml', 'db: {user: svc, password: "Hs82kdL3mQz9!x"}\n', 'Hs82kdL3mQz9!x'],
    [
      'YAML block scalar',
      'k8s/secret.yaml',
      'stringData:\n  api_token: |\n    Xk4mN8qR2vT6yB1cE5gJ\n  user: svc\n',
      'Xk4mN8qR2vT6yB1cE5gJ',
    ],
    ['YAML folded scalar', 'config.yml', 'password: >-\n  Hs82kdL3mQz9x\n', 'Hs82kdL3mQz9x'],
    ['.properties with =', 'app.properties', 'db.password = Hs82kdL3mQz9!x\n', 'Hs82kdL3mQz9!x'],
    ['.properties with :', 'app.properties', 'db.password : Hs82kdL3mQz9!x\n', 'Hs82kdL3mQz9!x'],
    ['.properties without spaces', 'app.properties', 'db.password=Hs82kdL3mQz9!x\n', 'Hs82kdL3mQz9!x'],
    [
      'JSON nested',
      'config.json',
      '{\n  "db": {\n    "auth": {\n      "password": "Hs82kdL3mQz9!x"\n    }\n  }\n}\n',
      'Hs82kdL3mQz9!x',
    ],
  ],
};

for (const [group, table] of Object.entries(rows)) {
  describe(group, () => {
    it.each(table)('%s', (_form, path, text, secret) => {
      expectAt(path, text, secret);
    });
  });
}

describe('code that only looks like an assignment stays quiet', () => {
  it.each([
    ['a call', 'src/db.cpp', '  std::string password(readPassword(prompt));\n'],
    ['a type annotation', 'src/api.ts', '  private readonly secret: SecretProvider;\n'],
    ['an env lookup', 'app/settings.py', 'PASSWORD = os.environ["DB_PASSWORD"]\n'],
    ['a placeholder', 'src/api.js', "const apiKey = 'YOUR_API_KEY_HERE';\n"],
    ['a JSX expression', 'src/App.tsx', '  <Maps apiKey={config.mapsApiKey} />\n'],
    [
      'an interpolated string with holes',
      'src/Db.cs',
      'var password = $"{prefix}{Environment.GetEnvironmentVariable(name)}";\n',
    ],
    ['a template literal with holes', 'src/api.ts', 'const secret = `${prefix}-${process.env.SECRET}`;\n'],
    ['a getter', 'src/Db.java', '    ds.setPassword(config.getPassword());\n'],
    ['a Go type', 'main.go', 'type Config struct {\n\tPassword string `json:"password"`\n}\n'],
    ['an Elixir runtime lookup', 'config/runtime.exs', '  password: System.get_env("DB_PASSWORD"),\n'],
    ['a PHP env call', 'config/db.php', "    'password' => env('DB_PASSWORD'),\n"],
    ['a shell reference', 'deploy.sh', 'export API_TOKEN="${API_TOKEN:?}"\n'],
    ['an Objective-C key constant', 'Classes/Api.m', 'static NSString * const kPasswordKey = @"password";\n'],
    ['a Spring property reference', 'src/Db.java', '    @Value("${db.password}")\n'],
    ['a Python f-string with a field', 'app/settings.py', 'SECRET_KEY = f"{BASE_SECRET}-{ENVIRONMENT_NAME}"\n'],
    ['a C# interpolation with a hole', 'src/Db.cs', 'var apiKey = $"{tenantPrefix}Zq8vR2kLmP4xT7";\n'],
    ['a call taking a literal', 'app/auth.py', '    print password("Hs82kdL3mQz9!x")\n'],
    ['a dict whose first key is a literal', 'app/settings.py', "password = {'Hs82kdL3mQz9x': 1}\n"],
    ['a shell command whose argument follows', 'deploy.sh', 'echo password=Hs82kdL3mQz9x done\n'],
    ['a shell expansion default', 'deploy.sh', 'echo "${DB_PASSWORD}" ${TOKEN} done\n'],
    // A heredoc opener after a credential name is syntax: the value is on the lines below it.
    [
      'a Terraform heredoc of several lines',
      'infra/main.tf',
      '  password = <<-EOT\n    line one\n    line two\n  EOT\n',
    ],
    ['a Ruby heredoc opener', 'config/app.rb', 'MASTER_PASSWORD = <<~EOS\n  #{ENV["A"]}\n  #{ENV["B"]}\nEOS\n'],
    ['a YAML value that opens a heredoc', 'config.yml', 'password: <<-EOT\n'],
    ['a shell heredoc opener', 'deploy.sh', "API_TOKEN=<<-'END_TOKEN'\nEND_TOKEN\n"],
    ['a heredoc of several lines', 'config/db.php', '$apiKey = <<<EOT\nZq8vR2kLmP4xT7nWb3Xk\nand more text\nEOT;\n'],
    ['a Ruby word list', 'config/app.rb', 'token_scopes = %w(read write admin)\n'],
    ['a YAML block scalar of several lines', 'config.yml', 'secret_help: |\n  Set the secret\n  in the vault\n'],
    ['a Lua table index', 'conf/app.lua', 'local token = tokens[[Lm39dkQ7wZx4abT2]]\n'],
    [
      'a key stored under another name',
      'Classes/Api.m',
      '[params setObject:@"Zq8vR2kLmP4xT7nWb3Xk" forKey:@"username"];\n',
    ],
  ])('%s', (_what, path, text) => {
    expectQuiet(text, path);
  });
});
