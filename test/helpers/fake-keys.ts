import { createCipheriv, createECDH, createHash, createPrivateKey } from 'node:crypto';
import { makePrefixedCrc32Token } from '../../src/engine/validators/checksum-tokens.js';
import { ed25519PublicKey } from '../../src/engine/validators/ed25519-keypair.js';
import { makeMatrixSynapseToken } from '../../src/engine/validators/matrix.js';
import { makeNatsNkeySeed } from '../../src/engine/validators/nats-nkey.js';
import { NAVICAT_IV, NAVICAT_KEY } from '../../src/engine/validators/navicat.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';
/** Base62 without 0, 1, O, I and l: the alphabet PostHog writes its secrets in today. */
const BASE57 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Crockford's base32, as ULIDs are written. */
const CROCKFORD32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Deterministic fake credentials for tests: random-looking, right format and checksum, never
 * real. The same seed always gives the same key, so failures are reproducible.
 */
export class FakeKeys {
  private counter = 0;
  constructor(private readonly seed = 'tokguard-tests') {}

  chars(n: number, alphabet: string): string {
    let out = '';
    while (out.length < n) {
      const digest = createHash('sha256').update(`${this.seed}:${this.counter++}`).digest();
      for (const b of digest) {
        if (out.length >= n) break;
        out += alphabet[b % alphabet.length];
      }
    }
    return out;
  }

  github(prefix: 'ghp_' | 'gho_' | 'ghu_' | 'ghs_' | 'ghr_' = 'ghp_'): string {
    return makePrefixedCrc32Token(prefix, this.chars(30, BASE62));
  }

  /** A Synapse (Matrix) access or refresh token with a valid CRC32, for a made-up localpart. */
  matrixSynapse(prefix: 'syt_' | 'syr_' = 'syt_'): string {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    return makeMatrixSynapseToken(
      prefix,
      `bot-${this.chars(6, 'abcdefghijklmnopqrstuvwxyz')}`,
      this.chars(20, letters),
    );
  }

  /** Same shape as `github` but with a checksum that does not match. */
  githubBadChecksum(): string {
    const good = this.github();
    const last = good.at(-1)!;
    return good.slice(0, -1) + (last === 'a' ? 'b' : 'a');
  }

  npm(): string {
    return makePrefixedCrc32Token('npm_', this.chars(30, BASE62));
  }

  awsAccessKeyId(): string {
    return `AKIA${this.chars(16, UPPER_DIGITS)}`;
  }

  awsSecretAccessKey(): string {
    return this.chars(40, BASE64);
  }

  stripeLive(): string {
    return `sk_live_${this.chars(24, BASE62)}`;
  }

  stripeTest(): string {
    return `sk_test_${this.chars(24, BASE62)}`;
  }

  /** A legacy-format GitLab personal access token (glpat- + 20 characters). */
  gitlabPat(): string {
    return `glpat-${this.chars(20, BASE62)}`;
  }

  /** A NATS nkey seed (SU… user, SA… account, SO… operator) with a valid CRC-16. */
  natsSeed(role: 'U' | 'A' | 'O' = 'U'): string {
    return makeNatsNkeySeed(role, this.bytes(32));
  }

  /** A random password as Navicat 12+ saves it (AES-128-CBC with its published key, upper-case hex). */
  navicatPassword(): string {
    const cipher = createCipheriv('aes-128-cbc', Buffer.from(NAVICAT_KEY), Buffer.from(NAVICAT_IV));
    const password = `${this.chars(14, BASE62)}!`;
    return Buffer.concat([cipher.update(password, 'latin1'), cipher.final()])
      .toString('hex')
      .toUpperCase();
  }

  bytes(n: number): Buffer {
    return Buffer.from(this.chars(n, Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('')), 'latin1');
  }

  /** A Solana keypair: a 32-byte seed and its Ed25519 public key, the 64 bytes `id.json` holds. */
  solanaKeypair(): number[] {
    const seed = this.bytes(32);
    return [...seed, ...ed25519PublicKey(seed)];
  }

  /** A P-256 private key as PKCS#8 PEM: a real key (several base64 lines), derived from the seed. */
  ecPrivateKeyPem(): string {
    const d = this.bytes(32);
    d[0] = d[0]! & 0x7f; // below the curve order
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(d);
    const pub = ecdh.getPublicKey();
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      d: d.toString('base64url'),
      x: pub.subarray(1, 33).toString('base64url'),
      y: pub.subarray(33).toString('base64url'),
    };
    return createPrivateKey({ key: jwk, format: 'jwk' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  }

  /** A PostHog feature flags secure API key: phs_ and 35 random bytes in base62 (47 characters). */
  posthogSecretKey(): string {
    return `phs_${this.chars(47, BASE62)}`;
  }

  /** A PostHog OAuth access (pha_) or refresh (phr_) token: 32 random bytes in base62 (43 characters). */
  posthogOAuthToken(prefix: 'pha_' | 'phr_' = 'pha_'): string {
    return `${prefix}${this.chars(43, BASE62)}`;
  }

  /** A PostHog secret as current releases write it: base57, 44 characters for 32 bytes, 48 for 35. */
  posthogBase57(prefix: 'pha_' | 'phr_' | 'phs_' | 'phx_'): string {
    return `${prefix}${this.chars(prefix === 'pha_' || prefix === 'phr_' ? 44 : 48, BASE57)}`;
  }

  /** A LlamaCloud API key: llx- and 48 URL-safe characters. */
  llamaCloudKey(): string {
    return `llx-${this.chars(48, BASE64URL)}`;
  }

  /** A Together AI project key: tgp_v1_ and 43 URL-safe characters (32 bytes). */
  togetherKey(): string {
    return `tgp_v1_${this.chars(43, BASE64URL)}`;
  }

  /** A Postman collection access key: PMAT- and a 26-character ULID. */
  postmanCollectionKey(): string {
    return `PMAT-${this.chars(1, '01234567')}${this.chars(25, CROCKFORD32)}`;
  }

  /** A WunderGraph Cosmo API key: cosmo_ and 32 lower-case hex. */
  cosmoApiKey(): string {
    return `cosmo_${this.chars(32, HEX)}`;
  }

  /** An Instagram user access token: IGAA and a long URL-safe run. */
  instagramToken(): string {
    return `IGAA${this.chars(180, BASE62)}`;
  }

  /** A Meta app access token as the token endpoint returns it: the app id, a pipe, 27 URL-safe characters. */
  facebookAppToken(): string {
    return `${this.chars(1, '123456789')}${this.chars(15, '0123456789')}|${this.chars(27, BASE64URL)}`;
  }

  /** A Google OAuth client id: the project number, a dash, 32 lower-case alphanumerics and the domain. */
  googleClientId(): string {
    return `${this.chars(1, '123456789')}${this.chars(11, '0123456789')}-${this.chars(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}.apps.googleusercontent.com`;
  }

  /** A Google OAuth client secret of the kind made before GOCSPX-: 24 URL-safe characters, mixed case and digits. */
  googleLegacyClientSecret(): string {
    return `${this.chars(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${this.chars(7, 'abcdefghijklmnopqrstuvwxyz')}${this.chars(3, '0123456789')}${this.chars(7, BASE64URL)}`;
  }

  /** A Honeybadger project API key: hbp_ and 36 alphanumerics. */
  honeybadgerKey(): string {
    return `hbp_${this.chars(36, BASE62)}`;
  }

  /** A PubNub secret key: sec-c- and a base64 run. */
  pubnubSecretKey(): string {
    return `sec-c-${this.chars(48, BASE62)}`;
  }

  /** An API key of the sk- + 32 lower-case hex shape (DeepSeek, DashScope). */
  skHexApiKey(): string {
    return `sk-${this.chars(32, HEX)}`;
  }

  /** A Mailgun API key in the current format: 32 hex, then two groups of 8 hex. */
  mailgunKey(): string {
    return `${this.chars(32, HEX)}-${this.chars(8, HEX)}-${this.chars(8, HEX)}`;
  }

  /** A legacy Dropbox long-lived token: 11 characters, ten A's, 43 base64url characters. */
  dropboxLongLived(): string {
    return `${this.chars(11, BASE62)}AAAAAAAAAA${this.chars(43, BASE64URL)}`;
  }

  /** A Discord bot token: the bot's snowflake id in base64url, a 6-character timestamp, an HMAC. */
  discordBotToken(): string {
    const id = `1${this.chars(18, '0123456789')}`;
    return `${Buffer.from(id).toString('base64url')}.${this.chars(6, BASE64URL)}.${this.chars(38, BASE64URL)}`;
  }

  /** A Jira/Confluence Data Center personal access token: base64 of "<12-digit id>:<20 random bytes>". */
  atlassianDataCenterPat(): string {
    const id = `${1 + (this.bytes(1)[0]! % 9)}${this.chars(11, '0123456789')}`;
    const random = this.bytes(20);
    random[0] = random[0]! | 0x80; // not printable text, as a random secret is
    return Buffer.concat([Buffer.from(`${id}:`), random]).toString('base64');
  }

  /**
   * An X (Twitter) app-only bearer token as the OAuth 2.0 token endpoint returns it: a run of A's
   * (leading zero bytes), the app's id, more A's, then URL-encoded base64.
   */
  twitterBearerToken(): string {
    const tail = `${this.chars(20, BASE62)}%2B${this.chars(12, BASE62)}%3D${this.chars(50, BASE62)}`;
    return `${'A'.repeat(21)}${this.chars(4, BASE62.slice(1))}${'A'.repeat(7)}${tail}`;
  }

  /** An Octopus Deploy API key: API- and 28 upper-case letters and digits. */
  octopusApiKey(): string {
    return `API-${this.chars(26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}${this.chars(2, '0123456789')}`;
  }

  /** An Adyen API key: a base64 run opening AQE, a dash, and a second base64 run. */
  adyenApiKey(): string {
    return `AQE${this.chars(81, BASE64)}=-${this.chars(43, BASE64)}=`;
  }

  slackBot(): string {
    return `xoxb-${this.chars(12, '0123456789')}-${this.chars(13, '0123456789')}-${this.chars(24, BASE62)}`;
  }
}
