import { describe, expect, it } from 'vitest';
import { kubernetesSecretData } from '../../../src/engine/validators/kubernetes-secret.js';

const manifest = (kind: string): string =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: orders\ntype: Opaque\ndata:\n  jdbc: x\n`;
const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');

describe('kubernetes-secret-data', () => {
  it("judges a Secret's value by what it decodes to, whatever its key is called", () => {
    const context = { fileHead: manifest('Secret'), fileKind: 'config' as const, groups: { name: 'jdbc' } };
    expect(kubernetesSecretData(b64('top-Secret'), context)).toMatchObject({ confidence: 'high' });
    // A binary value of a key's size is a key.
    expect(
      kubernetesSecretData(b64(Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37) % 256))), context),
    ).toEqual({
      confidence: 'medium',
    });
  });

  it('leaves other kinds, certificates and demo values in the docs alone', () => {
    expect(kubernetesSecretData(b64('top-Secret'), { fileHead: manifest('ConfigMap'), groups: { name: 'jdbc' } })).toBe(
      false,
    );
    expect(
      kubernetesSecretData(b64('-----BEGIN CERTIFICATE-----'), {
        fileHead: manifest('Secret'),
        groups: { name: 'jdbc' },
      }),
    ).toBe(false);
    expect(kubernetesSecretData(b64('top-Secret'), { fileHead: manifest('Secret'), groups: { name: 'tls.crt' } })).toBe(
      false,
    );
    const docs = kubernetesSecretData(b64('admin'), {
      fileHead: manifest('Secret'),
      fileKind: 'docs',
      groups: { name: 'username' },
    });
    expect(docs === false || (typeof docs === 'object' && docs.example === true)).toBe(true);
  });
});
