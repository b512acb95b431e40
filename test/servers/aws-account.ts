/**
 * An AWS account in moto as an incident finds it, with authentication and IAM policies enforced:
 * an admin (the test's own hands), an operator holding only the incident policy tokguard needs,
 * and least-privilege users whose keys leak (S3 only: no IAM rights at all). Every client is a
 * real SDK client on loopback.
 */
import { randomBytes } from 'node:crypto';
import * as IAM from '@aws-sdk/client-iam';
import * as SM from '@aws-sdk/client-secrets-manager';
import * as STS from '@aws-sdk/client-sts';
import type { Moto } from './moto.js';

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * What `tokguard rotate` needs for an aws-iam issuer with a Secrets Manager store (docs/rotation.md,
 * "Permissions"). moto matches IAM resources only as "*", so least privilege is by action here.
 */
export const INCIDENT_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'iam:GetAccessKeyLastUsed',
        'iam:ListAccessKeys',
        'iam:CreateAccessKey',
        'iam:UpdateAccessKey',
        'iam:DeleteAccessKey',
      ],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: [
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
        'secretsmanager:PutSecretValue',
        'secretsmanager:UpdateSecretVersionStage',
      ],
      Resource: '*',
    },
  ],
};

/** A CI uploader's policy: S3 and nothing else. */
export const S3_ONLY_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }],
};

const ADMIN_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

export function clientOptions(endpoint: string, creds: Creds) {
  return { region: 'us-east-1', endpoint, maxAttempts: 1, credentials: creds };
}

export class AwsAccount {
  readonly iam: IAM.IAMClient;
  readonly sm: SM.SecretsManagerClient;

  private constructor(
    readonly endpoint: string,
    readonly admin: Creds,
  ) {
    this.iam = new IAM.IAMClient(clientOptions(endpoint, admin));
    this.sm = new SM.SecretsManagerClient(clientOptions(endpoint, admin));
  }

  /** Creates an admin while moto still lets anyone in, then turns authentication on for good. */
  static async open(moto: Moto): Promise<AwsAccount> {
    await moto.auth(false);
    const anyone = new IAM.IAMClient(
      clientOptions(moto.url, { accessKeyId: 'AKIDBOOTSTRAP0000000', secretAccessKey: 'x' }),
    );
    const name = `admin-${randomBytes(3).toString('hex')}`;
    await anyone.send(new IAM.CreateUserCommand({ UserName: name }));
    await anyone.send(
      new IAM.PutUserPolicyCommand({
        UserName: name,
        PolicyName: 'admin',
        PolicyDocument: JSON.stringify(ADMIN_POLICY),
      }),
    );
    const k = (await anyone.send(new IAM.CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
    await moto.auth(true);
    return new AwsAccount(moto.url, { accessKeyId: k.AccessKeyId!, secretAccessKey: k.SecretAccessKey! });
  }

  /** A user with one inline policy and one access key. */
  async user(prefix: string, policy: object): Promise<{ name: string; key: Creds }> {
    const name = `${prefix}-${randomBytes(4).toString('hex')}`;
    await this.iam.send(new IAM.CreateUserCommand({ UserName: name }));
    await this.iam.send(
      new IAM.PutUserPolicyCommand({ UserName: name, PolicyName: prefix, PolicyDocument: JSON.stringify(policy) }),
    );
    const k = (await this.iam.send(new IAM.CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
    return { name, key: { accessKeyId: k.AccessKeyId!, secretAccessKey: k.SecretAccessKey! } };
  }

  async keys(user: string): Promise<{ id: string; status: string }[]> {
    const out = await this.iam.send(new IAM.ListAccessKeysCommand({ UserName: user }));
    return (out.AccessKeyMetadata ?? []).map((k) => ({ id: k.AccessKeyId!, status: k.Status! }));
  }

  /** Who AWS says a key is (sts:GetCallerIdentity signed with it), or the error it answers. */
  async whoAmI(creds: Creds): Promise<{ arn?: string; error?: string }> {
    const sts = new STS.STSClient(clientOptions(this.endpoint, creds));
    try {
      return { arn: (await sts.send(new STS.GetCallerIdentityCommand({}))).Arn! };
    } catch (e) {
      return { error: (e as Error).name };
    }
  }

  /** What a call the key's policy does not allow answers (an IAM read, for an S3-only key). */
  async iamReadWith(creds: Creds): Promise<string> {
    const iam = new IAM.IAMClient(clientOptions(this.endpoint, creds));
    try {
      await iam.send(new IAM.ListUsersCommand({}));
      return 'allowed';
    } catch (e) {
      return (e as Error).name;
    }
  }

  async current(secretId: string): Promise<Record<string, string>> {
    // Ask for AWSCURRENT explicitly: moto's default (no stage) lags behind UpdateSecretVersionStage.
    const v = await this.sm.send(new SM.GetSecretValueCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT' }));
    return JSON.parse(v.SecretString!) as Record<string, string>;
  }

  async stages(secretId: string): Promise<Record<string, string[]>> {
    return (await this.sm.send(new SM.DescribeSecretCommand({ SecretId: secretId }))).VersionIdsToStages ?? {};
  }
}
