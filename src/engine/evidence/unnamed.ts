/**
 * A generated-looking value under a name that says nothing (`mimi=gX69YO4Cv…`, `gi_reo_gi_api =
 * "DvMB_glvw…"`) in a file whose purpose is settings. The name gives no evidence, so the value
 * and the file must give it all: a long random run of letters and digits, as keys are generated,
 * in a config or credentials file (or a file of no known kind). It is reported at low confidence
 * (medium in a credentials file); everything that names what else such a run is (an id, a hash, a version, a public
 * key, a URL) leaves it alone, as do the names the other generic detectors weigh.
 */
import type { Assessment } from '../types.js';
import type { FileKind } from './file-kind.js';
import { ANY_CREDENTIAL_WORD, identifierWords, NOT_SECRET_WORD } from './name-vocabulary.js';
import { shapeOf } from './value-shape.js';

export interface UnnamedValueFacts {
  name: string;
  value: string;
  fileKind: FileKind;
}

const CONFIDENCE: Partial<Record<FileKind, Assessment>> = {
  credentials: { confidence: 'medium' },
  config: { confidence: 'low' },
  // A config written for the tests (`test_data/config.env`): its values are the tests' data,
  // as often a generated key as a stand-in.
  fixture: { confidence: 'low' },
  // A file of no known kind (`notes.txt`, standard input) may be either.
  unknown: { confidence: 'low' },
};

/**
 * Base64 of printable text (a ConfigMap's `motd: ZGFodXR0…`): encoded data whose randomness is
 * the encoding's, not a generated key's. A key is random bytes, which never all read as text.
 */
function encodedText(value: string): boolean {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return /^[\x20-\x7e\t\r\n]+$/.test(Buffer.from(value, 'base64').toString('latin1'));
}

/** The confidence for a generated-looking value under a name that says nothing, or undefined. */
export function assessUnnamedValue(f: UnnamedValueFacts): Assessment | undefined {
  const assessment = CONFIDENCE[f.fileKind];
  if (!assessment) return undefined;
  const words = identifierWords(f.name);
  if (!words.length || words.some((w) => ANY_CREDENTIAL_WORD.test(w) || NOT_SECRET_WORD.test(w))) return undefined;
  return generatedValue(f.value) ? assessment : undefined;
}

/**
 * Whether a value looks generated, as keys are: random, of letters in both cases and digits,
 * dense, and neither hex, a UUID, a path, a stand-in nor encoded text. The test for values whose
 * name gives little or no evidence (this detector's and weak-name.ts's).
 */
export function generatedValue(value: string): boolean {
  const shape = shapeOf(value);
  if (!shape.random || shape.hex || shape.uuid || shape.path || shape.marked || shape.expression) return false;
  // Generated keys mix all three: a run of one case and digits is more often an id or a code.
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value)) return false;
  // Key material is dense: a long run's characters repeat little (a word-built one repeats its
  // letters), and a short one must still hold nearly as many distinct ones as it is long.
  return shape.entropy >= (value.length >= 32 ? 4.5 : 3.9) && !encodedText(value);
}
