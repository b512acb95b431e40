/**
 * Issue 11: unquoted values that hold markup characters. A password may contain `<`, `>` and `&`;
 * written in a diagram's label or an XML attribute it is escaped once or twice
 * (`Df34D&amp;lt;345&amp;amp;&amp;gt;gf`), and once decoded it sits unquoted between tags. The
 * value keeps those characters; it still ends at a closing or opening tag, and an `&` that opens
 * the next query parameter or a reference (`&user=`, `&lt;`) is not part of it.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

describe('unquoted values holding <, > and &', () => {
  it.each([
    [
      'a draw.io label escaped twice, inside a <div>',
      'diagrams/net.drawio',
      '<mxCell id="c1" value="&lt;div&gt;db password: Hq83D&amp;lt;471&amp;amp;&amp;gt;kw&lt;/div&gt;" vertex="1"/>\n',
      'Hq83D<471&>kw',
    ],
    [
      'a draw.io label escaped twice, ending at the attribute',
      'diagrams/net.drawio',
      '<mxCell id="c6" value="pass: Vkdq%$w&amp;lt;&amp;gt;r&amp;amp;" style="text;html=1;" vertex="1"/>\n',
      'Vkdq%$w<>r&',
    ],
    ['an .env value', '.env', 'SMTP_PASSWORD=Tq7<2Lp>Wz9&!x\n', 'Tq7<2Lp>Wz9&!x'],
    ['between tags as written', 'notes.html', '<p>admin password: Rt72&%nx<4B>qWe</p>\n', 'Rt72&%nx<4B>qWe'],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret);
  });

  it('stops at a tag, a reference and the next query parameter', () => {
    const secrets = (text: string, path: string): string[] => scan(text, path).map((m) => m.secret);
    for (const tag of ['</td>', '<br/>', '<!-- x -->']) {
      expect(secrets(`<td>password: Kq83hdT2xPz9${tag}</td>\n`, 'page.html').join()).not.toContain('<');
    }
    expect(secrets('<td>password: Kq83hdT2xPz9</td>\n', 'page.html')).toEqual(['Kq83hdT2xPz9']);
    expect(secrets('password=Kq83hdT2xPz9&user=deploy\n', 'app.conf')).not.toContain('Kq83hdT2xPz9&user=deploy');
    expect(secrets('password: Kq83hdT2xPz9&lt;br&gt;\n', 'notes.txt')).not.toContain('Kq83hdT2xPz9&lt;br&gt;');
  });
});
