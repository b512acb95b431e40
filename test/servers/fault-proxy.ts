/**
 * A loopback HTTP proxy in front of moto that fails chosen AWS actions (500s, throttling, a key
 * AWS does not accept yet, access denied) or answers sts:GetCallerIdentity as someone else, so
 * the tests can check that a remote failure stops the rotation cleanly and --resume recovers.
 * Actions are recognised from the JSON protocol's X-Amz-Target (Secrets Manager) or the query
 * protocol's Action= parameter (IAM, STS).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultKind = '500' | 'throttle' | 'invalid-token' | 'access-denied' | { identity: string };

interface Fault {
  action: string;
  kind: FaultKind;
  remaining: number;
  /** Only requests whose body contains this (a secret id, a user name). */
  match?: string;
}

const QUERY_ERRORS: Record<string, [number, string, string]> = {
  '500': [500, 'Receiver', 'ServiceFailure'],
  throttle: [400, 'Sender', 'Throttling'],
  'invalid-token': [403, 'Sender', 'InvalidClientTokenId'],
  'access-denied': [403, 'Sender', 'AccessDenied'],
};

export class FaultProxy {
  private server?: Server;
  private faults: Fault[] = [];
  url = '';
  seen: string[] = [];
  constructor(private readonly target: string) {}

  fail(action: string, kind: FaultKind, count = 1, match?: string): void {
    this.faults.push({ action, kind, remaining: count, ...(match ? { match } : {}) });
  }

  clear(): void {
    this.faults = [];
  }

  async start(): Promise<string> {
    const t = new URL(this.target);
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const target = String(req.headers['x-amz-target'] ?? '');
        const action = target
          ? target.split('.').pop()!
          : (/(?:^|&)Action=([A-Za-z]+)/.exec(body.toString())?.[1] ?? '');
        this.seen.push(action);
        const f = this.faults.find(
          (x) => x.remaining > 0 && x.action === action && (!x.match || body.toString().includes(x.match)),
        );
        if (f) {
          f.remaining--;
          if (typeof f.kind === 'object') {
            res.writeHead(200, { 'content-type': 'text/xml' });
            res.end(
              `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${f.kind.identity}</Arn><UserId>AIDAFAULTPROXY</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>fault-proxy</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
            );
            return;
          }
          if (target) {
            const type = f.kind === '500' ? 'InternalServiceError' : 'ThrottlingException';
            res.writeHead(f.kind === '500' ? 500 : 400, {
              'content-type': 'application/x-amz-json-1.1',
              'x-amzn-requestid': 'fault-proxy',
            });
            res.end(JSON.stringify({ __type: type, message: f.kind === '500' ? 'injected failure' : 'Rate exceeded' }));
          } else {
            const [status, type, code] = QUERY_ERRORS[f.kind]!;
            res.writeHead(status, { 'content-type': 'text/xml' });
            res.end(
              `<ErrorResponse><Error><Type>${type}</Type><Code>${code}</Code><Message>injected</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`,
            );
          }
          return;
        }
        const up = request(
          { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
          (ur) => {
            res.writeHead(ur.statusCode ?? 502, ur.headers);
            ur.pipe(res);
          },
        );
        up.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        up.end(body);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
