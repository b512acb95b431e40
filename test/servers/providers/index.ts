/** Every provider fake, by the provider id the rules name. */
import type { ProviderFakeSpec } from '../provider-fake.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { npm } from './npm.js';
import { slack } from './slack.js';

export const PROVIDER_FAKES: Record<string, ProviderFakeSpec> = { github, gitlab, npm, slack };
