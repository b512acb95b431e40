import type { Severity } from '../engine/types.js';
import type { Finding } from './finding.js';
import type { ScanStats } from './scan-stats.js';
import { formatText } from './format-text.js';

export interface ReportInput {
  findings: Finding[];
  stats: ScanStats;
  showSecrets: boolean;
  /** Rule metadata for every rule that fired (SARIF lists them). */
  rules: ReadonlyMap<
    string,
    { id: string; name: string; description?: string; severity: string; tags?: string[]; references?: string[] }
  >;
  toolVersion: string;
}

export interface RenderOptions {
  color: boolean;
  /** Lowest severity that fails the scan: JUnit and GitHub annotations mark what fails. */
  failOn?: Severity;
}

/** Loads only the formatter asked for: the hook path prints text (loaded with the scan) and never loads SARIF code. */
export async function renderReport(format: string, input: ReportInput, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'text':
      return formatText(input, options);
    case 'json':
      return (await import('./format-json.js')).formatJson(input);
    case 'sarif':
      return (await import('./format-sarif.js')).format(input, options);
    case 'junit':
      return (await import('./format-junit.js')).format(input, options);
    case 'github':
      return (await import('./format-github.js')).format(input, options);
    default:
      throw new Error(`unknown report format ${format}`);
  }
}
