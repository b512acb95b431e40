import { describe, expect, it } from 'vitest';
import { jsonFindings, runCli, type CliFinding, type CliResult } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

type Finding = CliFinding;

const findings = (r: CliResult): Finding[] => jsonFindings<Finding>(r);

const keys = new FakeKeys('scan-bare-tokens');

/**
 * Tokens whose own structure names them (a prefix and length, a fixed layout, a decodable id) are
 * found standing alone, in files that never name the provider: a pasted line in notes, a log line
 * in terminal colours, the end of a URL.
 */
describe('tokguard scan: provider tokens without a provider name nearby', () => {
  it('finds each token alone on its line, by its structure', async () => {
    const tokens: [string, string][] = [
      ['posthog-feature-flags-secure-api-key', keys.posthogSecretKey()],
      ['posthog-oauth-token', keys.posthogOAuthToken('phr_')],
      ['deepseek-or-dashscope-api-key', keys.skHexApiKey()],
      ['mailgun-private-key', keys.mailgunKey()],
      ['dropbox-long-lived-token', keys.dropboxLongLived()],
      ['discord-bot-token', keys.discordBotToken()],
      ['atlassian-datacenter-personal-access-token', keys.atlassianDataCenterPat()],
      ['twitter-app-only-bearer-token', keys.twitterBearerToken()],
      ['octopus-deploy-api-key', keys.octopusApiKey()],
      ['adyen-api-key', keys.adyenApiKey()],
    ];
    const dir = tempTree({ 'notes.txt': `${tokens.map(([, t]) => t).join('\n')}\n` });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(list.map((f) => [f.ruleId, f.line, f.secret])).toEqual(tokens.map(([id, t], i) => [id, i + 1, t]));
  });

  it('finds them inside terminal colour codes and at the end of a URL path', async () => {
    const sk = keys.skHexApiKey();
    const pat = keys.atlassianDataCenterPat();
    const dir = tempTree({
      'run.log': `>>>\u001b[93m${sk}\u001b[0m<<<\ncurl https://issues.acme.internal/rest/token/${pat}\n`,
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(list.map((f) => [f.ruleId, f.line, f.secret])).toEqual([
      ['deepseek-or-dashscope-api-key', 1, sk],
      ['atlassian-datacenter-personal-access-token', 2, pat],
    ]);
  });

  it('leaves look-alikes alone: pieces of longer base64, other hex layouts, zero runs', async () => {
    const pat = keys.atlassianDataCenterPat();
    const mailgun = keys.mailgunKey();
    const dir = tempTree({
      'data.json': [
        // A token-shaped stretch between slashes inside a longer base64 value is part of it.
        `{"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB/${pat}/hZwUteHsmN+z+aoE="}`,
        // Four groups, or upper case, is not the key's layout.
        `{"build": "${mailgun}-0a0b0c0d", "rev": "${mailgun.toUpperCase()}"}`,
        `{"zeros": "${'A'.repeat(120)}"}`,
        `{"id": "disk-${keys.skHexApiKey().slice(3)}"}`,
      ].join('\n'),
    });
    expect(findings(await runCli(['scan', dir, '--format', 'json']))).toEqual([]);
  });
});
