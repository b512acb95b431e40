/**
 * Recovers the base64 body of a PEM block from the shapes keys take once they leave a `.pem`
 * file: lines prefixed by a logger (`2026-04-26 12:36:01 `, BuildKit's `#6 0.245 `, Compose's
 * `web_1  | `), a block inside a JSON or source string escaped once or twice (`\n`, `\\n`,
 * `\\r\\n`), a block split across string concatenations (`"…\n" + "…"`, PHP's `.`), a one-line block
 * whose lines were joined with spaces, and comment markers (` * `, `//`).
 *
 * The result is only a candidate: callers decode it and check the key's structure (the DER
 * lengths, OpenSSH's magic), which is what keeps this lenient reading from reporting noise.
 */

/**
 * One or more backslashes and an escape letter: a newline, carriage return or tab written as an
 * escape; or PowerShell's backtick escape of the same (`` `n ``, `` `r`n ``).
 */
const ESCAPED_BREAK = /\\+[rnt]|`[rnt]/g;
const LINE_BREAK = /\r\n|\r|\n/;
/** An HTML line break: a key pasted into a page or a rich-text field keeps its lines this way. */
const HTML_BREAK = /<br\s{0,4}\/?>/gi;
/**
 * JSON's optional escapes of base64 characters, behind one backslash or more: PHP's
 * `json_encode` writes `/` as `\/`, .NET's System.Text.Json writes `+` as `\u002B`.
 */
const ESCAPED_BASE64 = /\\+(\/|u002[bBfF]|u003[dD])/g;
export const unescapeBase64 = (text: string): string =>
  text.replace(ESCAPED_BASE64, (_, c: string) => (c === '/' ? '/' : String.fromCharCode(parseInt(c.slice(1), 16))));
/** The text with escaped and HTML line breaks made real ones, and escaped base64 characters plain. */
const realBreaks = (text: string): string =>
  unescapeBase64(text).replace(ESCAPED_BREAK, '\n').replace(HTML_BREAK, '\n');
/** A run of base64 characters, padding included. */
const RUN = /[A-Za-z0-9+/]+=*/g;
/** `+` (concatenation), `/` and `//` (comment markers) and padding alone are syntax, not data. */
const SYNTAX_ONLY = /^[+/=]+$/;

/** The base64 runs of a line, without the ones that are only punctuation. */
export function base64RunsOf(line: string): string[] {
  return (line.match(RUN) ?? []).filter((r) => !SYNTAX_ONLY.test(r));
}

/**
 * The lines between the armor lines, escapes turned into line breaks. The text after the last
 * line break is what precedes `-----END` on its own line: a log prefix or quoting, unless it
 * ends in base64 (a block written on one line), so it is kept only then.
 */
function innerLines(inner: string): string[] {
  const lines = realBreaks(inner).split(LINE_BREAK);
  const last = lines.length - 1;
  if (last > 0 && !/[A-Za-z0-9+/=]$/.test(lines[last]!)) lines.pop();
  return lines;
}

/**
 * Candidate bodies, most specific first: the last base64 run of each line (what is left once a
 * log prefix or string quoting is taken off), then every run in order (a block whose lines were
 * joined with spaces, or concatenated on one line), then the same with the END line's prefix
 * taken off each line (a patch's `+`, which is a base64 character and would stick to the data).
 * Empty when the block holds no base64.
 */
export function pemBodyCandidates(inner: string): string[] {
  const lines = innerLines(inner);
  const out = readings(lines);
  const prefix = endLinePrefix(inner);
  if (prefix !== undefined) {
    out.push(...readings(lines.map((l) => (l.startsWith(prefix) ? l.slice(prefix.length) : l))));
  }
  const suffix = commonSuffix(lines);
  if (suffix !== '') out.push(...readings(lines.map((l) => l.slice(0, l.length - suffix.length))));
  return [...new Set(out)];
}

/**
 * What every line ends with after its data, from its first character that is not base64: the
 * `" >> key.pem` of a key written line by line with `echo`. Its words are base64 runs and would
 * be taken for data. Empty when the lines share no such ending, or are too few to tell (a short
 * key's block, its first line's rest and one line of data, is two).
 */
export function commonSuffix(lines: string[]): string {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length < 2) return '';
  let suffix = nonEmpty[0]!;
  for (const line of nonEmpty) {
    let n = 0;
    while (n < suffix.length && n < line.length && suffix[suffix.length - 1 - n] === line[line.length - 1 - n]) n++;
    suffix = suffix.slice(suffix.length - n);
    if (suffix === '') return '';
  }
  const start = suffix.search(/[^A-Za-z0-9+/=]/);
  return start < 0 || !/[A-Za-z0-9]/.test(suffix.slice(start)) ? '' : suffix.slice(start);
}

/** The last run of each line joined, and all runs joined; empty strings left out. */
function readings(lines: string[]): string[] {
  const lastRuns: string[] = [];
  const allRuns: string[] = [];
  for (const line of lines) {
    const runs = base64RunsOf(line);
    if (runs.length === 0) continue;
    lastRuns.push(runs[runs.length - 1]!);
    allRuns.push(...runs);
  }
  return [lastRuns.join(''), allRuns.join('')].filter((b) => b.length > 0);
}

/**
 * What precedes `-----END` on its line when it holds a base64 character but no data: the `+`
 * of a line added in a diff. Other prefixes (a timestamp, `> `, `-`) are split off the data by
 * the readings that take runs apart, so they need no reading of their own.
 */
function endLinePrefix(inner: string): string | undefined {
  const text = realBreaks(inner);
  const last = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
  if (last.length === 0 || last.length > 64 || !/[+/]/.test(last) || /[A-Za-z0-9+/]{16}/.test(last)) {
    return undefined;
  }
  return last;
}

/** The inside of an armored block read line by line: armor headers, body lines, checksum. */
export interface ArmorLines {
  /** `Name: value` armor headers before the body (RFC 1421, RFC 4880 §6.2). */
  headers: string[];
  /** The base64 body, one entry per line as it was wrapped. */
  lines: string[];
  /** PGP's CRC-24 line (`=XXXX`) without its `=`, when present. */
  checksum?: string;
}

/**
 * What may surround the data on a line of a pasted block: white space, string quotes and
 * concatenation, comment markers (` * `, `//`, `#`, `--`, `;`, `%`, `!`), mail quoting (`>`),
 * a Compose `|`, a trailing comma or continuation backslash, the braces of a JSON log line. Base64 characters are removed
 * before this is tested, so `+` and `/` need no listing. Anything else (an ellipsis, `<snip>`,
 * `[...]`) means the line is not key data.
 */
const DECORATION = /^[\s"'`*#|>;,(){}\\!%=-]*$/;
/**
 * PHP's and Perl's concatenation `.` between a string's quote or the line's edge and the next
 * (`"…\n" .`, `. "…\n"`, `"…\n" . "…"`): decoration too, where a `.` beside other text (an
 * ellipsis, prose) still is not.
 */
const CONCAT_DOT = /(^|["'])(\s{0,8})\.(?=\s{0,8}(?:["']|$))/g;
const isDecoration = (rest: string): boolean => DECORATION.test(rest.replace(CONCAT_DOT, '$1$2'));
const ARMOR_HEADER = /^[\s"'`*#+/|>;!%-]*([A-Za-z][A-Za-z0-9-]{0,30}: .*)$/;
/** What closes a header line written as a string: quotes, a comma, concatenation, a JSON log's brace, `echo`'s `>>`. */
export const HEADER_END = /[\s"'`,;+)}>\\]*$/;
const CHECKSUM_LINE = /^[\s"'`*#+/|>;!%-]*=([A-Za-z0-9+/]{4})[\s"'`*/+,;)}\\]*$/;

/**
 * A pattern for the prefix the END line carries, with any digits in place of its digits and
 * any run of white space for its white space: a log's timestamp, or `cat -n`'s line number,
 * whose padding shrinks as the numbers grow.
 */
export function prefixPattern(prefix: string): RegExp | undefined {
  const trimmed = prefix.trimEnd();
  if (trimmed === '') return undefined;
  const source = trimmed
    .split(/([0-9]+|\s+)/)
    .map((part) =>
      /^[0-9]+$/.test(part) ? '[0-9]+' : /^\s+$/.test(part) ? '\\s+' : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^\\s*${source.replace(/^\\s\+/, '')}`);
}

/**
 * Reads the inside of an armored block (the text between `-----BEGIN …-----` and `-----END`)
 * line by line, whatever decorates each line: the log prefix the END line carries (repeated,
 * its digits aside, on every line), and comment markers, quotes and concatenation that may
 * differ from line to line (a block pasted into a comment, then edited). Undefined when a line
 * holds anything besides decoration and base64 (an ellipsis, `<snip>`, prose), when a header
 * follows data, or when data follows the checksum: placeholders are told from bodies that way,
 * not by their entropy.
 */
export function readArmorLines(inner: string): ArmorLines | undefined {
  const raw = unescapeBase64(inner).replace(ESCAPED_BREAK, '\n').split(LINE_BREAK);
  // The text before `-----END` on its line is the prefix every line carries, unless it is data
  // (a line of the body written just before the END marker).
  const endPrefix = raw.length > 1 && !/[A-Za-z0-9+/]{16}/.test(raw[raw.length - 1]!) ? raw.pop()! : '';
  const prefix = prefixPattern(endPrefix);
  const suffix = commonSuffix(raw);
  const out: ArmorLines = { headers: [], lines: [] };
  for (const line of raw) {
    const bare = line.slice(0, line.length - suffix.length);
    if (!readArmorLine(prefix ? bare.replace(prefix, '') : bare, out)) return undefined;
  }
  return out;
}

/** Adds one line's header, data or checksum to `out`; false when the line breaks the block's shape. */
function readArmorLine(line: string, out: ArmorLines): boolean {
  const checksum = CHECKSUM_LINE.exec(line);
  if (checksum) {
    if (out.checksum !== undefined || out.lines.length === 0) return false;
    out.checksum = checksum[1]!;
    return true;
  }
  const runs = base64RunsOf(line);
  if (runs.length > 0 && !isDecoration(line.replace(RUN, ''))) {
    const header = ARMOR_HEADER.exec(line);
    if (!header || out.lines.length > 0) return false;
    out.headers.push(header[1]!.replace(HEADER_END, ''));
    return true;
  }
  if (runs.length === 0) return isDecoration(line.replace(RUN, ''));
  if (out.checksum !== undefined) return false;
  out.lines.push(...runs);
  return true;
}
