/**
 * What each issuer can do at its provider, as data: the rules whose keys it rotates, its API
 * hosts, its capabilities, and for every remote step the documented call and the reference it
 * was written from. The planner, the triage table and `tokguard rules --format json` read this;
 * the issuers (one module each, beside this file) implement it. Light on purpose: nothing here
 * loads an SDK.
 */
import type { IssuerCapabilities } from '../types.js';

export const PROVIDER_ISSUER_TYPES = [
  'github',
  'gitlab',
  'slack',
  'npm',
  'cloudflare',
  'sendgrid',
  'openai-admin',
  'datadog',
  'digitalocean',
  'discord-webhook',
] as const;
export type ProviderIssuerType = (typeof PROVIDER_ISSUER_TYPES)[number];

export function isProviderIssuerType(t: string): t is ProviderIssuerType {
  return (PROVIDER_ISSUER_TYPES as readonly string[]).includes(t);
}

export interface DocumentedCall {
  /** `POST https://api.github.com/credentials/revoke`. */
  call: string;
  docs: string;
}

export interface IssuerInfo {
  /** The issuer type in `rotation.targets[].issuer.type`. */
  type: string;
  /** The provider's name for people. */
  name: string;
  /** Built-in rules whose keys this issuer rotates. */
  rules: string[];
  hosts: string[];
  can: IssuerCapabilities;
  /** Issuing revokes the old credential at once (a roll). */
  issueOnce?: boolean;
  /** The variable consumers read, when the target does not name one. */
  defaultEnv?: string;
  revoke?: DocumentedCall;
  /** `manual`: the operator issues the new credential; tokguard checks it before storing it. */
  reissue?: DocumentedCall | { manual: string; docs: string };
  verify?: DocumentedCall;
  /** Environment variables the issuer reads for the operator's own credentials, if any. */
  operatorEnv?: string[];
}

const GITHUB_TOKEN_UI = 'https://github.com/settings/tokens';

export const ISSUERS: Record<string, IssuerInfo> = {
  github: {
    type: 'github',
    name: 'GitHub',
    rules: ['github-pat-classic', 'github-pat-fine-grained', 'github-oauth-access-token', 'github-app-user-token'],
    hosts: ['api.github.com'],
    can: { reissue: false, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'GITHUB_TOKEN',
    revoke: {
      call: 'POST https://api.github.com/credentials/revoke (unauthenticated, up to 1,000 tokens; 202)',
      docs: 'https://docs.github.com/en/rest/credentials/revoke#revoke-a-list-of-credentials',
    },
    reissue: {
      manual: `create a token with the same scopes at ${GITHUB_TOKEN_UI} (no API creates a personal access token); tokguard checks it is live and the same login`,
      docs: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
    },
    verify: {
      call: 'GET https://api.github.com/user',
      docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
    },
  },
  gitlab: {
    type: 'gitlab',
    name: 'GitLab',
    rules: ['gitlab-personal-access-token'],
    hosts: ['gitlab.com'],
    can: { reissue: true, verify: true, deactivate: false, revoke: true },
    issueOnce: true,
    defaultEnv: 'GITLAB_TOKEN',
    revoke: {
      call: 'DELETE https://gitlab.com/api/v4/personal_access_tokens/self (the rotate call already revokes the old token)',
      docs: 'https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token',
    },
    reissue: {
      call: 'POST https://gitlab.com/api/v4/personal_access_tokens/self/rotate with the old token (api or self_rotate scope)',
      docs: 'https://docs.gitlab.com/api/personal_access_tokens/#rotate-a-personal-access-token',
    },
    verify: {
      call: 'GET https://gitlab.com/api/v4/personal_access_tokens/self',
      docs: 'https://docs.gitlab.com/api/personal_access_tokens/#get-details-on-a-personal-access-token',
    },
  },
  slack: {
    type: 'slack',
    name: 'Slack',
    rules: ['slack-bot-token', 'slack-user-token', 'slack-rotating-access-token', 'slack-legacy-workspace-token'],
    hosts: ['slack.com'],
    can: { reissue: false, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'SLACK_TOKEN',
    revoke: {
      call: 'POST https://slack.com/api/auth.revoke',
      docs: 'https://docs.slack.dev/reference/methods/auth.revoke',
    },
    reissue: {
      manual:
        'reinstall the app (or regenerate the token) at https://api.slack.com/apps → OAuth & Permissions; tokguard checks it is live and the same team and user',
      docs: 'https://docs.slack.dev/authentication/tokens',
    },
    verify: {
      call: 'POST https://slack.com/api/auth.test',
      docs: 'https://docs.slack.dev/reference/methods/auth.test',
    },
  },
  npm: {
    type: 'npm',
    name: 'npm',
    rules: ['npm-access-token'],
    hosts: ['registry.npmjs.org'],
    can: { reissue: false, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'NPM_TOKEN',
    revoke: {
      call: 'DELETE https://registry.npmjs.org/-/user/token/{token} (what npm logout sends)',
      docs: 'https://docs.npmjs.com/cli/v10/commands/npm-logout',
    },
    reissue: {
      manual:
        'create a granular access token at https://www.npmjs.com/settings/~/tokens (creating one needs your password and 2FA); tokguard checks it is live and the same user',
      docs: 'https://docs.npmjs.com/creating-and-viewing-access-tokens',
    },
    verify: {
      call: 'GET https://registry.npmjs.org/-/whoami',
      docs: 'https://docs.npmjs.com/cli/v10/commands/npm-whoami',
    },
  },
  cloudflare: {
    type: 'cloudflare',
    name: 'Cloudflare',
    rules: ['cloudflare-user-api-token', 'cloudflare-api-token-legacy'],
    hosts: ['api.cloudflare.com'],
    can: { reissue: true, verify: true, deactivate: false, revoke: true },
    issueOnce: true,
    defaultEnv: 'CLOUDFLARE_API_TOKEN',
    operatorEnv: ['CLOUDFLARE_API_TOKEN'],
    revoke: {
      call: 'DELETE https://api.cloudflare.com/client/v4/user/tokens/{token_id} (only when not rolled; rolling invalidates the old value)',
      docs: 'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/delete/',
    },
    reissue: {
      call: 'PUT https://api.cloudflare.com/client/v4/user/tokens/{token_id}/value (roll: same permissions, new value, old one invalid at once)',
      docs: 'https://developers.cloudflare.com/api/resources/user/subresources/tokens/subresources/value/methods/update/',
    },
    verify: {
      call: 'GET https://api.cloudflare.com/client/v4/user/tokens/verify',
      docs: 'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/',
    },
  },
  sendgrid: {
    type: 'sendgrid',
    name: 'SendGrid',
    rules: ['sendgrid-api-key'],
    hosts: ['api.sendgrid.com', 'api.eu.sendgrid.com'],
    can: { reissue: true, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'SENDGRID_API_KEY',
    operatorEnv: ['SENDGRID_API_KEY'],
    revoke: {
      call: 'DELETE https://api.sendgrid.com/v3/api_keys/{api_key_id}',
      docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-keys/delete-api-keys',
    },
    reissue: {
      call: 'POST https://api.sendgrid.com/v3/api_keys (same scopes as the old key)',
      docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-keys/create-api-keys',
    },
    verify: {
      call: 'GET https://api.sendgrid.com/v3/scopes',
      docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access',
    },
  },
  'openai-admin': {
    type: 'openai-admin',
    name: 'OpenAI (admin keys)',
    rules: ['openai-admin-key'],
    hosts: ['api.openai.com'],
    can: { reissue: true, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'OPENAI_ADMIN_KEY',
    operatorEnv: ['OPENAI_ADMIN_KEY'],
    revoke: {
      call: 'DELETE https://api.openai.com/v1/organization/admin_api_keys/{key_id}',
      docs: 'https://platform.openai.com/docs/api-reference/admin-api-keys/delete',
    },
    reissue: {
      call: 'POST https://api.openai.com/v1/organization/admin_api_keys',
      docs: 'https://platform.openai.com/docs/api-reference/admin-api-keys/create',
    },
    verify: {
      call: 'GET https://api.openai.com/v1/organization/admin_api_keys',
      docs: 'https://platform.openai.com/docs/api-reference/admin-api-keys/list',
    },
  },
  datadog: {
    type: 'datadog',
    name: 'Datadog',
    rules: ['datadog-api-key'],
    hosts: [
      'api.datadoghq.com',
      'api.us3.datadoghq.com',
      'api.us5.datadoghq.com',
      'api.datadoghq.eu',
      'api.ap1.datadoghq.com',
      'api.ap2.datadoghq.com',
      'api.ddog-gov.com',
    ],
    can: { reissue: true, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'DD_API_KEY',
    operatorEnv: ['DD_APP_KEY', 'DD_API_KEY'],
    revoke: {
      call: 'DELETE https://api.datadoghq.com/api/v2/api_keys/{api_key_id} (needs DD_APP_KEY)',
      docs: 'https://docs.datadoghq.com/api/latest/key-management/#delete-an-api-key',
    },
    reissue: {
      call: 'POST https://api.datadoghq.com/api/v2/api_keys (needs DD_APP_KEY)',
      docs: 'https://docs.datadoghq.com/api/latest/key-management/#create-an-api-key',
    },
    verify: {
      call: 'GET https://api.datadoghq.com/api/v1/validate',
      docs: 'https://docs.datadoghq.com/api/latest/authentication/#validate-api-key',
    },
  },
  digitalocean: {
    type: 'digitalocean',
    name: 'DigitalOcean',
    rules: ['digitalocean-personal-access-token', 'digitalocean-oauth-access-token'],
    hosts: ['api.digitalocean.com', 'cloud.digitalocean.com'],
    can: { reissue: false, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'DIGITALOCEAN_TOKEN',
    revoke: {
      call: 'POST https://cloud.digitalocean.com/v1/oauth/revoke (token=…)',
      docs: 'https://docs.digitalocean.com/reference/api/oauth/',
    },
    reissue: {
      manual:
        'create a token with the same scopes at https://cloud.digitalocean.com/account/api/tokens; tokguard checks it is live and the same account',
      docs: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    },
    verify: {
      call: 'GET https://api.digitalocean.com/v2/account',
      docs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account',
    },
  },
  'discord-webhook': {
    type: 'discord-webhook',
    name: 'Discord webhooks',
    rules: ['discord-webhook-url'],
    hosts: ['discord.com', 'discordapp.com', 'canary.discord.com', 'ptb.discord.com'],
    can: { reissue: false, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'DISCORD_WEBHOOK_URL',
    revoke: {
      call: 'DELETE https://discord.com/api/v10/webhooks/{webhook.id}/{webhook.token} (the URL is its own credential)',
      docs: 'https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token',
    },
    reissue: {
      manual:
        "create a new webhook in the channel's settings (Integrations → Webhooks); tokguard checks it is live and posts to the same channel",
      docs: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
    },
    verify: {
      call: 'GET https://discord.com/api/v10/webhooks/{webhook.id}/{webhook.token}',
      docs: 'https://discord.com/developers/docs/resources/webhook#get-webhook-with-token',
    },
  },
  // The service issuers, for the same questions (rules JSON, triage): they are configured as before.
  'aws-iam': {
    type: 'aws-iam',
    name: 'AWS IAM',
    rules: ['aws-access-key-id', 'aws-secret-access-key'],
    hosts: ['iam.amazonaws.com'],
    can: { reissue: true, verify: true, deactivate: true, revoke: true },
    revoke: {
      call: 'iam:UpdateAccessKey Inactive, then iam:DeleteAccessKey',
      docs: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html',
    },
    reissue: {
      call: 'iam:CreateAccessKey',
      docs: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html',
    },
    verify: {
      call: 'sts:GetCallerIdentity signed with the new key',
      docs: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    },
  },
  'vault-token': {
    type: 'vault-token',
    name: 'HashiCorp Vault',
    rules: ['vault-service-token', 'vault-batch-token', 'vault-service-token-legacy'],
    hosts: [],
    can: { reissue: true, verify: true, deactivate: false, revoke: true },
    defaultEnv: 'VAULT_TOKEN',
    revoke: {
      call: 'POST $VAULT_ADDR/v1/auth/token/revoke-accessor',
      docs: 'https://developer.hashicorp.com/vault/api-docs/auth/token#revoke-a-token-accessor',
    },
    reissue: {
      call: 'POST $VAULT_ADDR/v1/auth/token/create-orphan',
      docs: 'https://developer.hashicorp.com/vault/api-docs/auth/token#create-token',
    },
    verify: {
      call: 'GET $VAULT_ADDR/v1/auth/token/lookup-self',
      docs: 'https://developer.hashicorp.com/vault/api-docs/auth/token#lookup-a-token-self',
    },
  },
};

/** The issuer that can rotate a built-in rule's keys, if any. */
export function issuerForRule(ruleId: string): IssuerInfo | undefined {
  return Object.values(ISSUERS).find((i) => i.rules.includes(ruleId));
}

export interface RotationDescription {
  /** How tokguard revokes this rule's keys, or null when it cannot. */
  revoke: { issuer: string; call: string; docs: string } | null;
  /** How a new key is issued: by API (`call`) or by a person (`manual`, then checked by tokguard). */
  reissue: { issuer: string; call?: string; manual?: string; docs: string } | null;
}

/** What `tokguard rules --format json` says about rotating a built-in rule's keys. */
export function describeRotation(ruleId: string): RotationDescription {
  const i = issuerForRule(ruleId);
  if (!i) return { revoke: null, reissue: null };
  return {
    revoke: i.revoke && i.can.revoke ? { issuer: i.type, ...i.revoke } : null,
    reissue: i.reissue ? { issuer: i.type, ...i.reissue } : null,
  };
}
