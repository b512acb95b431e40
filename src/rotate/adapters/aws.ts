/**
 * What the AWS adapters share: client options, where a client's requests go, error mapping and
 * labels for access key ids. The SDK itself is loaded with dynamic import() by each adapter, so
 * nothing else in tokguard pays for it.
 *
 * Endpoints follow the SDK's own rules, so `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_IAM`,
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, `AWS_ENDPOINT_URL_STS` and `endpoint_url` in the AWS config
 * file work as for any AWS tool; an `endpoint:` in the rotation config wins over them.
 */
import { RemoteError, networkCode } from './remote.js';
import { idHash } from '../types.js';

export interface AwsClientOptions {
  region: string;
  endpoint?: string;
}

export function clientConfig(opts: AwsClientOptions): { region: string; endpoint?: string } {
  return { region: opts.region, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) };
}

/** The parts of an SDK client's resolved config this module reads. */
interface ClientLike {
  config: {
    serviceConfiguredEndpoint?: () => Promise<string | undefined>;
    endpointProvider?: (params: { Region: string; UseFIPS: boolean; UseDualStack: boolean }) => { url: URL };
  };
}

/** Where a client's requests go and why: the rotation config, the environment or AWS config, or the SDK default. */
export async function endpointOf(
  client: ClientLike,
  opts: AwsClientOptions,
): Promise<{ url: string; source: 'config' | 'environment' | 'default' }> {
  if (opts.endpoint) return { url: opts.endpoint, source: 'config' };
  try {
    const env = await client.config.serviceConfiguredEndpoint?.();
    if (env) return { url: env, source: 'environment' };
  } catch {
    /* an unreadable AWS config file: the SDK reports it on the first call */
  }
  const href = client.config.endpointProvider?.({ Region: opts.region, UseFIPS: false, UseDualStack: false })?.url.href;
  return { url: (href ?? '').replace(/\/$/, '') || 'the AWS endpoint', source: 'default' };
}

interface AwsErr {
  name?: string;
  message?: string;
  address?: string;
  port?: number;
  hostname?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

export function awsErrorName(err: unknown): string {
  return ((err ?? {}) as AwsErr).name ?? 'Error';
}

/** `iam ListAccessKeys ci-user` → `iam:ListAccessKeys`, the permission a denied call lacks. */
function permissionOf(what: string): string {
  const [svc, op] = what.split(' ');
  return op && /^[A-Z]/.test(op) ? `${svc}:${op}` : what;
}

/** Maps a failure of a call signed with tokguard's own (operator) credentials to one line. */
export function awsError(err: unknown, what: string, endpoint?: string): RemoteError {
  if (err instanceof RemoteError) return err;
  const e = (err ?? {}) as AwsErr;
  const name = e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const requestId = e.$metadata?.requestId;
  const net = networkCode(err);
  const rid = requestId ? ` (request ${requestId})` : '';
  let msg: string;
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
    msg = `aws: ${what}: no AWS credentials for tokguard's own calls (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)`;
  } else if (net) {
    const where = endpoint ?? (e.address ? `${e.address}:${e.port ?? ''}` : (e.hostname ?? 'the AWS endpoint'));
    msg = `aws: ${what}: cannot reach ${where} (${net})`;
  } else if (name === 'ResourceNotFoundException' || name === 'NoSuchEntity' || name === 'NoSuchEntityException') {
    msg = `aws: ${what}: not found${rid}`;
  } else if (/AccessDenied|UnauthorizedOperation|NotAuthorized/.test(name)) {
    msg = `aws: ${what}: access denied (${name}); the credentials tokguard runs with need ${permissionOf(what)}${rid}`;
  } else if (/InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch|InvalidSignature|ExpiredToken/.test(name)) {
    msg = `aws: ${what}: credentials rejected (${name}); check the AWS credentials tokguard runs with${rid}`;
  } else if (/Throttl|TooManyRequests|RequestLimitExceeded/.test(name) || status === 429) {
    msg = `aws: ${what}: throttled (${name}); wait and run the same command with --resume${rid}`;
  } else if (status !== undefined && status >= 500) {
    msg = `aws: ${what}: service error ${status} (${name})${rid}`;
  } else {
    msg = `aws: ${what}: ${name}: ${(e.message ?? '').split('\n')[0]}${rid}`;
  }
  return new RemoteError(msg, requestId, status);
}

export function requestIdOf(out: unknown): string[] {
  const id = (out as AwsErr | undefined)?.$metadata?.requestId;
  return id ? [id] : [];
}

/**
 * How messages name an access key: its prefix and last four characters, as `aws configure list`
 * and the IAM console's key lists let you pick one out. The whole id stays out of logs and the
 * journal: it is half of the credential, and a scanner would flag it.
 */
export function keyLabel(accessKeyId: string): string {
  return accessKeyId.length > 12 ? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}` : '(key)';
}

/** Refuses to proceed when the SDK would sign requests with the leaked key itself. */
export async function assertNotLeakedKey(
  credentials: () => Promise<{ accessKeyId: string }>,
  leakedKeyHashes: string[],
  what: string,
  endpoint?: string,
): Promise<void> {
  let ak: string;
  try {
    ak = (await credentials()).accessKeyId;
  } catch (err) {
    throw awsError(err, what, endpoint);
  }
  if (leakedKeyHashes.includes(idHash(ak))) {
    throw new RemoteError(
      `aws: ${what}: the AWS credentials in the environment are the leaked key itself; run tokguard with other credentials`,
    );
  }
}

/** The SDK's Node-version notice is not actionable for a CLI user; keep stderr to one line. */
export function quietSdk(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
