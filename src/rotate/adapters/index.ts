/** Builds the adapters for a target. Each adapter loads its SDK lazily on first use. */
import type { IssuerConfig, StoreConfig } from '../config.js';
import type { IssuerAdapter, StoreAdapter } from '../types.js';
import { AwsIamIssuer } from './aws-iam.js';
import { AwsSecretsManagerStore } from './aws-secrets-manager.js';
import { DotenvStore } from './dotenv-store.js';
import { ManualIssuer } from './manual.js';
import { RandomIssuer } from './random.js';
import { VaultKvStore } from './vault-kv.js';
import { VaultLeaseIssuer } from './vault-lease.js';
import { VaultTokenIssuer } from './vault-token.js';
import { makeProviderIssuer } from '../issuers/index.js';

export function makeIssuer(cfg: IssuerConfig): IssuerAdapter {
  switch (cfg.type) {
    case 'aws-iam':
      return new AwsIamIssuer(cfg);
    case 'vault-token':
      return new VaultTokenIssuer(cfg);
    case 'vault-lease':
      return new VaultLeaseIssuer(cfg);
    case 'random':
      return new RandomIssuer(cfg);
    case 'manual':
      return new ManualIssuer(cfg);
    default:
      return makeProviderIssuer(cfg);
  }
}

export function makeStore(cfg: StoreConfig, root: string): StoreAdapter {
  switch (cfg.type) {
    case 'aws-secrets-manager':
      return new AwsSecretsManagerStore(cfg);
    case 'vault-kv':
      return new VaultKvStore(cfg);
    case 'dotenv':
      return new DotenvStore(cfg, root);
  }
}
