import { describe, expect, it } from 'vitest';
import { blankTokguardHashes, isTokguardOutput } from '../../src/sources/tokguard-output.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const jsonReport = (finding: string) =>
  `{\n  "version": 1,\n  "tool": {\n    "name": "tokguard",\n    "version": "0.1.0",\n    "rulesDigest": "208c798e8069306e4e6953b41ddba2887a0673ea64bc018949450f5733c91c00"\n  },\n  "findings": [\n    ${finding}\n  ]\n}\n`;
const FINDING =
  '{ "ruleId": "trello-api-token", "lineText": "TRELLO_TOKEN=9c1019********",\n' +
  '      "secretHash": "699f2ae53389ab8222a6caf37bc5274e9412bc019a47d3100e579b1273e74d9c",\n' +
  '      "fingerprint": "86290dce4eadce813f0d2cdeb567726c" }';

describe('isTokguardOutput', () => {
  it('recognises the JSON report, baseline, SARIF log and JUnit file tokguard writes', () => {
    expect(isTokguardOutput(bytes(jsonReport(FINDING)))).toBe(true);
    expect(isTokguardOutput(bytes('{"version":1,"tool":{"name":"tokguard"},"findings":[]}'))).toBe(true);
    expect(isTokguardOutput(bytes('{\n  "version": 1,\n  "tool": "tokguard",\n  "entries": [\n  ]\n}\n'))).toBe(true);
    const sarif =
      '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {\n        "driver": {\n          "name": "tokguard",';
    expect(isTokguardOutput(bytes(sarif))).toBe(true);
    const junit = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tokguard" tests="1" failures="1">';
    expect(isTokguardOutput(bytes(junit))).toBe(true);
  });

  it("does not take another tool's report for one", () => {
    expect(isTokguardOutput(bytes(jsonReport(FINDING).replace('"tokguard"', '"gitleaks"')))).toBe(false);
    expect(isTokguardOutput(bytes('[{"Description":"AWS","Secret":"x"}]'))).toBe(false);
    expect(isTokguardOutput(bytes('<testsuites name="pytest">'))).toBe(false);
    expect(isTokguardOutput(bytes('# tokguard\n{"version": 1, "tool": {"name": "tokguard"}}'))).toBe(false);
  });
});

describe('blankTokguardHashes', () => {
  it("blanks tokguard's own hashes, keeping the length and the lines", () => {
    const report = bytes(jsonReport(FINDING));
    const blanked = blankTokguardHashes(report)!.toString('utf8');
    expect(blanked).toHaveLength(report.length);
    expect(blanked.split('\n').length).toBe(report.toString('utf8').split('\n').length);
    expect(blanked).not.toMatch(/[0-9a-f]{16}/);
    expect(blanked).toContain(`"secretHash": "${' '.repeat(64)}"`);
    expect(blanked).toContain(`"fingerprint": "${' '.repeat(32)}"`);
    expect(blanked).toContain('"lineText": "TRELLO_TOKEN=9c1019********"');
    // The caller's buffer is left as it was (history reuses it).
    expect(report.toString('utf8')).toContain('86290dce4eadce813f0d2cdeb567726c');
  });

  it("blanks SARIF's partial fingerprint and JUnit's fingerprint line", () => {
    const sarif =
      '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {\n        "driver": {\n          "name": "tokguard",\n' +
      '  "partialFingerprints": { "tokguard/v1": "9b3ebb0c0d96c7a8d7060085a801d791" }';
    expect(blankTokguardHashes(bytes(sarif))!.toString()).toContain(`"tokguard/v1": "${' '.repeat(32)}"`);
    const junit =
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tokguard">\n<failure>fingerprint: 9b3ebb0c0d96c7a8d7060085a801d791\n</failure>';
    expect(blankTokguardHashes(bytes(junit))!.toString()).toContain(`fingerprint: ${' '.repeat(32)}\n`);
  });

  it('keeps what tokguard did not write there: the secrets of --show-secrets, a value pasted in', () => {
    const secret = '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';
    const shown = FINDING.replace(' }', `, "secret": "${secret}" }`);
    expect(blankTokguardHashes(bytes(jsonReport(shown)))!.toString()).toContain(`"secret": "${secret}"`);
    // A hash member whose value is not tokguard's hex is not blanked.
    const pasted = FINDING.replace('86290dce4eadce813f0d2cdeb567726c', secret);
    expect(blankTokguardHashes(bytes(jsonReport(pasted)))!.toString()).toContain(secret);
  });

  it('is undefined for a file tokguard did not write', () => {
    expect(blankTokguardHashes(bytes('{"fingerprint": "86290dce4eadce813f0d2cdeb567726c"}'))).toBeUndefined();
  });
});
