/**
 * Recovers the base64 body of a PEM block from the shapes keys take once they leave a `.pem`
 * file: lines prefixed by a logger (`2026-04-26 12:36:01 `, BuildKit's `#6 0.245 `, Compose's
 * `web_1  | `), a block inside a JSON or source string escaped once or twice (`\n`, `\\n`,
 * `\\r\\n`), a block split across string concatenations (`"…\n" + "…"`), a one-line block
 * whose lines were joined with spaces, and comment markers (` * `, `//`).
 *
 * The result is only a candidate: callers decode it and check the key's structure (the DER
 * lengths, OpenSSH's magic), which is what keeps this lenient reading from reporting noise.
 */

/** One or more backslashes and an escape letter: a newline, carriage return or tab written as an escape. */
const ESCAPED_BREAK = /\\+[rnt]/g;
const LINE_BREAK = /\r\n|\r|\n/;
/** A run of base64 characters, padding included. */
const RUN = /[A-Za-z0-9+/]+=*/g;
/** `+` (concatenation), `/` and `//` (comment markers) and padding alone are syntax, not data. */
const SYNTAX_ONLY = /^[+/=]+$/;

/** The base64 runs of a line, without the ones that are only punctuation. */
function runsOf(line: string): string[] {
  return (line.match(RUN) ?? []).filter((r) => !SYNTAX_ONLY.test(r));
}

/**
 * The lines between the armor lines, escapes turned into line breaks. The text after the last
 * line break is what precedes `-----END` on its own line: a log prefix or quoting, unless it
 * ends in base64 (a block written on one line), so it is kept only then.
 */
function innerLines(inner: string): string[] {
  const lines = inner.replace(ESCAPED_BREAK, '\n').split(LINE_BREAK);
  const last = lines.length - 1;
  if (last > 0 && !/[A-Za-z0-9+/=]$/.test(lines[last]!)) lines.pop();
  return lines;
}

/**
 * Candidate bodies, most specific first: the last base64 run of each line (what is left once a
 * log prefix or string quoting is taken off), then every run in order (a block whose lines were
 * joined with spaces, or concatenated on one line). Empty when the block holds no base64.
 */
export function pemBodyCandidates(inner: string): string[] {
  const lines = innerLines(inner);
  const lastRuns: string[] = [];
  const allRuns: string[] = [];
  for (const line of lines) {
    const runs = runsOf(line);
    if (runs.length === 0) continue;
    lastRuns.push(runs[runs.length - 1]!);
    allRuns.push(...runs);
  }
  const out = [lastRuns.join(''), allRuns.join('')].filter((b) => b.length > 0);
  return [...new Set(out)];
}
