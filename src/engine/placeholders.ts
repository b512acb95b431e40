/**
 * Documentation values and template references look like secrets to a regex but are not.
 * Every rule's candidates pass through here; generic rules add stricter filters of their own.
 */
const PLACEHOLDER_WORDS = [
  'example',
  'placeholder',
  'your_',
  'your-',
  'yourkey',
  'changeme',
  'change_me',
  'replace_me',
  'replaceme',
  'redacted',
  'dummy',
  'sample',
  'insert_',
  'xxxxxx',
  '******',
  '......',
  'process.env',
  'os.environ',
  'getenv',
];

const TEMPLATE = /\$\{[^}]*\}|\{\{[^}]*\}\}|<[^<>\s]{1,40}>|%\([a-z_]+\)s|\$\([^)]*\)|^\$[A-Z_][A-Z0-9_]*$|\[\[[^\]]*\]\]/;

export function isPlaceholder(secret: string): boolean {
  const lower = secret.toLowerCase();
  for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return true;
  if (TEMPLATE.test(secret)) return true;
  // A run of one repeated character over most of the value ("0000…", "aaaa…").
  if (/(.)\1{7,}/.test(secret) && new Set(secret).size <= 4) return true;
  return false;
}
