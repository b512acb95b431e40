/**
 * Named structural checks a rule can ask for with `validate: <name>`. Each takes the captured
 * secret and returns whether it is well-formed. They run only on regex candidates, so they may
 * decode and parse, but they must stay offline and side-effect free.
 *
 * To add one: write it in its own module in this folder, then register it here.
 */
import { prefixedCrc32Base62 } from './checksum-tokens.js';
import { jwt, pem } from './structured.js';
import {
  cliPassword,
  cliSecretOption,
  credentialIsValue,
  genericAssignment,
  wrappedValue,
  spacedValue,
  hostLoginTriple,
  keyBytes,
  lookupDefault,
  mysqlCliPassword,
  redisCliPassword,
  mongoCliPassword,
  dockerLoginPassword,
  ldapCliPassword,
  smbCliPassword,
  rdpCliPassword,
  passwordForUser,
  prosePair,
  urlQueryKey,
  urlQuerySecret,
  sqlPasswordClause,
  statedPassword,
  pgbouncerUserlistPassword,
  urlPassword,
  urlPasswordAnyScheme,
  unnamedHighEntropy,
  weakNameValue,
  weakPassword,
} from './generic.js';
import { discordBotToken } from './discord.js';
import { kubernetesSecretData } from './kubernetes-secret.js';
import {
  cStructPositionalSecret,
  genericListElement,
  positionalPassword,
  signingKeyLiteral,
  sqlInsertPassword,
} from './positional.js';
import { slackTokenOtherLength } from './slack.js';
import { grafanaCloudToken, grafanaLegacyApiKey, grafanaServiceAccountToken } from './grafana.js';
import { mapboxToken } from './mapbox.js';
import { sentryOrgToken } from './sentry.js';
import { base58check, bip32PrivateKey, bip38EncryptedKey, wifPrivateKey } from './base58check.js';
import { basicAuthCredentials } from './basic-auth.js';
import { ntlmAuthenticate } from './ntlm.js';
import { bech32 } from './bech32.js';
import { dockerConfigBase64 } from './docker-config.js';
import { ed25519Keypair } from './ed25519-keypair.js';
import { jwtSignature } from './jwt-signature.js';
import { opensshEncryptedPrivateKey, opensshPrivateKey } from './openssh-key.js';
import { base64PemEncryptedPrivateKey, base64PemPrivateKey, base64PemPrivateKeyUnverified } from './pem-base64.js';
import { armoredPrivateKey, elidedPrivateKey } from './armored-private-key.js';
import { truncatedEncryptedPrivateKey } from './truncated-encrypted.js';
import { truncatedPemPrivateKey } from './truncated-pem.js';
import { opensslTextPrivateKey } from './openssl-text-key.js';
import { loosePemPrivateKey, pemEncryptedPrivateKey, pemLegacyEncrypted, pemPrivateKey } from './pem-private-key.js';
import { pgpPrivateKey } from './pgp-armor.js';
import { puttyEncryptedPrivateKey, puttyPrivateKey } from './putty-key.js';
import { sshcomPrivateKey } from './sshcom-key.js';
import { atlassianDataCenterToken } from './atlassian.js';
import { cloudflareTunnelToken } from './cloudflare-tunnel.js';
import { kubernetesServiceAccountToken, supabaseAnonKey, supabaseServiceRoleKey } from './jwt-claims.js';
import { packagistToken } from './packagist.js';
import { neptuneApiToken } from './neptune.js';
import { elasticApiKey } from './elastic.js';
import { matrixSynapseToken } from './matrix.js';
import { upstashQstashToken } from './upstash.js';
import { natsNkeySeed } from './nats-nkey.js';
import { msKeyBlobBase64 } from './ms-key-blob.js';
import { encryptedDerKeyBase64 } from './encrypted-der-key.js';
import { base64DerPrivateKey, hexDerPrivateKey } from './der-private-key.js';
import { firefoxLoginCiphertext } from './firefox-logins.js';
import { navicatPassword } from './navicat.js';
import {
  MREMOTENG_MAX_KDF_ITERATIONS,
  mremotengEncryptedFile,
  mremotengKdfCost,
  mremotengPassword,
  sqlDeveloperEncryptedPassword,
  sqlDeveloperV3Password,
} from './client-stores.js';
import {
  base64PrintableText,
  cryptHash,
  jwkPrivateKey,
  jwkYamlPrivateKey,
  laravelAppKey,
  winscpPassword,
} from './credential-stores.js';
import { xmlDsaPrivateKey, xmlRsaPrivateKey } from './xml-key-value.js';
import { bip39Mnemonic } from './bip39.js';
import { javaKeystoreBase64, pkcs12Base64 } from './keystores.js';
import {
  minisignEncryptedSecretKey,
  minisignSecretKey,
  signifyEncryptedSecretKey,
  signifySecretKey,
  torOnionKeyBlob,
  torOnionKeyFileBase64,
  wrappedSigningKeyFile,
} from './signing-keys.js';
import type { Assessment, CHECKSUM_MISMATCH } from '../types.js';
import type { FileKind } from '../evidence/file-kind.js';

/** What a validator may look at besides the secret: the match's named groups, its line, its file. */
export interface ValidatorContext {
  groups?: Readonly<Record<string, string | undefined>>;
  /** The line before the match, before the secret, and after the secret (each cut to a few hundred bytes). */
  before?: string;
  lead?: string;
  after?: string;
  fileKind?: FileKind;
  /**
   * The start of the text scanned (a few KB): where a file states settings for all its values,
   * such as the root element of an mRemoteNG connection file (its KdfIterations).
   */
  fileHead?: string;
  /** The line above the match's first line (a few hundred bytes of it): a PEM body line's BEGIN line. */
  lineAbove?: string;
  /**
   * Set when the text is a binary file read whole as its base64 (src/engine/keystore-files.ts):
   * its kind, which stands for the name a value in a config would have.
   */
  storeFile?: 'pkcs12-file' | 'java-keystore-file' | 'der-key-file' | 'encrypted-der-key-file' | 'ms-key-blob-file';
}

/**
 * A structural check says yes or no; an evidence scorer (the generic detectors') says how sure
 * it is, or drops the candidate with `false`. A check of a format with a checksum says
 * `CHECKSUM_MISMATCH` when only the checksum is wrong, and the engine weighs that (a token cut
 * or edited by hand, a test value) instead of the validator dropping it.
 *
 * `cost` is what the engine counted the check at, for a validator listed in VALIDATION_COST: the
 * work the check is to do (mRemoteNG's PBKDF2 rounds), worked out once for both. Others ignore it.
 */
export type Validator = (
  secret: string,
  context?: ValidatorContext,
  cost?: number,
) => boolean | Assessment | typeof CHECKSUM_MISMATCH;

export const validators: Readonly<Record<string, Validator>> = {
  'github-crc32': prefixedCrc32Base62,
  'npm-crc32': prefixedCrc32Base62,
  jwt,
  pem,
  'generic-assignment': genericAssignment,
  'generic-wrapped-value': wrappedValue,
  'generic-spaced-value': spacedValue,
  'unnamed-high-entropy': unnamedHighEntropy,
  'weak-name-value': weakNameValue,
  'host-login-triple': hostLoginTriple,
  'ldap-cli-password': ldapCliPassword,
  'smb-cli-password': smbCliPassword,
  'rdp-cli-password': rdpCliPassword,
  'lookup-default': lookupDefault,
  'key-bytes': keyBytes,
  'prose-pair': prosePair,
  'weak-password': weakPassword,
  'kubernetes-secret-data': kubernetesSecretData,
  'generic-list-element': genericListElement,
  'c-struct-positional-secret': cStructPositionalSecret,
  'positional-password': positionalPassword,
  'pgbouncer-userlist-password': pgbouncerUserlistPassword,
  'signing-key-literal': signingKeyLiteral,
  'credential-is-value': credentialIsValue,
  'password-for-user': passwordForUser,
  'url-query-secret': urlQuerySecret,
  'url-query-key': urlQueryKey,
  'url-password': urlPassword,
  'url-password-any-scheme': urlPasswordAnyScheme,
  'stated-password': statedPassword,
  'sql-password-clause': sqlPasswordClause,
  'sql-insert-password': sqlInsertPassword,
  'cli-secret-option': cliSecretOption,
  'cli-password': cliPassword,
  'mysql-cli-password': mysqlCliPassword,
  'redis-cli-password': redisCliPassword,
  'mongo-cli-password': mongoCliPassword,
  'docker-login-password': dockerLoginPassword,
  'discord-bot-token': discordBotToken,
  'slack-token-other-length': slackTokenOtherLength,
  'nats-nkey-seed': natsNkeySeed,
  'der-base64-private-key': base64DerPrivateKey,
  'ms-key-blob-base64': msKeyBlobBase64,
  'encrypted-der-key-base64': encryptedDerKeyBase64,
  'der-hex-private-key': hexDerPrivateKey,
  'firefox-login-ciphertext': firefoxLoginCiphertext,
  'navicat-password': navicatPassword,
  'mremoteng-password': mremotengPassword,
  'mremoteng-encrypted-file': mremotengEncryptedFile,
  'sqldeveloper-v3-password': sqlDeveloperV3Password,
  'sqldeveloper-encrypted-password': sqlDeveloperEncryptedPassword,
  'grafana-sa-crc32': grafanaServiceAccountToken,
  'grafana-cloud-token': grafanaCloudToken,
  'grafana-legacy-api-key': grafanaLegacyApiKey,
  'mapbox-token': mapboxToken,
  'sentry-org-token': sentryOrgToken,
  'pem-private-key': pemPrivateKey,
  'pem-private-key-loose-armor': loosePemPrivateKey,
  'pem-encrypted-private-key': pemEncryptedPrivateKey,
  'pem-legacy-encrypted': pemLegacyEncrypted,
  'pem-base64-private-key': base64PemPrivateKey,
  'pem-base64-encrypted-private-key': base64PemEncryptedPrivateKey,
  'pem-base64-private-key-unverified': base64PemPrivateKeyUnverified,
  'openssh-private-key': opensshPrivateKey,
  'openssh-encrypted-private-key': opensshEncryptedPrivateKey,
  'putty-private-key': puttyPrivateKey,
  'putty-encrypted-private-key': puttyEncryptedPrivateKey,
  'pgp-private-key': pgpPrivateKey,
  'armored-private-key': armoredPrivateKey,
  'elided-private-key': elidedPrivateKey,
  'truncated-pem-private-key': truncatedPemPrivateKey,
  'truncated-encrypted-private-key': truncatedEncryptedPrivateKey,
  'openssl-text-private-key': opensslTextPrivateKey,
  'sshcom-private-key': sshcomPrivateKey,
  bech32,
  base58check,
  'bitcoin-wif': wifPrivateKey,
  'bip32-private-key': bip32PrivateKey,
  'bip38-encrypted-key': bip38EncryptedKey,
  'ed25519-keypair': ed25519Keypair,
  'basic-auth': basicAuthCredentials,
  'ntlm-authenticate': ntlmAuthenticate,
  'docker-config-base64': dockerConfigBase64,
  'jwt-signature': jwtSignature,
  'atlassian-dc-token': atlassianDataCenterToken,
  'packagist-crc32': packagistToken,
  'kubernetes-service-account-token': kubernetesServiceAccountToken,
  'supabase-service-role-key': supabaseServiceRoleKey,
  'cloudflare-tunnel-token': cloudflareTunnelToken,
  'neptune-api-token': neptuneApiToken,
  'elastic-api-key': elasticApiKey,
  'upstash-qstash-token': upstashQstashToken,
  'supabase-anon-key': supabaseAnonKey,
  'base64-printable-text': base64PrintableText,
  'winscp-password': winscpPassword,
  'laravel-app-key': laravelAppKey,
  'crypt-hash': cryptHash,
  'jwk-private-key': jwkPrivateKey,
  'jwk-yaml-private-key': jwkYamlPrivateKey,
  'matrix-synapse-crc32': matrixSynapseToken,
  'xml-rsa-private-key': xmlRsaPrivateKey,
  'xml-dsa-private-key': xmlDsaPrivateKey,
  'bip39-mnemonic': bip39Mnemonic,
  'pkcs12-base64': pkcs12Base64,
  'java-keystore-base64': javaKeystoreBase64,
  'minisign-secret-key': minisignSecretKey,
  'signify-secret-key': signifySecretKey,
  'minisign-encrypted-secret-key': minisignEncryptedSecretKey,
  'signify-encrypted-secret-key': signifyEncryptedSecretKey,
  'signing-key-file-base64': wrappedSigningKeyFile,
  'tor-onion-key-blob': torOnionKeyBlob,
  'tor-onion-key-file-base64': torOnionKeyFileBase64,
};

/**
 * Validators that cost real work per candidate, with the number of candidates each may check in
 * one input. `ed25519-keypair` derives a public key per candidate (about 2.5 ms): a 9.9 MB file
 * of random 64-number arrays, every one a candidate, took 98 s. Past the cap, the rule's further
 * candidates in that input are dropped unchecked; a real keypair file holds one array.
 */
export const VALIDATIONS_PER_INPUT: Readonly<Record<string, number>> = {
  'ed25519-keypair': 64,
  // Counted in PBKDF2 rounds (see VALIDATION_COST): about 2 s of SHA-1 per input at most. That
  // is 4,000 saved passwords under the default 1000 rounds, and 80 under the most mRemoteNG
  // allows (50000); without the weight, a crafted file of 1,024 values at 50000 rounds each
  // held a scan for 25 s.
  'mremoteng-password': 4_000_000,
  'mremoteng-encrypted-file': 4 * MREMOTENG_MAX_KDF_ITERATIONS,
};

/**
 * What one check of a candidate costs against its validator's VALIDATIONS_PER_INPUT (1 when not
 * listed): for mRemoteNG values, the PBKDF2 rounds the file's root element asks for. The engine
 * passes the cost to the check as its third argument, which spends exactly that.
 */
export const VALIDATION_COST: Readonly<Record<string, (context: ValidatorContext) => number>> = {
  'mremoteng-password': mremotengKdfCost,
  'mremoteng-encrypted-file': mremotengKdfCost,
};

export function getValidator(name: string): Validator | undefined {
  return Object.prototype.hasOwnProperty.call(validators, name) ? validators[name] : undefined;
}
