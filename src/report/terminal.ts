/**
 * Text that comes from a scanned repository (file names, line text, commit authors and subjects,
 * rule names from its config) is shown on terminals and in CI logs, where some characters are
 * commands: ESC and the C1 controls start terminal sequences (clear the screen, set the title,
 * OSC 8 links), CR overwrites what a line showed, a newline starts a new line that can be a
 * GitHub workflow command, and the Unicode bidi controls reorder what a reader sees. GitHub's
 * runner also obeys `::command::` at the start of a line (after blanks) and the older
 * `##[command]` anywhere in a line.
 *
 * Human-facing output shows such characters as escapes (`\x1b`, `\n`, `\u202e`) and breaks the
 * two workflow-command forms. JSON keeps the raw text in its strings, where the same characters
 * are written as `\u` escapes, so the data is unchanged.
 */

// C0 controls but tab, DEL, C1, the Unicode line and paragraph separators, the bidi embeddings,
// overrides and isolates.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_LINE_BREAKS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

function hex(c: string, width: number): string {
  return c.charCodeAt(0).toString(16).padStart(width, '0');
}

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}

/** The workflow-command forms GitHub's runner acts on: `::cmd` first on a line, `##[cmd` anywhere. */
const LEADING_COMMAND = /^(\s*):/;
const LEGACY_COMMAND = /##\[/g;

/**
 * `s` as it may be printed on a terminal or in a CI log: control characters escaped, and the
 * workflow-command markers broken (`##[` → `##\x5b`, a leading `:` → `\x3a`). Tabs stay, and
 * so do CR and LF with `lineBreaks` (for a caller that escapes them its own way).
 */
export function printable(s: string, options: { lineBreaks?: boolean } = {}): string {
  let out = s
    .replace(options.lineBreaks ? UNSAFE_BUT_LINE_BREAKS : UNSAFE, escapeChar)
    .replace(LEGACY_COMMAND, '##\\x5b');
  if (/^\s*::/.test(out)) out = out.replace(LEADING_COMMAND, '$1\\x3a');
  return out;
}

/** Whole lines of human-facing output (several fields joined): no line can start a workflow command. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const safe = line.replace(LEGACY_COMMAND, '##\\x5b');
      return /^\s*::/.test(safe) ? safe.replace(LEADING_COMMAND, '$1\\x3a') : safe;
    })
    .join('\n');
}

const JSON_UNSAFE = /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Serialised JSON made safe to print: `JSON.stringify` escapes the C0 controls but writes DEL,
 * C1, the line separators and the bidi controls raw, and a string may hold `##[`. Inside JSON
 * these can only be in strings, so writing them as `\u` escapes keeps the data the same.
 */
export function printableJson(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${hex(c, 4)}`).replace(LEGACY_COMMAND, '##\\u005b');
}
