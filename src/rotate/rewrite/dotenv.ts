/**
 * Editing `.env` files in place: set a variable's value while keeping every other byte
 * (comments, order, `export`, quoting style, CRLF line endings).
 */

const LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*)(.*?)(\r?)$/;

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function quoteLike(oldValue: string, value: string): string {
  const q = oldValue.trimStart()[0];
  if (q === "'" && !value.includes("'")) return `'${value}'`;
  if (q === '"' || /[\s#"'\\$`]/.test(value)) return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
  return value;
}

/** The value of NAME, unquoted, or undefined. */
export function getDotenv(text: string, name: string): string | undefined {
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m || m[2] !== name) continue;
    let v = (m[4] ?? '').trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    else if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, '');
    return v;
  }
  return undefined;
}

export function setDotenv(text: string, values: Record<string, string>): string {
  const eol = eolOf(text);
  const left = new Map(Object.entries(values));
  const lines = text.split('\n').map((line) => {
    const m = LINE.exec(line);
    if (!m || !left.has(m[2] as string)) return line;
    const name = m[2] as string;
    const value = left.get(name) as string;
    left.delete(name);
    // Keep a trailing comment on unquoted values.
    const raw = m[4] ?? '';
    const comment = /^[^'"].*?(\s+#.*)$/.exec(raw)?.[1] ?? '';
    return `${m[1]}${name}${m[3]}${quoteLike(raw, value)}${comment}${m[5]}`;
  });
  let out = lines.join('\n');
  if (left.size > 0) {
    if (out.length > 0 && !out.endsWith('\n')) out += eol;
    for (const [k, v] of left) out += `${k}=${quoteLike('', v)}${eol}`;
  }
  return out;
}

export interface DotenvAssignment {
  name: string;
  /** The value as dotenv reads it (unquoted). */
  value: string;
  /** From the line start to the end of the value (before the line ending), over several lines for a quoted value. */
  start: number;
  end: number;
}

const ASSIGN = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)([ \t]*=[ \t]*)/;

/** Every NAME=value in a dotenv file, double-quoted values spanning lines included. */
export function dotenvAssignments(text: string): DotenvAssignment[] {
  const out: DotenvAssignment[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const m = ASSIGN.exec(text.slice(lineStart, lineEnd));
    if (!m) {
      lineStart = lineEnd + 1;
      continue;
    }
    const valueStart = lineStart + m[0].length;
    let end = lineEnd;
    let value: string;
    const q = text[valueStart];
    if (q === '"' || q === "'") {
      let j = valueStart + 1;
      while (j < text.length && text[j] !== q) j += q === '"' && text[j] === '\\' ? 2 : 1;
      const close = Math.min(j, text.length);
      const raw = text.slice(valueStart + 1, close);
      value = q === '"' ? raw.replace(/\\(["\\$`])/g, '$1').replace(/\\n/g, '\n') : raw;
      const after = text.indexOf('\n', close);
      end = after < 0 ? text.length : after;
    } else {
      value = text
        .slice(valueStart, lineEnd)
        .replace(/\r$/, '')
        .replace(/\s+#.*$/, '')
        .trim();
    }
    if (text[end - 1] === '\r') end--;
    out.push({ name: m[2] as string, value, start: lineStart, end });
    lineStart = end + 1;
    if (text[lineStart - 1] === '\r') lineStart++;
  }
  return out;
}
