/**
 * What kind of file a path names, judged from the path alone (the engine never touches the file
 * system). The kind is evidence for the generic detectors: a password in a credentials file or a
 * config is more likely real than the same text in a test, an example or the documentation.
 */
export type FileKind = 'credentials' | 'config' | 'source' | 'test' | 'fixture' | 'example' | 'docs' | 'unknown';

// Files whose whole purpose is to hold credentials for a client or a tool.
const CREDENTIAL_FILES = new Set([
  '.netrc',
  '_netrc',
  '.pgpass',
  '.git-credentials',
  '.htpasswd',
  '.npmrc',
  '.pypirc',
  '.dockercfg',
  '.my.cnf',
  // PgBouncer's auth_file, by the name its documentation and packages give it.
  'userlist.txt',
  'credentials',
  'credentials.json',
  'credentials.yml',
  'credentials.yaml',
  'credentials.xml',
  'secrets.json',
  'secrets.yml',
  'secrets.yaml',
  'secrets.toml',
  '.s3cfg',
  '.boto',
  '.ftpconfig',
  'sftp-config.json',
  'filezilla.xml',
  'sitemanager.xml',
  'recentservers.xml',
  'shadow',
  'master.key',
  // Connection lists that database, FTP/SFTP and remote-desktop clients save with passwords.
  'confcons.xml',
  'credentials-config.json',
  'dbeaver-data-sources.xml',
  'sqlaliases23.xml',
  'robo3t.json',
]);

/**
 * Client connection files whose names alone are too common to tell: they count as credential
 * files in the folder the client keeps them in (JetBrains' `.idea`, DBeaver's `.dbeaver`,
 * VS Code's `.vscode`, SQL Developer's `o.jdeveloper.db.connection…`), or by extension (Remmina).
 */
function clientConnectionFile(lowerBase: string, dirs: readonly string[], ext: string): boolean {
  const parent = dirs.at(-1) ?? '';
  if (ext === 'remmina') return true;
  if (parent === '.vscode') return lowerBase === 'sftp.json';
  if (parent === '.dbeaver') return /^data-sources.*\.json$/.test(lowerBase);
  if (parent === '.idea') return lowerBase === 'datasources.xml' || lowerBase === 'datasources.local.xml';
  if (parent === 'datasources' && dirs.at(-2) === '.idea') return ext === 'xml';
  if (parent.startsWith('o.jdeveloper.db.connection')) return /^connections\.(?:xml|json)$/.test(lowerBase);
  return false;
}

const CONFIG_EXT = new Set([
  'env',
  'properties',
  'ini',
  'cfg',
  'conf',
  'cnf',
  'config',
  'yaml',
  'yml',
  'toml',
  'json',
  'xml',
  'plist',
  'tfvars',
  'hcl',
  'tf',
  'gradle',
]);

// Settings written in a programming language (`wp-config.php`, Django's `settings.py`).
const CONFIG_STEM = /^(?:wp-config|config|configuration|settings|local_settings|database|secrets?|parameters)$/;

const DOC_EXT = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc', 'rdoc', 'textile', 'pod', 'ipynb']);
const DOC_NAMES = /^(?:readme|changelog|changes|history|news|contributing|install|usage|faq)(?:\.[a-z]+)?$/i;
const DECLARATIONS = /\.d\.[cm]?ts$/;
const DOC_DIRS = new Set(['doc', 'docs', 'documentation', 'guide', 'guides', 'manual', 'website']);
// Translation tables (`lang/de.json`, `config/locales/fr.yml`, `messages_de.properties`, gettext
// and XLIFF catalogues) are text for people, as the docs are: `"password": "Passwort"` there is a
// label in another language.
const LOCALE_DIRS = new Set(['lang', 'langs', 'locale', 'locales', 'i18n', 'l10n', 'translations']);
const LOCALE_EXT = new Set(['po', 'pot', 'xlf', 'xliff', 'strings', 'arb']);
const RESOURCE_BUNDLE = /^messages(?:_[a-z]{2,3}(?:_[a-z]{2})?)?\.properties$/;

const SOURCE_EXT = new Set([
  'js',
  'mjs',
  'cjs',
  'jsx',
  'ts',
  'tsx',
  'py',
  'rb',
  'go',
  'java',
  'kt',
  'kts',
  'scala',
  'groovy',
  'cs',
  'fs',
  'vb',
  'php',
  'rs',
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'm',
  'mm',
  'swift',
  'dart',
  'ex',
  'exs',
  'erl',
  'clj',
  'lua',
  'pl',
  'pm',
  'r',
  'sh',
  'bash',
  'zsh',
  'ps1',
  'psm1',
  'bat',
  'cmd',
  'sql',
  'vue',
  'svelte',
  'erb',
  'ejs',
  'hbs',
  'html',
  'jsp',
]);

const TEST_DIRS = new Set([
  'test',
  'tests',
  'spec',
  'specs',
  '__tests__',
  '__mocks__',
  'testdata',
  'test-data',
  'test_data',
  'fixtures',
  'fixture',
  'testing',
  'e2e',
]);
const TEST_NAME =
  /^(?:test_.+|.+_test\.[a-z]+|.+[._-](?:test|spec|tests)\.[a-z]+|.+(?:Test|Tests|Spec|IT)\.(?:java|kt|scala|groovy|php|cs|swift|m))$/;

const EXAMPLE_DIRS = new Set(['example', 'examples', 'sample', 'samples', 'demo', 'demos', 'tutorial', 'tutorials']);
const EXAMPLE_NAME = /[._-](?:example|sample|dist|template|tmpl|tpl|default|defaults)(?:\.[a-z0-9]+)?$/i;

/** What a file's kind takes from the folders it is in (lower-cased), worked out once per folder. */
interface Folders {
  dirs: readonly string[];
  example: boolean;
  test: boolean;
  docs: boolean;
  locale: boolean;
}

/**
 * Per folder path, its Folders: a tree's files share their folders (node_modules: 11,702 files in
 * 1,367), and splitting and testing each path's folders was about half of a path's 1.5-2 us.
 * Cleared when full, so a long history scan does not keep every folder it met.
 */
const folderCache = new Map<string, Folders>();
const FOLDER_CACHE_SIZE = 4096;
const NO_FOLDERS = foldersOf([]);

function foldersOf(dirs: readonly string[]): Folders {
  return {
    dirs,
    example: dirs.some((d) => EXAMPLE_DIRS.has(d)),
    test: dirs.some((d) => TEST_DIRS.has(d)),
    docs: dirs.some((d) => DOC_DIRS.has(d)),
    locale: dirs.some((d) => LOCALE_DIRS.has(d)),
  };
}

/** The Folders of `path`'s folder part (before its last `/`; none without one). */
function foldersOfPath(path: string, slash: number): Folders {
  if (slash < 0) return NO_FOLDERS;
  const folder = path.slice(0, slash);
  let known = folderCache.get(folder);
  if (known === undefined) {
    if (folderCache.size >= FOLDER_CACHE_SIZE) folderCache.clear();
    known = foldersOf(folder.split('/').map((d) => d.toLowerCase()));
    folderCache.set(folder, known);
  }
  return known;
}

/** The kind of the file at `path` (forward slashes; relative to the scanned folder). */
export function fileKindOf(path: string | undefined): FileKind {
  if (!path) return 'unknown';
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const lowerBase = base.toLowerCase();
  const folders = foldersOfPath(path, slash);
  const { dirs } = folders;
  const dot = lowerBase.lastIndexOf('.');
  const ext = dot > 0 ? lowerBase.slice(dot + 1) : '';
  if (
    CREDENTIAL_FILES.has(lowerBase) ||
    (dirs.at(-1) === '.aws' && lowerBase === 'config') ||
    clientConnectionFile(lowerBase, dirs, ext)
  )
    return 'credentials';
  if (EXAMPLE_NAME.test(base) || folders.example) return 'example';
  const stem = dot > 0 ? lowerBase.slice(0, dot) : lowerBase;
  // A config-format file (INI, YAML, `.env`…) among the tests is the tests' data: a config
  // written for them, neither code nor a deployed config.
  const configFormat = CONFIG_EXT.has(ext) || lowerBase.startsWith('.env') || /^\.[a-z]+rc$/.test(lowerBase);
  if (TEST_NAME.test(base) || folders.test) return configFormat ? 'fixture' : 'test';
  // Type declarations hold no values, only documentation comments with sample ones.
  if (DOC_EXT.has(ext) || DOC_NAMES.test(base) || folders.docs || DECLARATIONS.test(lowerBase)) return 'docs';
  // A folder named `lang` also holds code (Java's `java/lang`): only data files there are tables;
  // Laravel writes its tables as PHP arrays.
  const table = configFormat || ext === 'php';
  if ((table && folders.locale) || LOCALE_EXT.has(ext) || RESOURCE_BUNDLE.test(lowerBase)) return 'docs';
  if (configFormat || CONFIG_STEM.test(stem)) return 'config';
  if (SOURCE_EXT.has(ext)) return 'source';
  return 'unknown';
}
