/**
 * The `issuer:` keys of provider issuers go through the one rotation schema: each error names
 * the key path, a URL must be an https base URL, and consumers' variable defaults to the
 * provider's usual name.
 */
import { describe, expect, it } from 'vitest';
import { parseRotationConfig } from '../../../src/rotate/config.js';

const target = (issuer: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  targets: [
    {
      match: { rule: 'gitlab-personal-access-token' },
      issuer,
      store: { type: 'dotenv', file: '.env.local' },
      ...extra,
    },
  ],
});

describe('provider issuer config', () => {
  it('reads url, instructions and timeout, and defaults the variable to the provider’s usual name', () => {
    const cfg = parseRotationConfig(
      target({ type: 'gitlab', url: 'https://gitlab.acme.dev/', instructions: 'ask #platform', timeout: '30s' }),
      '.tokguard.yaml',
    );
    expect(cfg.targets[0]!.issuer).toEqual({
      type: 'gitlab',
      url: 'https://gitlab.acme.dev',
      instructions: 'ask #platform',
      timeoutMs: 30_000,
    });
    expect(cfg.targets[0]!.reference.env).toEqual({ value: 'GITLAB_TOKEN' });
    expect(parseRotationConfig(target({ type: 'discord-webhook' }), 'c').targets[0]!.reference.env).toEqual({
      value: 'DISCORD_WEBHOOK_URL',
    });
  });

  it('refuses a URL that is not an https base URL, an unknown key and a timeout out of bounds, naming the key', () => {
    expect(() =>
      parseRotationConfig(target({ type: 'gitlab', url: 'http://gitlab.acme.dev' }), '.tokguard.yaml'),
    ).toThrow(
      '.tokguard.yaml: rotation.targets[0].issuer.url: must be an https:// base URL, like https://gitlab.example.com',
    );
    expect(() => parseRotationConfig(target({ type: 'slack', token: 'x' }), '.tokguard.yaml')).toThrow(
      '.tokguard.yaml: rotation.targets[0].issuer.token: unknown key (expected one of: type, url, instructions, timeout)',
    );
    expect(() => parseRotationConfig(target({ type: 'npm', timeout: '10m' }), '.tokguard.yaml')).toThrow(
      /issuer\.timeout: must be a duration from 100ms to 2m/,
    );
  });
});
