import type { Assessment } from '../types.js';
import { assessAssignment } from '../evidence/assess.js';
import { shapeOf } from '../evidence/value-shape.js';
import { genericAssignment } from './generic.js';
import type { ValidatorContext } from './index.js';

/**
 * `my_api_key = 1, "…", 3`: a literal among the values given to a credential's name. The name
 * may be for the whole list, so only a value that looks generated counts.
 */
export function genericListElement(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!shapeOf(secret).random) return false;
  return genericAssignment(secret, context);
}

// A declaration's last identifier is the field's name (`char *secret_key`, `const char* token[2]`).
const FIELD_NAME = /([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*$/;

/** The names of a struct's fields, in order (`int a, b;` declares two). */
function fieldNames(fields: string): string[] {
  return fields
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
    .split(';')
    .flatMap((decl) => {
      const parts = decl.split(',');
      return parts.map((p) => FIELD_NAME.exec(p.trim())?.[1]).filter((n): n is string => n !== undefined);
    });
}

/** `struct { int id; char *secret_key; } dflt = {0, "…"};`: the field in the string's place names it. */
export function cStructPositionalSecret(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const fields = fieldNames(context.groups?.fields ?? '');
  const init = context.groups?.init ?? '';
  // Designated initialisers (`.id = 0`) name their fields; those are the assignment rules' to read.
  if (init.includes('.') && /\.\s*[A-Za-z_]\w*\s*=/.test(init)) return false;
  const index = init.split(',').length - 1;
  const field = fields[index];
  if (field === undefined || !shapeOf(secret).random) return false;
  return (
    assessAssignment({
      name: field,
      value: secret,
      fileKind: context.fileKind ?? 'unknown',
      before: '',
      after: context.after ?? '',
    }) ?? false
  );
}
