/**
 * Replaces a leaked literal with a reference to an environment variable, in the idiom of the
 * file's language, changing nothing but the string that held the literal (quotes, comments,
 * order, `export` and CRLF line endings stay as they were):
 *   JS/TS   'AKIA…'           → process.env.NAME       ('x' + process.env.NAME + 'y' inside a longer string)
 *   Python  "AKIA…"           → os.environ["NAME"]     (and `import os` added when missing)
 *   shell / .env  KEY=AKIA…   → KEY=${NAME}
 *   GitHub workflow           → ${{ secrets.NAME }}
 *   anything else (YAML, JSON, …) → ${NAME}
 */
import type { ReferenceStyle } from '../config.js';

export type Dialect = 'js' | 'python' | 'shell' | 'github-actions' | 'generic';

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
  if (/^\.env(\..+)?$|\.env$|\.(sh|bash|zsh|ksh)$|^\.envrc$|^Dockerfile/.test(base)) return 'shell';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return 'github-actions';
  return 'generic';
}

interface StringToken {
  /** Index of the opening quote (after any prefix). */
  open: number;
  /** Index of the closing quote. */
  close: number;
  quote: string;
  /** Python string prefix (f, r, b, …) just before `open`. */
  prefix: string;
}

/** Finds the quoted string around [at, at+len) on its line, or undefined (bare text or comment). */
function enclosingString(text: string, at: number, len: number, dialect: Dialect): StringToken | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const quotes =
    dialect === 'js' ? '\'"`' : dialect === 'shell' || dialect === 'python' || dialect === 'generic' ? '\'"' : '\'"';
  let i = lineStart;
  let open = -1;
  let quote = '';
  // Template literals may span lines: look back further for an unclosed backtick.
  while (i < at) {
    const ch = text[i] as string;
    if (open >= 0) {
      if (ch === '\\' && !(dialect === 'shell' && quote === "'")) {
        i += 2;
        continue;
      }
      if (ch === quote) open = -1;
    } else if (quotes.includes(ch)) {
      open = i;
      quote = ch;
    } else if (
      (dialect === 'js' && ch === '/' && text[i + 1] === '/') ||
      (dialect !== 'js' && ch === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ' ')))
    ) {
      return undefined; // a comment
    }
    i++;
  }
  if (open < 0) return undefined;
  let j = at + len;
  while (j < text.length) {
    const ch = text[j] as string;
    if (ch === '\\' && !(dialect === 'shell' && quote === "'")) {
      j += 2;
      continue;
    }
    if (ch === quote) break;
    if (ch === '\n' && quote !== '`') return undefined;
    j++;
  }
  if (j >= text.length) return undefined;
  let prefix = '';
  if (dialect === 'python') {
    const m = /([rRbBuUfF]{1,2})$/.exec(text.slice(Math.max(lineStart, open - 2), open));
    if (m && !/[A-Za-z0-9_]/.test(text[open - (m[1] as string).length - 1] ?? ' ')) prefix = m[1] as string;
  }
  return { open, close: j, quote, prefix };
}

function replaceOne(text: string, at: number, rep: Replacement, dialect: Dialect): { text: string; next: number } {
  const len = rep.literal.length;
  const splice = (from: number, to: number, by: string) => ({
    text: text.slice(0, from) + by + text.slice(to),
    next: from + by.length,
  });
  if (dialect === 'github-actions') return splice(at, at + len, `\${{ secrets.${rep.env} }}`);
  if (dialect === 'generic') return splice(at, at + len, `\${${rep.env}}`);
  const tok = enclosingString(text, at, len, dialect);
  if (dialect === 'shell') {
    if (tok?.quote === "'") {
      if (tok.open === at - 1 && tok.close === at + len) return splice(tok.open, tok.close + 1, `"\${${rep.env}}"`);
      return splice(at, at + len, `'"\${${rep.env}}"'`);
    }
    return splice(at, at + len, `\${${rep.env}}`);
  }
  const ref = dialect === 'js' ? `process.env.${rep.env}` : `os.environ["${rep.env}"]`;
  if (!tok) return splice(at, at + len, ref);
  if (tok.quote === '`') return splice(at, at + len, `\${${ref}}`);
  if (dialect === 'python' && /f/i.test(tok.prefix)) {
    const inner = `os.environ[${tok.quote === '"' ? "'" : '"'}${rep.env}${tok.quote === '"' ? "'" : '"'}]`;
    return splice(at, at + len, `{${inner}}`);
  }
  const start = tok.open - tok.prefix.length;
  const pre = text.slice(tok.open + 1, at);
  const post = text.slice(at + len, tok.close);
  const q = tok.quote;
  const pieces = [
    ...(pre ? [`${tok.prefix}${q}${pre}${q}`] : []),
    ref,
    ...(post ? [`${tok.prefix}${q}${post}${q}`] : []),
  ];
  return splice(start, tok.close + 1, pieces.join(' + '));
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

/** Rewrites every occurrence of each literal. Returns the new text and how many were replaced. */
export function rewriteReferences(
  file: string,
  text: string,
  reps: Replacement[],
  style: ReferenceStyle,
): { text: string; count: number } {
  const dialect = dialectFor(file, style);
  let out = text;
  let count = 0;
  // Longest literal first, so a literal that contains another is replaced whole.
  for (const rep of [...reps].sort((a, b) => b.literal.length - a.literal.length)) {
    let from = 0;
    for (;;) {
      const at = out.indexOf(rep.literal, from);
      if (at < 0) break;
      const r = replaceOne(out, at, rep, dialect);
      out = r.text;
      from = r.next;
      count++;
    }
  }
  if (count > 0 && dialect === 'python' && out.includes('os.environ[')) out = ensurePythonOsImport(out);
  return { text: out, count };
}
