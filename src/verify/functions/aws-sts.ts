/**
 * AWS access keys: `sts:GetCallerIdentity`, signed with SigV4 by the AWS SDK. It needs no
 * permission (an explicit deny cannot block it) and changes nothing, so it is the documented way
 * to ask whose a key pair is:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
import https from 'node:https';
import { routeUrl, EndpointRefused } from '../endpoints.js';
import { HttpFailure } from '../http.js';
import type { Reading } from '../response.js';
import { hostAllowed } from '../template.js';
import type { FunctionInput } from './index.js';

const STS_URL = new URL('https://sts.amazonaws.com/');

/** AWS error codes that mean the key pair is not (or no longer) valid. */
const DEAD = new Set(['InvalidClientTokenId', 'ExpiredToken', 'ExpiredTokenException', 'UnrecognizedClientException']);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException']);

function keyPair(values: FunctionInput['values']): { id?: string; secret?: string; token?: string } {
  const s = values.secret!;
  const isId = /^(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(s);
  return {
    id: isId ? s : values.accessKeyId,
    secret: isId ? values.secretAccessKey : s,
    ...(values.sessionToken ? { token: values.sessionToken } : {}),
  };
}

export async function getCallerIdentity(input: FunctionInput): Promise<Reading> {
  const { id, secret, token } = keyPair(input.values);
  if (!id || !secret) return { status: 'unknown', detail: 'needs both the access key id and its secret access key' };
  if (id.startsWith('ASIA') && !token)
    return { status: 'unknown', detail: 'a temporary key (ASIA…) needs its session token, and none was found near it' };
  if (!hostAllowed(STS_URL.hostname, input.provider))
    throw new HttpFailure('refused: STS is not a host of AWS', 'refused');
  let endpoint: URL;
  try {
    endpoint = routeUrl(STS_URL, input.endpoints);
  } catch (e) {
    if (e instanceof EndpointRefused) throw new HttpFailure(`refused: ${e.message}`, 'refused');
    throw e;
  }
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = new STSClient({
    region: 'us-east-1',
    endpoint: endpoint.href,
    credentials: { accessKeyId: id, secretAccessKey: secret, ...(token ? { sessionToken: token } : {}) },
    maxAttempts: 1,
    requestHandler: {
      // Certificates are checked whatever NODE_TLS_REJECT_UNAUTHORIZED says.
      httpsAgent: new https.Agent({ rejectUnauthorized: true }),
      connectionTimeout: input.timeoutMs,
      requestTimeout: input.timeoutMs,
    },
  });
  try {
    const out = await client.send(new GetCallerIdentityCommand({}), { abortSignal: input.signal });
    return {
      status: 'live',
      ...(out.Arn ? { identity: out.Arn } : {}),
      ...(out.Account ? { detail: `account=${out.Account}` } : {}),
    };
  } catch (err) {
    return readError(err, input.signal);
  } finally {
    client.destroy();
  }
}

function readError(err: unknown, signal: AbortSignal): Reading {
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? '';
  if (DEAD.has(name)) return { status: 'dead', detail: `AWS error ${name}` };
  if (name === 'SignatureDoesNotMatch')
    return {
      status: 'unknown',
      detail: 'AWS knows the access key id, but the secret found near it does not match (SignatureDoesNotMatch)',
    };
  if (THROTTLED.has(name)) return { status: 'unknown', detail: `rate limited (AWS error ${name})` };
  if (signal.aborted) throw new HttpFailure('run time limit reached', 'deadline');
  if (name === 'TimeoutError' || e.code === 'ETIMEDOUT') throw new HttpFailure('timeout', 'timeout');
  if (e.code && /^E[A-Z]+$/.test(e.code)) throw new HttpFailure(`network: ${e.code}`);
  const status = e.$metadata?.httpStatusCode;
  return {
    status: 'unknown',
    detail: `unexpected answer${status ? ` (HTTP ${status}` : ' ('}${name ? `${status ? ', ' : ''}AWS error ${name}` : ''})`,
  };
}
