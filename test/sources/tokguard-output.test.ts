import { describe, expect, it } from 'vitest';
import { isTokguardOutput } from '../../src/sources/tokguard-output.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const jsonReport = (finding: string) =>
  `{\n  "version": 1,\n  "tool": {\n    "name": "tokguard",\n    "version": "0.1.0"\n  },\n  "findings": [\n    ${finding}\n  ]\n}\n`;
const FINDING = '{ "ruleId": "trello-api-token", "lineText": "token = \\"secret\\": 3f9a********" }';

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

  it("scans another tool's report, and a tokguard report that holds the secrets in full", () => {
    expect(isTokguardOutput(bytes(jsonReport(FINDING).replace('"tokguard"', '"gitleaks"')))).toBe(false);
    expect(isTokguardOutput(bytes('[{"Description":"AWS","Secret":"x"}]'))).toBe(false);
    expect(isTokguardOutput(bytes('<testsuites name="pytest">'))).toBe(false);
    expect(isTokguardOutput(bytes('# tokguard\n{"version": 1, "tool": {"name": "tokguard"}}'))).toBe(false);
    // --show-secrets adds a `secret` member to each finding.
    const shown = FINDING.replace(' }', ', "secret": "3f9a0c7e1b2d" }');
    expect(isTokguardOutput(bytes(jsonReport(shown)))).toBe(false);
  });
});
