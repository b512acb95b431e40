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

  it('reports a token pasted between slashes into a longer base64 value at medium confidence', async () => {
    const pat = keys.atlassianDataCenterPat();
    const dir = tempTree({ 'data.json': `{"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB/${pat}/hZwUteHsmN+z+aoE="}` });
    expect(
      findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets'])).map((f) => [
        f.ruleId,
        f.confidence,
        f.secret,
      ]),
    ).toEqual([['atlassian-datacenter-personal-access-token', 'medium', pat]]);
  });

  it('leaves look-alikes alone: other hex layouts, zero runs', async () => {
    const mailgun = keys.mailgunKey();
    const dir = tempTree({
      'data.json': [
        // Four groups, or upper case, is not the key's layout.
        `{"build": "${mailgun}-0a0b0c0d", "rev": "${mailgun.toUpperCase()}"}`,
        `{"zeros": "${'A'.repeat(120)}"}`,
        `{"id": "disk-${keys.skHexApiKey().slice(3)}"}`,
      ].join('\n'),
    });
    expect(findings(await runCli(['scan', dir, '--format', 'json']))).toEqual([]);
  });

  it('finds prefixed keys under any name, where their rules used to ask for the provider name', async () => {
    const llx = keys.llamaCloudKey();
    const tgp = keys.togetherKey();
    const hbp = keys.honeybadgerKey();
    const sec = keys.pubnubSecretKey();
    const dir = tempTree({
      'ingest.py': [
        'from llama_parse import LlamaParse',
        `parser = LlamaParse(api_key="${llx}", result_type="markdown")`,
        `llm = OpenAI(base_url="https://api.together.xyz/v1", api_key="${tgp}")`,
      ].join('\n'),
      'config.js': [
        `Honeybadger.configure({ apiKey: '${hbp}', environment: 'production' });`,
        `export const realtime = { publishKey: 'pub-c-2a7c9d1e', secretKey: process.env.RT_SECRET ?? '${sec}' };`,
      ].join('\n'),
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(list.map((f) => [f.file.split('/').pop(), f.ruleId, f.line, f.secret])).toEqual([
      ['config.js', 'honeybadger-project-api-key', 1, hbp],
      ['config.js', 'pubnub-secret-key', 2, sec],
      ['ingest.py', 'llamacloud-api-key', 2, llx],
      ['ingest.py', 'together-api-key-v1', 3, tgp],
    ]);
  });

  it('finds the token kinds that had no rule: collection links, CI keys, Instagram and app tokens', async () => {
    const pmat = keys.postmanCollectionKey();
    const cosmo = keys.cosmoApiKey();
    const ig = keys.instagramToken();
    const app = keys.facebookAppToken();
    const dir = tempTree({
      'README.md': `Import the collection: https://api.postman.com/collections/29049429-6937f0bb-4739-4078-ab7e-f90fca43e0c8?access_key=${pmat}\n`,
      'publish.yml': `jobs:\n  publish:\n    env:\n      COSMO_API_KEY: ${cosmo}\n`,
      'feed.js': [
        `const res = await fetch(\`https://graph.instagram.com/me/media?fields=id,caption&access_token=${ig}\`);`,
        `const debug = await fetch(\`https://graph.facebook.com/debug_token?input_token=\${t}&access_token=${app}\`);`,
      ].join('\n'),
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(list.map((f) => [f.file.split('/').pop(), f.ruleId, f.line, f.secret])).toEqual([
      ['README.md', 'postman-collection-access-key', 1, pmat],
      ['feed.js', 'instagram-user-access-token', 1, ig],
      ['feed.js', 'facebook-app-access-token', 2, app],
      ['publish.yml', 'wundergraph-cosmo-api-key', 4, cosmo],
    ]);
  });

  it('finds a Google client secret of the older kind after its client id (client_secret.json)', async () => {
    const id = keys.googleClientId();
    const secret = keys.googleLegacyClientSecret();
    const json = {
      installed: {
        client_id: id,
        project_id: 'acme-reports',
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: 'https://oauth2.googleapis.com/token',
        auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
        client_secret: secret,
        redirect_uris: ['http://localhost'],
      },
    };
    const dir = tempTree({
      'client_secret.json': `${JSON.stringify(json, null, 2)}\n`,
      // Without the client id before it, 24 mixed characters are anything.
      'build.txt': `artifact ${keys.googleLegacyClientSecret()}\n`,
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(list.map((f) => [f.file.split('/').pop(), f.ruleId, f.line, f.secret])).toEqual([
      ['client_secret.json', 'gcp-oauth-client-secret-legacy', 8, secret],
    ]);
  });

  it('finds PostHog secrets at the lengths current releases write (base57: 44 and 48 characters)', async () => {
    const tokens = [keys.posthogBase57('pha_'), keys.posthogBase57('phr_'), keys.posthogBase57('phs_')];
    const dir = tempTree({ '.env': tokens.map((t, i) => `POSTHOG_${i}=${t}`).join('\n') });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets', '--no-gitignore']));
    expect(list.map((f) => [f.ruleId, f.secret])).toEqual([
      ['posthog-oauth-token', tokens[0]],
      ['posthog-oauth-token', tokens[1]],
      ['posthog-feature-flags-secure-api-key', tokens[2]],
    ]);
  });

  it('leaves look-alikes of the new formats alone', async () => {
    const ig = keys.instagramToken();
    const app = keys.facebookAppToken();
    const [id, token] = app.split('|');
    const dir = tempTree({
      'notes.md': [
        '//! Extracted from gguf_monolith.rs (PMAT-802)',
        'self.cosmo_data_path = "./data/cosmo_sim"',
        `| ${id} | ${token} |`,
        `{"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB/${ig}+aoE="}`,
        'RUNPOD_API_KEY=rpa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ].join('\n'),
    });
    expect(findings(await runCli(['scan', dir, '--format', 'json']))).toEqual([]);
  });
});
