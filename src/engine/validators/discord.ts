/**
 * A Discord bot token is `<user id in base64>.<timestamp>.<HMAC>`. The first segment decodes to
 * the bot's snowflake id: 17 to 20 decimal digits. Random base64 with the same shape almost
 * never decodes to digits only, so this removes look-alikes (other dotted base64 values).
 */
export function discordBotToken(secret: string): boolean {
  const parts = secret.split('.');
  if (parts.length !== 3) return false;
  const [id, ts, mac] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(id) || ts.length !== 6 || mac.length < 27) return false;
  const decoded = Buffer.from(id, 'base64url').toString('latin1');
  return /^[1-9][0-9]{16,19}$/.test(decoded);
}
