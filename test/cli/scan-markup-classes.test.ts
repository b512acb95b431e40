/**
 * The built CLI on a small project holding the generic-detection classes the realworld tune files
 * showed missed (issue 11): credentials written with HTML/XML character references (a page's code
 * sample, a diagram's label, a PEM key in a settings attribute), XML elements with attributes and
 * entries naming the credential in an attribute, and a Slack legacy session token.
 * Values are made up; keys come from test/helpers/fake-keys.ts.
 */
import { describe, expect, it } from 'vitest';
import { byFileThenLine, jsonFindings, runCli, type CliFinding, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

type Finding = CliFinding & { column: number; decodedFrom?: string };

const findings = (r: CliResult): Finding[] => jsonFindings<Finding>(r);
const keys = new FakeKeys('scan-markup-classes');
const pem = keys.ecPrivateKeyPem().trim();

const diagram = '<mxCell id="n1" value="&lt;div&gt;db password: &amp;quot;Hk29dLq7#xWz&amp;quot;&lt;/div&gt;"/>';
const project = {
  'ops/servers.html': `<html>\n<body>\n<pre>DB_PASSWORD=&quot;Zq8v-R2kLmP4xT7n!&quot;</pre>\n</body>\n</html>\n`,
  'ops/network.drawio': `<mxfile>\n  ${diagram}\n</mxfile>\n`,
  'app/settings.xml': `<Settings>\n  <Setting Name="SigningKey" Value="${pem.replace(/\n/g, '&#xA;')}"/>\n</Settings>\n`,
  'deploy/context.xml':
    '<Context>\n  <Resource name="jdbc/orders" type="javax.sql.DataSource"/>\n' +
    '  <property name="password" value="Vb92_lQp38Zm!"/>\n  <password type="clear">Hk29dLq7#xWz</password>\n' +
    '  <property name="password" value="${DB_PASSWORD}"/>\n</Context>\n',
  'bot/notify.py': "SLACK_TOKEN = 'xoxs-305183-629471-880254-c4e7a91d03b85f26e1a7'\n",
  // Markup that escapes nothing secret.
  'web/escape.js': "export const esc = (s) => s.replace(/&/g, '&amp;').replace(/\"/g, '&quot;');\n",
};

describe('tokguard scan: generic classes from the realworld tune files', () => {
  it('reports each at its line and column, decoded, and nothing for plain escaping', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    expect(r.code).toBe(1);
    const got = findings(r)
      .map((f) => [f.file, f.line, f.column, f.ruleId, f.decodedFrom ?? '', f.secret])
      .sort(byFileThenLine);
    expect(got).toEqual([
      ['app/settings.xml', 2, 37, 'private-key-pem', 'entity', pem],
      ['bot/notify.py', 1, 16, 'slack-token-other-length', '', 'xoxs-305183-629471-880254-c4e7a91d03b85f26e1a7'],
      ['deploy/context.xml', 3, 36, 'xml-named-credential-value', '', 'Vb92_lQp38Zm!'],
      ['deploy/context.xml', 4, 26, 'xml-credential-element', '', 'Hk29dLq7#xWz'],
      ['ops/network.drawio', 2, 3 + diagram.indexOf('Hk29'), 'generic-secret-quoted', 'entity>entity', 'Hk29dLq7#xWz'],
      ['ops/servers.html', 3, 24, 'generic-secret-quoted', 'entity', 'Zq8v-R2kLmP4xT7n!'],
    ]);
  });

  it('masks the spelling the file holds in the text report', async () => {
    const dir = tempTree({ 'ops/servers.html': project['ops/servers.html'] });
    const r = await runCli(['scan', dir, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ops/servers.html:3');
    expect(r.stdout).not.toContain('R2kLmP4xT7n');
  });
});
