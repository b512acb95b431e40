/**
 * Files tokguard wrote itself: a JSON report, a SARIF log, a JUnit file or a baseline kept in the
 * repository. They name every finding's rule next to its hashes (a 32-hex fingerprint near
 * `trello`), which the rules would read as keys of those providers, so every later scan would
 * report the report. Setting the file aside whole would also hide what a report should not hold:
 * a secret pasted into it, or a `--show-secrets` report committed. So the fields that hold
 * tokguard's own hashes are blanked (same length, lines kept) and the rest is scanned as any file
 * is. Recognised by the opening tokguard writes (its key order, whitespace aside).
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

// The hex values tokguard writes of its own: the JSON members (`secretHash`, `fingerprint`, the
// rules' `rulesDigest`, SARIF's `partialFingerprints` key `tokguard/v1`) and JUnit's text line
// `fingerprint: …`. Only hex is blanked: anything else there was not written by tokguard.
const OWN_HASHES =
  /(?:"(?:secretHash|fingerprint|rulesDigest|tokguard\/v\d+)"\s*:\s*"|\bfingerprint: )([0-9a-f]{16,128})\b/g;

const SPACE = 0x20;

/** Whether `data` opens as a report or baseline tokguard wrote. */
export function isTokguardOutput(data: Uint8Array): boolean {
  // Every such file opens with `{` or `<`: one byte rules out nearly all others.
  const first = data.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  if (first !== 0x7b && first !== 0x3c) return false;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  const opening = buf.toString('latin1', 0, Math.min(buf.length, OPENING_BYTES));
  return OPENINGS.some((re) => re.test(opening));
}

/**
 * A tokguard report with its own hashes blanked (a copy: the caller's buffer may be reused), or
 * undefined when `data` is not one.
 */
export function blankTokguardHashes(data: Buffer): Buffer | undefined {
  if (!isTokguardOutput(data)) return undefined;
  const out = Buffer.from(data);
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const text = out.toString('latin1');
  for (const m of text.matchAll(OWN_HASHES)) {
    const end = m.index + m[0].length;
    out.fill(SPACE, end - m[1]!.length, end);
  }
  return out;
}
