import { describe, expect, it } from 'vitest';
import { discordBotToken } from '../../../src/engine/validators/discord.js';
import { getValidator } from '../../../src/engine/validators/index.js';

describe('discord validators', () => {
  it('are registered by name', () => {
    expect(getValidator('discord-bot-token')).toBeTypeOf('function');
  });

  it('discord: the first segment must decode to a snowflake id', () => {
    const id = Buffer.from('1187362054309851136').toString('base64url');
    expect(discordBotToken(`${id}.GhQ7xw.${'q3Zr8LmP0aXvT5yNcB2kWd9EfHj4sUo6iRt1gMnQpVw'.slice(0, 38)}`)).toBe(true);
    const notDigits = Buffer.from('hello-world-1234567').toString('base64url');
    expect(discordBotToken(`${notDigits}.GhQ7xw.${'q'.repeat(38)}`)).toBe(false);
    expect(discordBotToken(`${id}.GhQ7x.${'q'.repeat(38)}`)).toBe(false);
    expect(discordBotToken(`${id}.GhQ7xw`)).toBe(false);
  });
});
