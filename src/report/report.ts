import type { Severity } from '../engine/types.js';
import type { Finding } from './finding.js';
import type { ScanStats } from '../scan/run.js';

export interface ReportInput {
  findings: Finding[];
  stats: ScanStats;
  showSecrets: boolean;
  /** Rule metadata for every rule that fired (SARIF lists them). */
  rules: ReadonlyMap<string, { id: string; name: string; description?: string; severity: string; tags?: string[] }>;
  toolVersion: string;
}

export interface RenderOptions {
  color: boolean;
  /** Lowest severity that fails the scan: JUnit and GitHub annotations mark what fails. */
  failOn?: Severity;
}

/** Loads only the formatter asked for: the hook path prints text and never loads SARIF code. */
export async function renderReport(format: string, input: ReportInput, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('./format-text.js')).formatText(input, options);
    case 'json':
      return (await import('./format-json.js')).formatJson(input);
    default: {
      // Formats added by later modules register here (sarif, junit, github).
      const mod = (await import(`./format-${format}.js`)) as { format: (i: ReportInput, o: RenderOptions) => string };
      return mod.format(input, options);
    }
  }
}
