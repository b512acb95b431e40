/**
 * Replaces a leaked literal with a reference to an environment variable, in the idiom of the
 * file's language, changing nothing but the string that held the literal (quotes, comments,
 * order, `export` and CRLF line endings stay as they were):
 *   JS/TS   'AKIA…'           → process.env.NAME       ('x' + process.env.NAME + 'y' inside a longer string,
 *                                                       ${process.env.NAME} inside a template literal,
 *                                                       {process.env.NAME} as a JSX attribute)
 *   Python  "AKIA…"           → os.environ["NAME"]     (and `import os` added when missing; split or
 *                                                       {…} inside triple-quoted and f-strings)
 *   shell             KEY=AKIA… → KEY=${NAME}           (also in double quotes and unquoted heredocs)
 *   dotenv (.env)     KEY=AKIA… → a comment saying where KEY comes from now: dotenv does not expand
 *                                 ${KEY}, so the value must come from the environment or a later file
 *   GitHub workflow           → ${{ secrets.NAME }}
 *   Go, Java, Ruby, PHP, Rust, … → refused with the file and line: ${NAME} would be literal text
 *   anything else (YAML, JSON, properties, …) → ${NAME}
 * Strings are found by lexing from the start of the file, so a literal on the second line of a
 * template literal, a triple-quoted string or a heredoc is seen inside it. Where the reference
 * would not be evaluated (a quoted heredoc, a bytes literal, part of a dotenv value), the rewrite
 * is refused with the file and line, before anything changes.
 */
import { UserError } from '../../errors.js';
import { redact } from '../../report/redact.js';
import type { ReferenceStyle } from '../config.js';
import { jsContext, LexError, pythonContext, shellContext, type Context } from './lexers.js';
import { dotenvAssignments } from './dotenv.js';

export type Dialect = 'js' | 'python' | 'shell' | 'dotenv' | 'github-actions' | 'generic';

export interface Replacement {
  literal: string;
  env: string;
}

export function dialectFor(file: string, style: ReferenceStyle): Dialect {
  if (style === 'process-env') return 'js';
  if (style === 'os-environ') return 'python';
  if (style === 'shell') return 'shell';
  if (style === 'github-actions') return 'github-actions';
  const base = file.split('/').pop() ?? file;
  if (/\.(m|c)?[jt]sx?$/.test(base)) return 'js';
  if (/\.pyw?$/.test(base)) return 'python';
  if (/^\.env(\..+)?$|\.env$/.test(base)) return 'dotenv';
  if (/\.(sh|bash|zsh|ksh)$|^\.envrc$|^Dockerfile/.test(base)) return 'shell';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return 'github-actions';
  return 'generic';
}

/**
 * Source files of languages with no idiom here: `${NAME}` in their strings is literal text (or a
 * variable of the program's own, in Ruby, PHP, Perl, Groovy, Kotlin, Dart), so writing it would
 * silently break the program. Their literals are refused instead, with the file and line.
 */
const NO_IDIOM =
  /\.(go|java|kt|kts|scala|groovy|gradle|clj|rb|rake|gemspec|php|cs|fs|vb|rs|swift|dart|c|h|cc|cpp|cxx|hpp|m|mm|zig|pl|pm|lua|r|jl|ex|exs|erl|hs|ps1|psm1)$/i;

class Refused extends UserError {}

function lineOf(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Site {
  file: string;
  text: string;
  at: number;
  rep: Replacement;
  /** Where the value lives now, for the comment left in a dotenv file. */
  storeHint: string;
}

function refuse(site: Site, problem: string): never {
  throw new Refused(
    `${site.file}:${lineOf(site.text, site.at)}: ${problem}; move the value out by hand, then run again`,
  );
}

function splice(text: string, from: number, to: number, by: string): { text: string; next: number } {
  return { text: text.slice(0, from) + by + text.slice(to), next: from + by.length };
}

function context(site: Site, lex: (text: string, at: number) => Context): Context {
  try {
    return lex(site.text, site.at);
  } catch (err) {
    if (err instanceof LexError) refuse(site, `cannot tell what surrounds the leaked value (${err.message})`);
    throw err;
  }
}

/**
 * `pre + ref + post` in place of a quoted string. Parenthesised when what follows the string
 * (a method call, an index, `%`) would otherwise bind to the last piece only.
 */
function splitString(
  site: Site,
  tok: Extract<Context, { kind: 'string' }>,
  ref: string,
): { text: string; next: number } {
  const { text, at, rep } = site;
  const q = tok.quote;
  const pre = text.slice(tok.open + q.length, at);
  const post = text.slice(at + rep.literal.length, tok.close);
  if (/\\$/.test(pre)) refuse(site, 'the leaked value follows a backslash in its string');
  const pieces = [
    ...(pre ? [`${tok.prefix}${q}${pre}${q}`] : []),
    ref,
    ...(post ? [`${tok.prefix}${q}${post}${q}`] : []),
  ];
  const after = text.slice(tok.close + q.length).trimStart()[0] ?? '';
  const joined = pieces.join(' + ');
  const wrap = pieces.length > 1 && '.[(%*'.includes(after) && after !== '';
  const start = tok.open - tok.prefix.length;
  // A quote needs no space to part it from a keyword (`return'…'`, `'…'in o`); a reference does.
  const lead = /[\w$]/.test(text[start - 1] ?? '') ? ' ' : '';
  const trail = /[\w$]/.test(text[tok.close + q.length] ?? '') ? ' ' : '';
  const { text: out } = splice(text, start, tok.close + q.length, lead + (wrap ? `(${joined})` : joined) + trail);
  // Go on right after the reference: the rest of the string may hold the literal again.
  const refEnd = start + lead.length + (wrap ? 1 : 0) + (pre ? pieces[0]!.length + 3 : 0) + ref.length;
  return { text: out, next: refEnd };
}

/** `name=` ending the text before a string: in a .jsx/.tsx file, the string is a JSX attribute value. */
const JSX_ATTR = /(?:<[A-Za-z][\w.:-]*\s(?:[^<>]*\s)?|^\s*)[A-Za-z_][\w:-]*=$/;

function isJsxAttribute(site: Site, open: number): boolean {
  if (!/\.[jt]sx$/.test(site.file)) return false;
  const lineStart = site.text.lastIndexOf('\n', open - 1) + 1;
  return JSX_ATTR.test(site.text.slice(lineStart, open));
}

function replaceJs(site: Site): { text: string; next: number } {
  const ref = `process.env.${site.rep.env}`;
  const end = site.at + site.rep.literal.length;
  const tok = context(site, jsContext);
  if (tok.kind === 'regex') refuse(site, 'the leaked value is inside a regular expression literal');
  if (tok.kind !== 'string') return splice(site.text, site.at, end, ref);
  if (tok.quote === '`') return splice(site.text, site.at, end, `\${${ref}}`);
  if (isJsxAttribute(site, tok.open)) {
    // <Map apiKey="…"/>: an attribute takes an expression only in braces.
    const { text, next } = splitString(site, tok, ref);
    const replaced = text.slice(tok.open, next);
    return splice(text, tok.open, next, `{${replaced}}`);
  }
  return splitString(site, tok, ref);
}

function replacePython(site: Site): { text: string; next: number } {
  const end = site.at + site.rep.literal.length;
  const tok = context(site, pythonContext);
  if (tok.kind !== 'string') return splice(site.text, site.at, end, `os.environ["${site.rep.env}"]`);
  if (/b/i.test(tok.prefix)) refuse(site, 'the leaked value is in a bytes literal, which cannot hold os.environ[...]');
  if (/f/i.test(tok.prefix)) {
    const inner = tok.quote.startsWith('"') ? "'" : '"';
    return splice(site.text, site.at, end, `{os.environ[${inner}${site.rep.env}${inner}]}`);
  }
  return splitString(site, tok, `os.environ["${site.rep.env}"]`);
}

function replaceShell(site: Site): { text: string; next: number } {
  const { text, at, rep } = site;
  const end = at + rep.literal.length;
  const tok = context(site, shellContext);
  if (tok.kind === 'heredoc' && tok.quoted)
    refuse(
      site,
      `the leaked value is in a heredoc with a quoted delimiter (${tok.delimiter}), where \${${rep.env}} would not expand`,
    );
  if (tok.kind === 'string' && tok.quote === "$'") refuse(site, "the leaked value is in a $'...' string");
  if (tok.kind === 'string' && tok.quote === "'") {
    if (tok.open === at - 1 && tok.close === end) return splice(text, tok.open, tok.close + 1, `"\${${rep.env}}"`);
    return splice(text, at, end, `'"\${${rep.env}}"'`);
  }
  return splice(text, at, end, `\${${rep.env}}`);
}

/**
 * A dotenv file keeps no value the rotation moved: the assignment becomes a comment naming
 * where the value is now. Consumers get it from the environment or a later, git-ignored file.
 */
function replaceDotenv(site: Site): { text: string; next: number } {
  const { text, at, rep } = site;
  const a = dotenvAssignments(text).find((x) => x.start <= at && at < x.end);
  if (!a) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^\s*#/.test(text.slice(lineStart, at))) return splice(text, at, at + rep.literal.length, `\${${rep.env}}`);
    refuse(site, 'the leaked value is not in a NAME=value line');
  }
  if (a.value !== rep.literal)
    refuse(
      site,
      `the leaked value is only part of ${a.name}'s value, and tokguard moves whole values out of dotenv files`,
    );
  if (a.name !== rep.env)
    refuse(
      site,
      `${a.name} holds the leaked value but the rotation stores it as ${rep.env}; set reference.env to ${a.name}`,
    );
  return splice(
    text,
    a.start,
    a.end,
    `# ${a.name}: removed by tokguard rotate; set it in the environment (the current value is in ${site.storeHint})`,
  );
}

function replaceOne(site: Site, dialect: Dialect): { text: string; next: number } {
  const { text, at, rep } = site;
  const end = at + rep.literal.length;
  switch (dialect) {
    case 'github-actions':
      return splice(text, at, end, `\${{ secrets.${rep.env} }}`);
    case 'generic': {
      const ext = NO_IDIOM.exec(site.file.split('/').pop() ?? '')?.[0];
      if (ext)
        refuse(
          site,
          `tokguard writes no environment reference in ${ext} files (\${${rep.env}} would be literal text there): read ${rep.env} from the environment in the code`,
        );
      return splice(text, at, end, `\${${rep.env}}`);
    }
    case 'dotenv':
      return replaceDotenv(site);
    case 'shell':
      return replaceShell(site);
    case 'js':
      return replaceJs(site);
    case 'python':
      return replacePython(site);
  }
}

function ensurePythonOsImport(text: string): string {
  if (/^\s*import\s+(?:[\w.]+\s*,\s*)*os\b|^\s*from\s+os\s+import\s+environ\b/m.test(text)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n');
  let at = 0;
  while (at < lines.length && /^(#!|#.*coding[:=])/.test(lines[at] ?? '')) at++;
  for (let i = at; i < lines.length; i++) if (/^from\s+__future__\s+import/.test(lines[i] ?? '')) at = i + 1;
  lines.splice(at, 0, `import os${eol === '\r\n' ? '\r' : ''}`);
  return lines.join('\n');
}

function hideLiterals(message: string, reps: readonly Replacement[]): string {
  let out = message;
  for (const { literal } of [...reps].sort((a, b) => b.literal.length - a.literal.length))
    if (literal) out = out.split(literal).join(redact(literal));
  return out;
}

/** Rewrites every occurrence of each literal. Returns the new text and how many were replaced. */
export function rewriteReferences(
  file: string,
  text: string,
  reps: Replacement[],
  style: ReferenceStyle,
  storeHint = 'your secret store',
): { text: string; count: number } {
  const dialect = dialectFor(file, style);
  let out = text;
  let count = 0;
  try {
    // Longest literal first, so a literal that contains another is replaced whole.
    for (const rep of [...reps].sort((a, b) => b.literal.length - a.literal.length)) {
      let from = 0;
      for (;;) {
        const at = out.indexOf(rep.literal, from);
        if (at < 0) break;
        const r = replaceOne({ file, text: out, at, rep, storeHint }, dialect);
        out = r.text;
        from = r.next;
        count++;
      }
    }
  } catch (err) {
    // A refusal quotes names from the file (`KEY holds the leaked value`), and a name can hold
    // the literal itself (`AKIA…KEY=`): the message goes to the terminal, the literal must not.
    if (err instanceof Refused) throw new Refused(hideLiterals(err.message, reps));
    throw err;
  }
  if (count > 0 && dialect === 'python' && out.includes('os.environ[')) out = ensurePythonOsImport(out);
  return { text: out, count };
}
