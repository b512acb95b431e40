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
