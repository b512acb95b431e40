import { describe, expect, it } from 'vitest';
import { FILLER_REASON } from '../../src/engine/engine.js';
import { isFillerSequence } from '../../src/engine/placeholders.js';
import { scan } from '../helpers/builtin-scan.js';

describe('isFillerSequence', () => {
  it.each([
    ['counting hex, repeated', 'abcdef1234567890abcdef1234567890abcdef12'],
    ['digits then letters, repeated', '1234567890abcdef1234567890abcdef'],
    ['0 to f, repeated', '0123456789abcdef0123456789abcdef0123'],
    ['one letter', 'AAAAAAAAAAAAAAAAAAAAAAAA'],
    ['x', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['runs of letters', 'aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd'],
    ['a short unit repeated', 'abcabcabcabcabcabcabcabc'],
    ['the alphabet and the digits', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['counting down', '9876543210zyxwvutsrqponm'],
  ])('%s: %s', (_what, value) => {
    expect(isFillerSequence(value)).toBe(true);
  });

  it.each([
    ['random hex', 'e739e7add1f6a59b36cb04c3619a37f94cb4bb1cdfe0c83974'],
    ['random base62', 'Kq83hdT2xPz9Lm4vXk4mN8qR2vT6yB1c'],
    ['random digits', '48213907562184390571'],
    ['a UUID', '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    ['too short to say', 'abcdef123456'.slice(0, 11)],
    ['a sequence then a generated part', 'abcdef123456Kq83hdT2xPz9Lm4vXk4m'],
  ])('not %s: %s', (_what, value) => {
    expect(isFillerSequence(value)).toBe(false);
  });
});

describe('a context rule on a typed sequence', () => {
  const lunch = (token: string) =>
    scan(`export LUNCHMONEY_ACCESS_TOKEN="${token}"\n`, 'deploy/.env').filter(
      (m) => m.ruleId === 'lunchmoney-access-token',
    );

  it('reports the docs stand-in at low confidence, and says why', () => {
    for (const token of [
      'abcdef1234567890abcdef1234567890abcdef1234567890ab',
      '1234567890abcdef1234567890abcdef1234567890abcdef12',
    ]) {
      const [m] = lunch(token);
      expect(m).toMatchObject({ confidence: 'low', reasons: [FILLER_REASON] });
      expect(m?.example).toBeUndefined();
    }
  });

  it('keeps a generated value at the rule’s confidence', () => {
    const [m] = lunch('e739e7add1f6a59b36cb04c3619a37f94cb4bb1cdfe0c83974');
    expect(m?.confidence).toBe('medium');
    expect(m?.example).toBeUndefined();
  });

  it('leaves a prefixed token to its own checks', () => {
    const body = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3).slice(0, 93);
    const [m] = scan(`ANTHROPIC_API_KEY=sk-ant-api03-${body}AA\n`, 'deploy/.env');
    expect(m?.ruleId).toBe('anthropic-api-key');
    expect(m?.reasons ?? []).not.toContain(FILLER_REASON);
  });
});

describe('a value its vendor publishes as not secret', () => {
  // gcloud writes its installed-app client id and secret into every authorized_user ADC file.
  const adc = (secret: string, refresh: string): string =>
    JSON.stringify({
      client_id: '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com',
      client_secret: secret,
      refresh_token: refresh,
      type: 'authorized_user',
    });
  const refresh = `1//0${'gK7pQ2xZ9vLm4TnR8wYc3HdF6sJ1bUeA5Mq_NoPr-XtWzVy7kLa2GhBj4Dc8Ef0Ik3Ol6Sn9Uq1Rw5'}`;

  it('is no finding of any rule, and the refresh token beside it is one', () => {
    const found = scan(
      adc('d-FL95Q19q7MQmFpd7hHD0Ty', refresh),
      'home/.config/gcloud/application_default_credentials.json',
    );
    expect(found.map((m) => m.secret)).not.toContain('d-FL95Q19q7MQmFpd7hHD0Ty');
    expect(found.map((m) => m.ruleId)).toContain('google-oauth-refresh-token');
  });

  it('is that exact value: another secret of the same client is reported', () => {
    const found = scan(adc('Q7r-Lm2xZ9vKp4TnR8wYc3Hd', refresh), 'application_default_credentials.json');
    expect(found.map((m) => m.secret)).toContain('Q7r-Lm2xZ9vKp4TnR8wYc3Hd');
  });
});

describe('a format field or a CloudFormation reference as the whole value', () => {
  const secrets = (text: string, file: string) => scan(text, file).map((m) => m.secret);

  it('is no finding: `{password}`, `{ password }`, `{token}`, a JSON `"!Ref …"`', () => {
    const config = [
      '{',
      '  "db_password": "{password}",',
      '  "smtp_password": "{ password }",',
      '  "MasterUserPassword": "!Ref \'MasterUserPassword\'",',
      '  "ApiSecret": "!Sub \'${Prefix}ApiSecret\'"',
      '}',
    ].join('\n');
    expect(secrets(config, 'deploy/settings.json')).toEqual([]);
    const code = 'public class Db {\n    String variable_password = "{ password }";\n}\n';
    expect(secrets(code, 'src/main/java/Db.java')).toEqual([]);
    const jenkins =
      '<jenkins.security.ApiTokenProperty>\n  <apiToken>{token}</apiToken>\n</jenkins.security.ApiTokenProperty>\n';
    expect(secrets(jenkins, 'users/admin/config.xml')).toEqual([]);
  });

  it('is still a finding when the braces hold a value: digits, base64, or text around them', () => {
    const found = secrets(
      [
        'db_password: "{Kq83hdT2xPz9Lm4v}"',
        'api_secret: "{d2hpc3BlcnN+fn5+fn5+fn5+fn5+fn5+fn5+}"',
        'format_password: "prefix_{Hq7vLm2xPz9Tk4w}"',
      ].join('\n'),
      'deploy/settings.yml',
    );
    expect(found).toEqual(['{Kq83hdT2xPz9Lm4v}', '{d2hpc3BlcnN+fn5+fn5+fn5+fn5+fn5+fn5+}', 'prefix_{Hq7vLm2xPz9Tk4w}']);
  });
});
