import { describe, expect, it } from 'vitest';
import { hasPlaceholderValue } from '../../scripts/realworld/placeholder.mjs';

const isPlaceholder = hasPlaceholderValue as (text: string) => boolean;

describe('bench:realworld placeholder values', () => {
  it('sets aside values written to exercise a regex', () => {
    for (const line of [
      'languagelayer SECRET ab12cd34ef56gh78ij90kl12mn34op56',
      'shortcut-private-key 123e4567-e89b-12d3-a456-426614174000',
      'vercelTOKEN abcdefghijklmnopqrstuvwx',
      'tmetric TOKEN AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'pandadoc SECRET qwerTYUI3456bnmzXCvbnmzaQWERtyuiOPasdfgh',
      "export HEROKU_API_KEY='sampleHerokuKey'",
    ])
      expect(isPlaceholder(line), line).toBe(true);
  });

  it('keeps random values and short words', () => {
    for (const line of [
      'pandadoc SECRET P9VL5o6CLO8yWIXcwOjWb2rGO0B3IjIRcqc0u5qi',
      'PANDADOC_API_KEY=b25c87fc39113a3e35311116dbc1e33ce303e9b6',
      'password: hunter2',
      'ghp_9Qm2xVb7LkP4sZr8TnW1yHc5DfJ3gA6eU0oI',
    ])
      expect(isPlaceholder(line), line).toBe(false);
  });
});
