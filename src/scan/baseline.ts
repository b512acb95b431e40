import type { Finding } from '../report/finding.js';
import { applyBaseline, describeStale, mergeBaseline, readBaseline, writeBaseline } from '../report/baseline.js';

export interface BaselineStepOptions {
  /** The baseline file (absolute), and how to name it in messages. */
  file: string;
  display: string;
  /** `--update-baseline`: add the findings the baseline does not list yet. */
  update: boolean;
  /** The scan covered the whole repository, so entries it did not see are really gone. */
  complete: boolean;
  /** Where to say what was hidden, stale or added. */
  info: (line: string) => void;
}

/** The rule ids of some findings or baseline entries, sorted, for messages. */
export function ruleList(findings: readonly { ruleId: string }[]): string {
  return [...new Set(findings.map((f) => f.ruleId))].sort().join(', ');
}

/**
 * `scan --baseline FILE [--update-baseline]`: hides the findings the baseline lists, reports
 * stale entries (count and rule ids only), and with `--update-baseline` adds the rest to the
 * file. Returns the findings still to report.
 */
export async function applyBaselineStep(findings: Finding[], opts: BaselineStepOptions): Promise<Finding[]> {
  const baseline = await readBaseline(opts.file, { missingOk: opts.update, display: opts.display });
  const { kept, hidden, stale } = applyBaseline(findings, baseline);
  const say = opts.info;
  if (hidden.length)
    say(`${hidden.length} ${hidden.length === 1 ? 'finding' : 'findings'} hidden by the baseline ${opts.display}`);
  if (opts.complete && stale.length)
    say(`${describeStale(stale)}; rewrite ${opts.display} with "tokguard baseline" to drop them`);
  if (!opts.update) return kept;
  const { baseline: updated, added } = mergeBaseline(baseline, kept);
  if (added.length) {
    await writeBaseline(opts.file, updated, opts.display);
    say(`added ${added.length} ${added.length === 1 ? 'entry' : 'entries'} to ${opts.display} (${ruleList(added)})`);
  } else say(`${opts.display} already lists every finding`);
  return [];
}
