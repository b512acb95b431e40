import { describe, expect, it } from 'vitest';
import { format as junit, xmlEscape } from '../../src/report/format-junit.js';
import { escapeData, escapeProperty, format as github } from '../../src/report/format-github.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { findingsFor, reportInput, statsFor } from './findings.js';

const keys = new FakeKeys('junit-github');
const gh = keys.github();
const stripeTest = keys.stripeTest();

async function sample() {
  return findingsFor({
    'deploy/a,b:c.env': `GITHUB_TOKEN=${gh}\n`,
    'test/fixtures.ts': `const key = "${stripeTest}";\n`,
  });
}

describe('JUnit report', () => {
  it('has one failing case per finding that fails the build and skips test keys', async () => {
    const findings = await sample();
    const xml = junit(reportInput(findings), { color: false, failOn: 'low' });
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="tokguard" tests="2" failures="1" errors="0" skipped="1"/,
    );
    expect(xml).toContain('classname="tokguard.github-pat-classic" name="deploy/a,b:c.env:1:14"');
    expect(xml).toContain(
      '<failure message="GitHub personal access token (classic) (critical)" type="github-pat-classic">',
    );
    expect(xml).toMatch(/<skipped message="Stripe test-mode secret key \(low\): test key"\/>/);
    expect(xml).toContain('<property name="tokguard.failOn" value="low"/>');
    for (const f of findings) {
      expect(xml).not.toContain(f.secret);
      expect(xml).not.toContain(f.redacted);
    }
  });

  it('fails test keys with --fail-on info, and nothing below --fail-on critical', async () => {
    const findings = await sample();
    expect(junit(reportInput(findings), { color: false, failOn: 'info' })).toContain('failures="2"');
    const crit = junit(reportInput(findings), { color: false, failOn: 'critical' });
    expect(crit).toContain('failures="1"');
  });

  it('has one passing case for a clean scan, and an error case per unreadable file', () => {
    const clean = junit(reportInput([]), { color: false });
    expect(clean).toContain('tests="1" failures="0" errors="0" skipped="0"');
    expect(clean).toContain('<testcase classname="tokguard.scan" name="no secrets found"');
    const withErr = junit(reportInput([], { stats: statsFor([], { unreadable: ['a<b>.txt: EACCES'] }) }), {
      color: false,
    });
    expect(withErr).toContain('errors="1"');
    expect(withErr).toContain('name="read a&lt;b&gt;.txt"');
  });

  it('escapes XML and replaces characters XML cannot hold', () => {
    expect(xmlEscape(`a&b<c>"d"'e'\u0001`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;\uFFFD');
  });
});

describe('GitHub annotations', () => {
  it('writes one workflow command per finding, escaped, without the secret', async () => {
    const findings = await sample();
    const out = github(reportInput(findings), { color: false, failOn: 'low' });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `::error file=deploy/a%2Cb%3Ac.env,line=1,endLine=1,col=14,endColumn=${14 + gh.length},title=tokguard%3A GitHub personal access token (classic)::` +
        `GitHub personal access token (classic) (critical) found by rule github-pat-classic. Revoke and rotate it, then remove it from the code. Fingerprint ${findings[0]!.fingerprint}.`,
    );
    expect(lines[1]).toMatch(/^::notice file=test\/fixtures.ts,line=1,.*\(low, test key\)/);
    for (const f of findings) {
      expect(out).not.toContain(f.secret);
      expect(out).not.toContain(f.redacted);
    }
  });

  it('uses warning for findings at medium or above that do not fail the build', async () => {
    const findings = await sample();
    expect(github(reportInput(findings), { color: false, failOn: 'info' })).toMatch(/^::error .*\n::error /);
    const medium = { ...findings[0]!, severity: 'medium' as const };
    expect(github(reportInput([medium]), { color: false, failOn: 'high' })).toMatch(/^::warning /);
    expect(github(reportInput([{ ...medium, status: 'rotated' as const }]), { color: false, failOn: 'low' })).toMatch(
      /^::notice .*Already rotated/,
    );
  });

  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('prints nothing for a clean scan', () => {
    expect(github(reportInput([]), { color: false })).toBe('');
  });
});
