/**
 * Files tokguard wrote itself: a JSON report, a SARIF log, a JUnit file or a baseline kept in the
 * repository. They name every finding's rule next to its redacted value, line and hashes, so
 * scanning them again reports the rule names' providers on the hashes (a 32-hex fingerprint near
 * `trello`), and every later scan reports the report. Recognised by the opening tokguard writes
 * (its key order, whitespace aside) and set aside like a Git LFS pointer. A JSON report written
 * with --show-secrets holds the secrets in full: that one is scanned as any file is.
 */

/** How far into the file the openings below end. */
const OPENING_BYTES = 1024;

const OPENINGS: readonly RegExp[] = [
  // JSON report (format-json.ts) and `tokguard merge`'s output.
  /^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"tokguard"/,
  // Baseline (report/baseline.ts).
  /^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"tokguard"\s*,\s*"entries"\s*:/,
  // SARIF (format-sarif.ts).
  /^\s*\{\s*"\$schema"\s*:\s*"[^"\n]{0,200}"\s*,\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"tokguard"/,
  // JUnit (format-junit.ts).
  /^\s*(?:<\?xml[^>]{0,100}\?>\s*)?<testsuites name="tokguard"/,
];

/** The `secret` member --show-secrets adds to each finding (a quote inside a string is escaped). */
const SECRET_MEMBER = /(?<!\\)"secret"\s*:/;

/** Whether `data` is a report or baseline tokguard wrote that holds no secret in full. */
export function isTokguardOutput(data: Uint8Array): boolean {
  // Every such file opens with `{` or `<`: one byte rules out nearly all others.
  const first = data.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  if (first !== 0x7b && first !== 0x3c) return false;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  const opening = buf.toString('latin1', 0, Math.min(buf.length, OPENING_BYTES));
  if (!OPENINGS.some((re) => re.test(opening))) return false;
  return !SECRET_MEMBER.test(buf.toString('latin1'));
}
