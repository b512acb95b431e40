/**
 * Terminal colour and cursor codes (ANSI CSI sequences: ESC `[` parameters, a final letter) in
 * logs and captured console output. A token printed in colour sits right after the `m` of
 * `ESC[94m`, where no word boundary is, so a rule anchored with `\b` would miss it. Each sequence
 * is replaced by as many spaces, which keeps every offset and line number as it was.
 */
const CSI = /\x1b\[[0-9;?]{0,32}[A-Za-z]/g;

export function blankTerminalEscapes(text: string): string {
  if (!text.includes('\x1b[')) return text;
  return text.replace(CSI, (seq) => ' '.repeat(seq.length));
}
