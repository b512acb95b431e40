import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { atlassianDataCenterToken } from '../../../src/engine/validators/atlassian.js';
import { getValidator } from '../../../src/engine/validators/index.js';

/** A token shaped like Jira's: base64("<12-digit id>:<20 random bytes>"). */
function dcToken(
  id = '658634845514',
  random: Buffer = Buffer.concat([Buffer.from([0x01, 0xfe]), randomBytes(18)]),
): string {
  return Buffer.concat([Buffer.from(`${id}:`), random]).toString('base64');
}

describe('atlassian-dc-token validator', () => {
  it('is registered by name', () => {
    expect(getValidator('atlassian-dc-token')).toBe(atlassianDataCenterToken);
  });

  it('accepts base64 of "<numeric id>:<random bytes>", with or without the BBDC- prefix', () => {
    const t = dcToken();
    expect(t).toHaveLength(44);
    expect(atlassianDataCenterToken(t)).toBe(true);
    expect(atlassianDataCenterToken(`BBDC-${t}`)).toBe(true);
  });

  it('is less sure of a token that a slash and more base64 follow (inside a longer value)', () => {
    const t = dcToken();
    expect(atlassianDataCenterToken(t, { after: '/hZwUteHsmN+z+aoE="' })).toEqual({ confidence: 'medium' });
    expect(atlassianDataCenterToken(t, { after: '" -H "Accept: application/json"' })).toBe(true);
    expect(atlassianDataCenterToken(t, { after: '/' })).toBe(true);
  });

  it('rejects random base64, a non-numeric or zero-led id, short or printable random parts', () => {
    expect(
      atlassianDataCenterToken(
        randomBytes(33)
          .toString('base64')
          .replace(/^[A-Za-z0-9+/]/, 'Q'),
      ),
    ).toBe(false);
    expect(atlassianDataCenterToken(dcToken('12ab45'))).toBe(false);
    expect(atlassianDataCenterToken(dcToken('012345678901'))).toBe(false);
    expect(atlassianDataCenterToken(dcToken('658634845514', Buffer.from([0x81, 0x02, 0x03])))).toBe(false);
    expect(atlassianDataCenterToken(Buffer.from('658634845514:this is plain text, no').toString('base64'))).toBe(false);
    expect(atlassianDataCenterToken('not base64 at all!')).toBe(false);
    expect(atlassianDataCenterToken('BBDC-')).toBe(false);
  });
});
