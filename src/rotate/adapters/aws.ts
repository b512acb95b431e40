/**
 * What the two AWS adapters share: client options and error mapping. The SDK itself is loaded
 * with dynamic import() by each adapter, so nothing else in tokguard pays for it.
 */
import { RemoteError, networkCode } from './remote.js';
import { idHash } from '../types.js';

export interface AwsClientOptions {
  region: string;
  endpoint?: string;
}

export function clientConfig(opts: AwsClientOptions): { region: string; endpoint?: string } {
  const endpoint = opts.endpoint ?? process.env.TOKGUARD_AWS_ENDPOINT;
  return { region: opts.region, ...(endpoint ? { endpoint } : {}) };
}

interface AwsErr {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

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
    msg = `aws: ${what}: cannot reach ${endpoint ?? 'the AWS endpoint'} (${net})`;
  } else if (name === 'ResourceNotFoundException' || name === 'NoSuchEntity' || name === 'NoSuchEntityException') {
    msg = `aws: ${what}: not found${rid}`;
  } else if (
    /InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch|AccessDenied|InvalidSignature|ExpiredToken/.test(
      name,
    )
  ) {
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
