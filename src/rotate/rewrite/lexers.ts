/**
 * Just enough of JavaScript, Python and shell to say what surrounds a position in a file: code,
 * a comment, or a string (which quote, where it opens and closes, whether it spans lines), or a
 * shell heredoc. Each lexer reads from the start of the file, so a string that opened lines
 * earlier (a template literal, a triple-quoted string, a quoted value over several lines, a
 * heredoc body) is seen as one.
 */

export type Context =
  | { kind: 'code' }
  | { kind: 'comment' }
  /** A JavaScript regex literal: no expression can stand in for text inside it. */
  | { kind: 'regex' }
  | {
      kind: 'string';
      /** Index of the opening delimiter (after any prefix) and of the closing one. */
      open: number;
      close: number;
      /** `'`, `"`, `` ` ``, `'''`, `"""`, or `$'` (shell ANSI-C). */
      quote: string;
      /** Python string prefix (f, r, b, rb, …). */
      prefix: string;
    }
  | { kind: 'heredoc'; quoted: boolean; delimiter: string };

/** Thrown when a file cannot be lexed with confidence (an unterminated string, say). */
export class LexError extends Error {}

const JS_REGEX_AFTER = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const JS_REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

const WORD_CHAR = /[\p{L}\p{N}_$]/u;
const KEYWORD_BEFORE_QUOTE =
  /(?:^|[^\p{L}\p{N}_$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/u;

/**
 * A quote right after a word character cannot open a JavaScript string (`x'a'` is a syntax error;
 * only a keyword such as `return'a'` may precede one), so it is an apostrophe in JSX text:
 * `<p>Don't</p>`. Without this, a .jsx/.tsx file with a contraction could not be lexed at all.
 */
function quoteInWord(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === undefined || !WORD_CHAR.test(before)) return false;
  return !KEYWORD_BEFORE_QUOTE.test(text.slice(Math.max(0, i - 12), i));
}

function closeOfSimple(text: string, from: number, quote: string, escapes: boolean, multiline: boolean): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (escapes && ch === '\\') {
      j++;
      continue;
    }
    if (text.startsWith(quote, j)) return j;
    if (ch === '\n' && !multiline) return -1;
  }
  return -1;
}

/** JavaScript / TypeScript: strings, template literals (with `${}` nesting), comments, regex literals. */
export function jsContext(text: string, at: number): Context {
  // Each template literal open on the stack, with the brace depth of the `${` that left it.
  const templates: { open: number; depth: number }[] = [];
  let depth = 0;
  let inTemplate = false;
  let i = 0;
  let prev = '';
  while (i < at) {
    const ch = text[i] as string;
    if (inTemplate) {
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (ch === '`') {
        templates.pop();
        inTemplate = false;
        prev = '`';
      } else if (ch === '$' && text[i + 1] === '{') {
        templates[templates.length - 1]!.depth = depth;
        depth++;
        inTemplate = false;
        i += 2;
        prev = '{';
        continue;
      }
      i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0 || end >= at) return { kind: 'comment' };
      i = end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || end >= at) return { kind: 'comment' };
      i = end + 2;
      continue;
    }
    if ((ch === "'" || ch === '"') && !quoteInWord(text, i)) {
      const close = closeOfSimple(text, i + 1, ch, true, false);
      if (close < 0) throw new LexError(`unterminated ${ch} string`);
      if (close >= at) return { kind: 'string', open: i, close, quote: ch, prefix: '' };
      i = close + 1;
      prev = ch;
      continue;
    }
    if (ch === '`') {
      templates.push({ open: i, depth: -1 });
      inTemplate = true;
      i++;
      continue;
    }
    if (ch === '/' && (prev === '' || JS_REGEX_AFTER.has(prev) || JS_REGEX_KEYWORDS.test(text.slice(0, i).trimEnd()))) {
      // A regex literal: skip to its closing slash (outside a character class), on this line.
      let inClass = false;
      let j = i + 1;
      for (; j < text.length && text[j] !== '\n'; j++) {
        const c = text[j];
        if (c === '\\') j++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
      }
      if (j >= at) return { kind: 'regex' };
      i = j + 1;
      prev = '/';
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') {
      depth--;
      const top = templates[templates.length - 1];
      if (top && top.depth === depth) {
        inTemplate = true;
        i++;
        continue;
      }
    }
    if (!/\s/.test(ch)) prev = ch;
    i++;
  }
  if (inTemplate) {
    const open = templates[templates.length - 1]!.open;
    return { kind: 'string', open, close: -1, quote: '`', prefix: '' };
  }
  return { kind: 'code' };
}

const PY_PREFIX = /[rRbBuUfF]{1,2}$/;

/** Python: strings with prefixes, triple-quoted strings, comments. */
export function pythonContext(text: string, at: number): Context {
  let i = 0;
  while (i < at) {
    const ch = text[i] as string;
    if (ch === '#') {
      const end = text.indexOf('\n', i);
      if (end < 0 || end >= at) return { kind: 'comment' };
      i = end;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const triple = text.startsWith(ch.repeat(3), i);
      const quote = triple ? ch.repeat(3) : ch;
      const m = PY_PREFIX.exec(text.slice(Math.max(0, i - 2), i));
      const before = m ? text[i - m[0].length - 1] : undefined;
      const prefix = m && !/[A-Za-z0-9_]/.test(before ?? ' ') ? m[0] : '';
      const close = closeOfSimple(text, i + quote.length, quote, true, triple);
      if (close < 0) throw new LexError(`unterminated ${quote} string`);
      if (close >= at) return { kind: 'string', open: i, close, quote, prefix };
      i = close + quote.length;
      continue;
    }
    i++;
  }
  return { kind: 'code' };
}

interface PendingHeredoc {
  delimiter: string;
  quoted: boolean;
  strip: boolean;
}

/** POSIX shell / bash: quotes, comments, and heredoc bodies (quoted delimiters do not expand). */
export function shellContext(text: string, at: number): Context {
  let i = 0;
  const pending: PendingHeredoc[] = [];
  while (i < at) {
    const ch = text[i] as string;
    if (ch === '\n' && pending.length) {
      // Heredoc bodies start on the line after their operator, one after the other.
      let lineStart = i + 1;
      for (const h of pending.splice(0)) {
        for (;;) {
          if (lineStart >= text.length) throw new LexError(`heredoc ${h.delimiter} is not closed`);
          const end = text.indexOf('\n', lineStart);
          const lineEnd = end < 0 ? text.length : end;
          const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
          if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delimiter) {
            if (at < lineStart) return { kind: 'heredoc', quoted: h.quoted, delimiter: h.delimiter };
            lineStart = lineEnd + 1;
            break;
          }
          if (at < lineEnd) return { kind: 'heredoc', quoted: h.quoted, delimiter: h.delimiter };
          lineStart = lineEnd + 1;
        }
      }
      i = lineStart;
      continue;
    }
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s|;|\(/.test(text[i - 1] ?? ' '))) {
      const end = text.indexOf('\n', i);
      if (end < 0 || end >= at) return { kind: 'comment' };
      i = end;
      continue;
    }
    if (ch === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      const m = /^<<(-?)\s*(?:'([^']+)'|"([^"]+)"|\\?([A-Za-z_][A-Za-z0-9_]*))/.exec(text.slice(i));
      if (m) {
        pending.push({
          delimiter: (m[2] ?? m[3] ?? m[4]) as string,
          quoted: m[2] !== undefined || m[3] !== undefined || m[0].includes('\\'),
          strip: m[1] === '-',
        });
        i += m[0].length;
        continue;
      }
    }
    if (ch === "'" || ch === '"' || (ch === '$' && text[i + 1] === "'")) {
      const quote = ch === '$' ? "$'" : ch;
      const start = i + quote.length;
      const close = closeOfSimple(text, start, quote === '"' ? '"' : "'", quote !== "'", true);
      if (close < 0) throw new LexError(`unterminated ${quote} string`);
      if (close >= at) return { kind: 'string', open: i, close, quote, prefix: '' };
      i = close + 1;
      continue;
    }
    i++;
  }
  return { kind: 'code' };
}
