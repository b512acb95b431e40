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
  /** sha256 of the rules in effect (`tool.rulesDigest` in JSON: `tokguard merge` checks it). */
  rulesDigest?: string;
  /** Sharded history scans: attributed findings the allowlists dropped (JSON `suppressed`, for `tokguard merge`). */
  dropped?: DroppedFinding[];
  /** `scan --repos`, `tokguard merge`: each repository and whether it was scanned. */
  repositories?: RepositoryResult[];
}

/** What a report keeps of a finding the allowlists dropped: which secret, where, how early. */
export type DroppedFinding = Pick<Finding, 'ruleId' | 'secretHash' | 'file' | 'line' | 'column'> &
  Partial<Pick<Finding, 'decodedFrom' | 'otherOccurrences' | 'attribution'>>;

/** One repository of `scan --repos`: scanned, or failed with the reason. */
export interface RepositoryResult {
  repository: string;
  status: 'scanned' | 'failed';
  /** Why it failed (one line, no secret). */
  error?: string;
  findings?: number;
  durationMs?: number;
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
