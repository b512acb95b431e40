/**
 * Issuer: a random secret the team owns (webhook secrets, internal API keys, passwords it sets
 * itself). tokguard can make the new value; only the consumers can kill the old one, so the
 * old value is dead once every reference reads the new one.
 */
import { randomInt } from 'node:crypto';
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, Parts, StepResult } from '../types.js';
import { secrets } from '../types.js';

type Cfg = Extract<IssuerConfig, { type: 'random' }>;

const CHARSETS: Record<Cfg['charset'], string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  ascii: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%+,-./:;=?@^_~',
};

export function randomSecret(length: number, charset: Cfg['charset'], prefix = ''): string {
  const set = CHARSETS[charset];
  let out = prefix;
  while (out.length < prefix.length + length) out += set[randomInt(set.length)];
  return out;
}

export class RandomIssuer implements IssuerAdapter {
  readonly kind = 'random';
  readonly can = { reissue: true, verify: false, deactivate: false, revoke: false };
  constructor(private readonly cfg: Cfg) {}

  planCalls() {
    return {
      issue: `generate ${this.cfg.length} ${this.cfg.charset} characters locally`,
      'deactivate-old': 'none: the old value stops working when its consumers read the new one',
    };
  }
  async preflight(): Promise<StepResult> {
    return {};
  }
  async issue(): Promise<StepResult & { parts: Parts }> {
    const value = randomSecret(this.cfg.length, this.cfg.charset, this.cfg.prefix);
    secrets.add(value);
    return { parts: { value } };
  }
}
