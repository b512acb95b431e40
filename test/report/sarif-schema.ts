import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The OASIS SARIF 2.1.0 schema lives in shared/ beside the repository (in CI a copy of shared/
 * sits beside the clone at the same relative place).
 */
export const SARIF_SCHEMA_PATH = fileURLToPath(new URL('../../../shared/schemas/sarif-2.1.0.json', import.meta.url));

let validator: ValidateFunction | undefined;

export function sarifValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    // unicodeRegExp: false — the official schema's language pattern is not valid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    // ajv-formats is not a dependency; these checks are what the schema's formats mean.
    ajv.addFormat('uri', (s: string) => {
      try {
        new URL(s);
        return true;
      } catch {
        return false;
      }
    });
    ajv.addFormat('uri-reference', (s: string) => {
      try {
        new URL(s, 'http://base.invalid/');
        return !/\s/.test(s);
      } catch {
        return false;
      }
    });
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s));
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Throws with ajv's errors when the document is not valid SARIF 2.1.0. */
export function assertValidSarif(doc: unknown): void {
  const validate = sarifValidator();
  if (!validate(doc)) throw new Error(`invalid SARIF: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
}
