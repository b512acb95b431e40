/** The provider issuers by type (see registry.ts for what each can do). */
import type { IssuerAdapter } from '../types.js';
import { CloudflareIssuer } from './cloudflare.js';
import type { ProviderIssuerConfig } from './config.js';
import { DatadogIssuer } from './datadog.js';
import { DigitalOceanIssuer } from './digitalocean.js';
import { DiscordWebhookIssuer } from './discord.js';
import { GitHubIssuer } from './github.js';
import { GitLabIssuer } from './gitlab.js';
import { NpmIssuer } from './npm.js';
import { OpenAiAdminIssuer } from './openai.js';
import { SendGridIssuer } from './sendgrid.js';
import { SlackIssuer } from './slack.js';

export function makeProviderIssuer(cfg: ProviderIssuerConfig): IssuerAdapter {
  switch (cfg.type) {
    case 'github':
      return new GitHubIssuer(cfg);
    case 'gitlab':
      return new GitLabIssuer(cfg);
    case 'slack':
      return new SlackIssuer(cfg);
    case 'npm':
      return new NpmIssuer(cfg);
    case 'cloudflare':
      return new CloudflareIssuer(cfg);
    case 'sendgrid':
      return new SendGridIssuer(cfg);
    case 'openai-admin':
      return new OpenAiAdminIssuer(cfg);
    case 'datadog':
      return new DatadogIssuer(cfg);
    case 'digitalocean':
      return new DigitalOceanIssuer(cfg);
    case 'discord-webhook':
      return new DiscordWebhookIssuer(cfg);
  }
}
