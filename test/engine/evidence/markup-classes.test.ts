/**
 * Classes of misses seen on the realworld tune files (issue 11, generic detection), each with
 * its look-alikes rather than one string: credentials written with HTML/XML character
 * references, XML elements with attributes and entries that name the credential in an attribute,
 * a URL query parameter named just `key`, Slack's legacy session tokens. The whole built-in rule set runs, as in a scan;
 * every value is made up, keys come from test/helpers/fake-keys.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Match } from '../../../src/engine/types.js';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('markup-classes');

function found(text: string, path: string, secret: string): Match {
  const all = scan(text, path);
  const m = all.find((f) => f.secret === secret);
  expect(m, `${text} → ${JSON.stringify(all.map((f) => [f.ruleId, f.secret]))}`).toBeDefined();
  return m!;
}

const quiet = (text: string, path: string): void =>
  expect(scan(text, path).map((m) => [m.ruleId, m.secret])).toEqual([]);

/** The text a match covers in the input, as the file holds it. */
const spelled = (text: string, m: Match): string => Buffer.from(text, 'utf8').toString('latin1').slice(m.start, m.end);

describe('credentials written with character references', () => {
  it.each([
    ['docs/setup.html', '<pre>password=&quot;Zq8v-R2kLmP4xT7n&quot;</pre>', 'Zq8v-R2kLmP4xT7n'],
    ['app/web.config', '<add key="Note" value="api_key=&#39;a8f3k2j9x7m4n1q6w5e0&#39;"/>', 'a8f3k2j9x7m4n1q6w5e0'],
    [
      'diagrams/net.drawio',
      '<mxCell value="&lt;div&gt;db secret: &amp;quot;Hk29dLq7xWz4&amp;quot;&lt;/div&gt;"/>',
      'Hk29dLq7xWz4',
    ],
  ])('%s: found at the bytes that spell it', (path, line, secret) => {
    const text = `<root>\n  ${line}\n</root>\n`;
    const m = found(text, path, secret);
    expect(m.line).toBe(2);
    expect(spelled(text, m)).toContain(secret.slice(1, -1));
    expect(m.decodedFrom).toMatch(/^entity/);
  });

  it('reports the decoded value, not the one with references left in it', () => {
    const text = '<p>Password: &quot;Dw7^&amp;amp;nd&amp;lt;dj&quot;</p>\n';
    const m = found(text, 'notes/servers.html', 'Dw7^&nd<dj');
    expect(spelled(text, m)).toBe('Dw7^&amp;amp;nd&amp;lt;dj');
    expect(scan(text, 'notes/servers.html').filter((x) => x.secret.includes('&amp;'))).toEqual([]);
  });

  it('finds a PEM key whose line breaks are references, in an attribute or a text node', () => {
    const pem = keys.ecPrivateKeyPem().trim();
    const attribute = `<Setting Name="SigningKey" Value="${pem.replace(/\n/g, '&#xA;')}"/>\n`;
    const block = `<SigningKey>${pem.replace(/\n/g, '&#13;\n')}</SigningKey>\n`;
    for (const text of [attribute, block]) {
      const [m, ...rest] = scan(`<Settings>\n${text}</Settings>\n`, 'app/settings.xml');
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: 'private-key-pem', line: 2, decodedFrom: 'entity' });
    }
  });

  it.each([
    // Demo words and markup that escapes nothing secret stay quiet.
    ['docs/index.html', '<code>password=&quot;changeme&quot;</code>'],
    ['src/escape.js', "s.replace(/&/g, '&amp;').replace(/\"/g, '&quot;').replace(/'/g, '&#39;');"],
    ['docs/api.html', '<td>token</td><td>&lt;your token&gt;</td>'],
  ])('%s: %s is not a secret', (path, line) => quiet(`${line}\n`, path));
});

describe('credentials in XML elements and entries', () => {
  it.each([
    ['<password name="password">Tq7#vLp2Wz9!</password>', 'xml-credential-element'],
    ['<Password xsi:type="xsd:string">Tq7#vLp2Wz9!</Password>', 'xml-credential-element'],
    ['<wsse:Password Type="#PasswordText">Tq7#vLp2Wz9!</wsse:Password>', 'xml-credential-element'],
    ['<client-secret>Tq7#vLp2Wz9!</client-secret>', 'xml-credential-element'],
    ['<property name="password" value="Tq7#vLp2Wz9!"/>', 'xml-named-credential-value'],
    ['<entry key="db.password">Tq7#vLp2Wz9!</entry>', 'xml-named-credential-value'],
    [
      '<setting name="ApiSecret" serializeAs="String"><value>Tq7#vLp2Wz9!</value></setting>',
      'xml-named-credential-value',
    ],
    ['<key>ApiKey</key>\n    <string>Tq7#vLp2Wz9!</string>', 'xml-credential-name-value-pair'],
    [
      '<param-name>db.password</param-name>\n  <param-value>Tq7#vLp2Wz9!</param-value>',
      'xml-credential-name-value-pair',
    ],
  ])('%s in a config file', (line, ruleId) => {
    const m = found(`<config>\n  ${line}\n</config>\n`, 'app/config.xml', 'Tq7#vLp2Wz9!');
    // The value's own line: a pair's value element follows its name's.
    expect([m.ruleId, m.line]).toEqual([ruleId, 2 + line.split('\n').length - 1]);
    expect(m.confidence).not.toBe('low');
  });

  it('a generated key under a credential element in a config is high, a word is not', () => {
    expect(
      found('<apiKey>a8f3k2j9x7m4n1q6w5e0Zq</apiKey>\n', 'app/config.xml', 'a8f3k2j9x7m4n1q6w5e0Zq').confidence,
    ).toBe('high');
    expect(found('<password type="clear">cackle!</password>\n', 'app/config.xml', 'cackle!').confidence).toBe('medium');
  });

  it('a value written with a character reference is reported decoded, at its own bytes', () => {
    const text = '<config>\n  <password type="clear">Tq7#vLp2&amp;Wz9</password>\n</config>\n';
    const m = found(text, 'app/config.xml', 'Tq7#vLp2&Wz9');
    expect(spelled(text, m)).toBe('Tq7#vLp2&amp;Wz9');
  });

  it.each([
    ['app/config.xml', '<password name="password">\n  Password for authorization\n</password>'],
    ['app/config.xml', '<property name="password" value="${jdbc.password}"/>'],
    ['app/config.xml', '<PasswordLength type="int">12</PasswordLength>'],
    ['app/config.xml', '<token_type name="t">bearer</token_type>'],
    ['app/src/main/res/values/strings.xml', '<string name="password">Password</string>'],
    ['app/src/main/res/values/strings.xml', '<string name="api_key">@string/maps_key</string>'],
    ['app/src/main/res/values-fr/strings.xml', '<string name="login_password">Mot de passe</string>'],
    ['web/login.html', '<input type="hidden" name="authenticity_token" value="Zq8vR2kLmP4xT7nWb3">'],
    ['docs/config.xml', '<property name="password" value="secret"/>'],
  ])('%s: %s is not reported', (path, line) => quiet(`${line}\n`, path));
});

describe('a URL query parameter named `key`', () => {
  const url = (value: string): string => `https://maps.corp-ledger.net/api/js?v=3&key=${value}&callback=init`;

  it.each([
    ['src/map.py', `tiles = "${url('dhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwr')}"\n`, 'medium'],
    ['config/app.yaml', `maps_url: ${url('dhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwr')}\n`, 'high'],
    ['docs/maps.md', `Load ${url('dhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwr')} in a page.\n`, 'low'],
    // Written for HTML, the parameter follows `&amp;`.
    [
      'web/index.html',
      `<script src="${url('dhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwr').replace('&key', '&amp;key')}"></script>\n`,
      'medium',
    ],
  ])('%s: a generated value is reported, its confidence from the file', (path, text, confidence) => {
    const m = found(text, path, 'dhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwr');
    expect([m.ruleId, m.confidence]).toEqual(['url-query-key', confidence]);
  });

  it.each([
    ['config/app.yaml', `cache_url: https://cache.corp.net/get?key=user_profile_settings\n`],
    // Not generated: no evidence under a name this weak, whatever the file.
    ['config/app.yaml', `url: ${url('value12345')}\n`],
    ['config/app.yaml', `url: ${url('Abc12345xy')}\n`],
    ['config/app.yaml', `url: ${url('20240101123456')}\n`],
    ['src/map.py', `u = "${url('YOUR_API_KEY')}"\n`],
    ['src/search.py', 'u = "https://api.corp.net/search?keyword=Zq8vR2kLmP4xT7nWb3Xk"\n'],
  ])('%s: %s is not a key', (path, text) => quiet(text, path));
});

describe("Slack's legacy session tokens", () => {
  it('xoxs- is reported like the other prefixes of unusual length', () => {
    const m = found(
      "SLACK_TOKEN = 'xoxs-305183-629471-880254-c4e7a91d03b85f26e1a7'\n",
      'bot/settings.py',
      'xoxs-305183-629471-880254-c4e7a91d03b85f26e1a7',
    );
    expect([m.ruleId, m.confidence]).toEqual(['slack-token-other-length', 'medium']);
  });

  it('a stand-in with ids of one repeated digit is not', () =>
    quiet("SLACK_TOKEN = 'xoxs-111111-222222-333333-e039d02840a0b9379c'\n", 'bot/settings.py'));
});

describe('an attribute after an element named for a credential', () => {
  it('anchors on the attribute, not the element name', () => {
    for (const text of [
      '<Credential Password="Kq83hdT2xPz9!x"/>\n',
      '<Credentials>\n  <Credential Password="Kq83hdT2xPz9!x" Domain="corp"/>\n</Credentials>\n',
    ])
      expect(found(text, 'deploy/credentials.xml', 'Kq83hdT2xPz9!x').ruleId).toBe('generic-secret-quoted');
  });

  it("keeps Go's typed declarations", () => {
    expect(found('var apiSecret string = "Lm39dkQ7wZx4"\n', 'cmd/main.go', 'Lm39dkQ7wZx4').ruleId).toBe(
      'generic-secret-quoted',
    );
  });
});

describe('a password between tags named for it', () => {
  it('is scored like every generic candidate', () => {
    expect(found('<password>Tq7#vLp2Wz9!</password>\n', 'conf/server.xml', 'Tq7#vLp2Wz9!').ruleId).toBe(
      'xml-password-element',
    );
    // A word in the docs is no leak; the credential word itself is no password anywhere.
    expect(scan('<password>tomcat</password>\n', 'docs/setup.md').filter((m) => !m.example)).toEqual([]);
    expect(scan('<password>password</password>\n', 'conf/server.xml')).toEqual([]);
  });
});
