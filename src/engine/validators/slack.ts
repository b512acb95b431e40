import type { Assessment } from '../types.js';
import { shannonEntropy } from '../entropy.js';

// Counting runs: a typed stand-in, not a generated secret.
const COUNTING = /01234|12345|23456|34567|45678|56789|abcde|bcdef/i;

/**
 * A Slack token whose segments have lengths other than those Slack issues today. Slack documents
 * only the prefixes and that a token may run to 255 characters, so older and future tokens with
 * other lengths are still tokens; the strict rules cover today's lengths at high confidence, and
 * this check reports the others at medium. What it turns down are stand-ins: an id of one digit
 * repeated (`511111111`), a secret part that is not a mix of letters and digits, or too regular
 * to have been generated.
 */
// Today's lengths, which the strict rules of rules/slack.yaml report: this rule leaves them to
// those, so disabling a strict rule does not bring its tokens back under this one.
const TODAYS_LENGTHS =
  /^(?:xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}|xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}|xox[ar]-(?:2-)?[0-9]{8,13}-[A-Za-z0-9-]{30,200})$/;

export function slackTokenOtherLength(secret: string): false | Assessment {
  if (TODAYS_LENGTHS.test(secret)) return false;
  const parts = secret.split('-').slice(1);
  const tail = parts.pop() ?? '';
  for (const id of parts) if (id.length > 2 && new Set(id).size < 3) return false;
  if (!/[0-9]/.test(tail) || !/[A-Za-z]/.test(tail)) return false;
  if (shannonEntropy(tail) < 3.2 || COUNTING.test(tail)) return false;
  return { confidence: 'medium' };
}
