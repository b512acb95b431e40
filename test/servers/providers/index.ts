/** Every provider fake, by the provider id the rules name (AWS is checked against moto_server instead). */
import type { ProviderFakeSpec } from '../provider-fake.js';
import { algolia } from './algolia.js';
import { anthropic } from './anthropic.js';
import { asana } from './asana.js';
import { cloudflare } from './cloudflare.js';
import { datadog } from './datadog.js';
import { digitalocean } from './digitalocean.js';
import { discord } from './discord.js';
import { doppler } from './doppler.js';
import { dropbox } from './dropbox.js';
import { figma } from './figma.js';
import { flyio } from './flyio.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { google } from './google.js';
import { heroku } from './heroku.js';
import { hubspot } from './hubspot.js';
import { huggingface } from './huggingface.js';
import { linear } from './linear.js';
import { mailchimp } from './mailchimp.js';
import { mailgun } from './mailgun.js';
import { netlify } from './netlify.js';
import { notion } from './notion.js';
import { npm } from './npm.js';
import { okta } from './okta.js';
import { openai } from './openai.js';
import { pagerduty } from './pagerduty.js';
import { postman } from './postman.js';
import { sendgrid } from './sendgrid.js';
import { sentry } from './sentry.js';
import { shopify } from './shopify.js';
import { slack } from './slack.js';
import { square } from './square.js';
import { stripe } from './stripe.js';
import { telegram } from './telegram.js';
import { terraform } from './terraform.js';
import { twilio } from './twilio.js';
import { vercel } from './vercel.js';

export const PROVIDER_FAKES: Record<string, ProviderFakeSpec> = Object.fromEntries(
  [
    algolia,
    anthropic,
    asana,
    cloudflare,
    datadog,
    digitalocean,
    discord,
    doppler,
    dropbox,
    figma,
    flyio,
    github,
    gitlab,
    google,
    heroku,
    hubspot,
    huggingface,
    linear,
    mailchimp,
    mailgun,
    netlify,
    notion,
    npm,
    okta,
    openai,
    pagerduty,
    postman,
    sendgrid,
    sentry,
    shopify,
    slack,
    square,
    stripe,
    telegram,
    terraform,
    twilio,
    vercel,
  ].map((f) => [f.provider, f]),
);
