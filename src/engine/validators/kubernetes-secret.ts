import type { Assessment } from '../types.js';
import { assessStatedPassword } from '../evidence/assess.js';
import type { ValidatorContext } from './index.js';

// The manifest is a Secret with a `data:` map (its values are base64 by definition, whatever
// their keys are called: `jdbc`, `connection`, `db`).
const SECRET_KIND = /^kind:[ \t]*["']?Secret["']?[ \t]*$/m;
const DATA_MAP = /^[ \t]*data:[ \t]*$/m;
// Keys whose values other rules read (certificates are public, Docker configs have their own).
const NOT_SECRET_KEY = /(?:^|[._-])(?:crt|cert|certificate|pub|ca)$|^\.docker(?:configjson|cfg)$/i;
const TEXT = /^[\x20-\x7e]+$/;

/**
 * A value of a Kubernetes Secret's `data:` map: base64 of the secret. Printable text is judged as
 * a stated password (the manifest says it is secret; its shape, the file and demo evidence set the
 * confidence, so `YWRtaW4=` in the docs is an example); a binary value of a key's size (16 to 64
 * bytes) is a key.
 */
export function kubernetesSecretData(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const head = context.fileHead ?? '';
  if (!SECRET_KIND.test(head) || !DATA_MAP.test(head)) return false;
  if (NOT_SECRET_KEY.test(context.groups?.name ?? '') || secret.length % 4 !== 0) return false;
  const bytes = Buffer.from(secret, 'base64');
  const text = bytes.toString('latin1').replace(/\r?\n$/, '');
  if (TEXT.test(text)) {
    if (text.startsWith('-----BEGIN ') && !text.includes('PRIVATE KEY')) return false;
    return (
      assessStatedPassword({ value: text, fileKind: context.fileKind ?? 'unknown', before: context.before ?? '' }) ??
      false
    );
  }
  return bytes.length >= 16 && bytes.length <= 64 ? { confidence: 'medium' } : false;
}
