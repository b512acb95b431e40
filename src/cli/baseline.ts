import path from 'node:path';
import type { Finding } from '../report/finding.js';
import { baselineFromFindings, writeBaseline } from '../report/baseline.js';
import { ruleList } from '../scan/baseline.js';
import { printable } from '../report/terminal.js';

/** `tokguard baseline`: writes every current finding to the baseline file, replacing it. */
export async function writeBaselineFromFindings(
  findings: readonly Finding[],
  file: string,
  quiet: boolean,
): Promise<void> {
  const b = baselineFromFindings(findings);
  const display = path.relative(process.cwd(), file) || file;
  await writeBaseline(file, b, display);
  if (!quiet) {
    const n = b.entries.length;
    process.stderr.write(
      `tokguard: wrote ${n} baseline ${n === 1 ? 'entry' : 'entries'} to ${printable(display)}${n ? ` (${printable(ruleList(b.entries))})` : ''}\n`,
    );
  }
}
