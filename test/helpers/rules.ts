import type { RuleSpec } from '../../src/engine/types.js';

/** A provider rule with a checksum, for engine tests that need one real-looking rule. */
export const githubRule: RuleSpec = {
  id: 'gh',
  name: 'GitHub token',
  severity: 'high',
  keywords: ['ghp_'],
  pattern: '\\b(ghp_[0-9A-Za-z]{36})\\b',
  validate: 'github-crc32',
  examples: [],
  counterExamples: [],
};
