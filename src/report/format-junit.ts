/**
 * JUnit XML for CI servers that show test reports (Jenkins, GitLab, Azure DevOps, CircleCI):
 * one test case per finding, failed when the finding fails the build (`--fail-on`), skipped
 * when it does not (test keys, rotated secrets, low severities). A clean scan is one passing
 * case, since some servers reject an empty report. No secret appears, not even redacted.
 */
import { checksumFailed, type Finding } from './finding.js';
import { DEFAULT_FAIL_ON, failsBuild, isTestKey } from './filters.js';
import type { RenderOptions, ReportInput } from './report.js';
import { printable } from './terminal.js';

/** XML text or attribute value; `##[` as a character reference, so a CI log never sees a workflow command. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/##\[/g, '##&#91;');
}

/** A field from the repository, as a CI server shows it to people: control characters escaped. */
const field = printable;

function details(f: Finding): string {
  const lines = [
    `rule: ${field(f.ruleId)} (${field(f.ruleName)})`,
    `severity: ${f.severity}${isTestKey(f) ? ' (test key)' : ''}`,
    `location: ${field(f.file)}:${f.line}:${f.column}`,
    `fingerprint: ${f.fingerprint}`,
  ];
  if (f.status) lines.push(`status: ${f.status}`);
  if (f.decodedFrom) lines.push(`found after decoding ${f.decodedFrom}`);
  if (f.commit)
    lines.push(`commit: ${f.commit.sha} ${field(`${f.commit.author} ${f.commit.date} ${f.commit.subject}`)}`);
  lines.push('Revoke and rotate the credential, then remove it from the code.');
  return lines.join('\n');
}

export function format(input: ReportInput, options?: RenderOptions): string {
  const failOn = options?.failOn ?? DEFAULT_FAIL_ON;
  const seconds = (input.stats.durationMs / 1000).toFixed(3);
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const f of input.findings) {
    const file = field(f.file);
    const attrs = `classname="${xmlEscape(`tokguard.${field(f.ruleId)}`)}" name="${xmlEscape(`${file}:${f.line}:${f.column}`)}" file="${xmlEscape(file)}" line="${f.line}" time="0"`;
    if (failsBuild(f, failOn)) {
      failures++;
      cases.push(
        `    <testcase ${attrs}>\n      <failure message="${xmlEscape(`${field(f.ruleName)} (${f.severity})`)}" type="${xmlEscape(field(f.ruleId))}">${xmlEscape(details(f))}</failure>\n    </testcase>`,
      );
    } else {
      skipped++;
      const why =
        f.status === 'rotated'
          ? 'already rotated'
          : isTestKey(f)
            ? 'test key'
            : checksumFailed(f)
              ? 'checksum does not match'
              : `below --fail-on ${failOn}`;
      cases.push(
        `    <testcase ${attrs}>\n      <skipped message="${xmlEscape(`${field(f.ruleName)} (${f.severity}): ${why}`)}"/>\n      <system-out>${xmlEscape(details(f))}</system-out>\n    </testcase>`,
      );
    }
  }
  let errors = 0;
  for (const u of input.stats.unreadable) {
    errors++;
    cases.push(
      `    <testcase classname="tokguard.scan" name="${xmlEscape(`read ${field(u.split(': ')[0]!)}`)}" time="0">\n      <error message="${xmlEscape(`cannot read ${field(u)}`)}" type="unreadable"/>\n    </testcase>`,
    );
  }
  if (!cases.length) cases.push(`    <testcase classname="tokguard.scan" name="no secrets found" time="${seconds}"/>`);
  const tests = cases.length;
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tokguard" ${counts}>`,
    `  <testsuite name="tokguard" ${counts}>`,
    '    <properties>',
    `      <property name="tokguard.version" value="${xmlEscape(input.toolVersion)}"/>`,
    `      <property name="tokguard.mode" value="${xmlEscape(input.stats.mode)}"/>`,
    `      <property name="tokguard.failOn" value="${failOn}"/>`,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
