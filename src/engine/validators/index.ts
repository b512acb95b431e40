/**
 * Named structural checks a rule can ask for with `validate: <name>`. Each takes the captured
 * secret and returns whether it is well-formed. They run only on regex candidates, so they may
 * decode and parse, but they must stay offline and side-effect free.
 *
 * To add one: write it in its own module in this folder, then register it here.
 */
import { prefixedCrc32Base62 } from './checksum-tokens.js';
import { jwt, pem } from './structured.js';
import { discordBotToken } from './discord.js';
import { grafanaCloudToken, grafanaLegacyApiKey, grafanaServiceAccountToken } from './grafana.js';
import { mapboxToken } from './mapbox.js';
import { sentryOrgToken } from './sentry.js';

export type Validator = (secret: string) => boolean;

export const validators: Readonly<Record<string, Validator>> = {
  'github-crc32': prefixedCrc32Base62,
  'npm-crc32': prefixedCrc32Base62,
  jwt,
  pem,
  'discord-bot-token': discordBotToken,
  'grafana-sa-crc32': grafanaServiceAccountToken,
  'grafana-cloud-token': grafanaCloudToken,
  'grafana-legacy-api-key': grafanaLegacyApiKey,
  'mapbox-token': mapboxToken,
  'sentry-org-token': sentryOrgToken,
};

export function getValidator(name: string): Validator | undefined {
  return Object.prototype.hasOwnProperty.call(validators, name) ? validators[name] : undefined;
}
