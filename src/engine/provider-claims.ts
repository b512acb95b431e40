import type { CompiledRule } from './compile.js';
import { captureGroup, parse, Unsupported, type Node } from './pattern-reach.js';

/**
 * A keyword that is a value's opening rather than a word: letters and digits in one or more
 * segments, ending in a separator (`ghp_`, `npm_`, `sk-eden-`, `sk_live_`, `dp.st.`).
 */
const OPENING = /^[a-z0-9]+(?:[_.-][a-z0-9]+)*[_.-]$/;

/** Names shorter than this (`key`, `api`) are in too many variable names to say whose value it is. */
const MIN_NAME = 4;

/** How far before a value a provider's name still names it (`column_api_secret_key = "…`). */
const NAME_WINDOW = 64;

interface NamedOpening {
  names: string[];
  opening: string;
  checked: boolean;
}

/**
 * What a provider's claim does to a generic finding of the value. `drop`: every rule that owns
 * the opening checks more than a shape (a checksum, a structure), so a value it rejected is a
 * stand-in or a mistyped key. `doubt`: a rule checks only a length and an alphabet, often taken
 * from keys seen in use, so a value of another length may still be a real key cut short or of a
 * newer shape; it stays, at low confidence.
 */
export type Claim = 'drop' | 'doubt';

/** A character of an opening as the pattern writes it: itself, or a `.` `-` `_` `/` escaped. */
function openingChar(node: Node): string | undefined {
  if (node.t !== 'char') return undefined;
  return (node.src === node.c && /[A-Za-z0-9_-]/.test(node.c)) || /^\\[.\-_/]$/.test(node.src) ? node.c : undefined;
}

/**
 * The literal texts the secrets of a rule open with, one a branch of the secret's group
 * (`live_` for `(live_[A-Za-z0-9]{27})`; `cu_` and '' for `(cu_[0-9a-f]{32}|[0-9a-f]{32})`),
 * lower-cased. A branch that opens with a class or an optional character opens with ''; a
 * pattern pattern-reach's reader does not understand has no openings.
 */
export function valueOpenings(source: string, group: string | number): string[] {
  let alts: Node[][];
  try {
    alts = parse(source);
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
  // A quantified character is not a char node: an optional or repeated character ends the
  // opening before it.
  return (captureGroup(alts, group)?.alts ?? []).map((branch) => {
    let literal = '';
    for (const node of branch) {
      const c = openingChar(node);
      if (c === undefined) break;
      literal += c;
    }
    return literal.toLowerCase();
  });
}

/**
 * Which values are a provider's to judge. Generic rules give way to them even when the
 * provider's own rule rejected the value (a wrong length or checksum): a key cut short or
 * mistyped is not a generic password at high confidence (see `Claim`).
 *
 * - A distinctive opening (`ghp_`, `sk-eden-`), a provider rule's keyword, claims the value
 *   wherever it is.
 * - An opening shared between providers (`live_`, which Column's rule reads only after a
 *   Column name, and Twitch's stream keys open with) claims the value only where a provider's
 *   name is right before it, so a password that merely starts with a common word
 *   (`DB_PASSWORD=live_…`) is still found. A one-word opening is shared when a rule reads it
 *   only after a name: then it is not one provider's mark, whatever other rules key on it.
 */
export class ProviderClaims {
  /** Worked out on the first claim: reading every provider pattern costs more than the rest of an engine's set-up. */
  private tables:
    | {
        /** Distinctive openings, and whether every rule that owns one checks more than a shape. */
        prefixes: Map<string, boolean>;
        /** The lengths the openings have: a value's openings are its own starts of these lengths. */
        prefixLengths: number[];
        named: NamedOpening[];
      }
    | undefined;

  /**
   * `stored` gives (when first asked) a map of `openingsKey` to a pattern's openings, worked out
   * by the build for the built-in rules; a pattern not found there is read.
   */
  constructor(
    private readonly rules: readonly CompiledRule[],
    private readonly stored?: () => Readonly<Record<string, string[]>> | undefined,
  ) {}

  private build(): NonNullable<ProviderClaims['tables']> {
    if (this.tables) return this.tables;
    const stored = this.stored?.();
    const keyed = new Map<string, boolean>();
    const named: NamedOpening[] = [];
    for (const r of this.rules) {
      if (r.generic) continue;
      const keywords = new Set(r.spec.keywords.map((k) => k.toLowerCase()));
      for (const k of keywords) {
        if (k.length < 3 || !OPENING.test(k)) continue;
        keyed.set(k, (keyed.get(k) ?? true) && r.validator !== undefined);
      }
      const names = [...keywords].filter((k) => k.length >= MIN_NAME && !OPENING.test(k));
      if (names.length === 0) continue;
      const openings = stored?.[openingsKey(r)] ?? valueOpenings(r.spec.pattern, r.group);
      for (const opening of new Set(openings))
        if (opening.length >= 3 && OPENING.test(opening) && !keywords.has(opening))
          named.push({ names, opening, checked: r.validator !== undefined });
    }
    // Only a one-word opening (`live_`, `sk_`) is common enough to be shared; `sk_live_` still
    // marks a payment key wherever it is, whichever providers read it.
    const shared = new Set(named.map((n) => n.opening).filter((o) => !/[_.-]./.test(o)));
    const prefixes = new Map([...keyed].filter(([k]) => !shared.has(k)));
    const prefixLengths = [...new Set([...prefixes.keys()].map((p) => p.length))];
    return (this.tables = { prefixes, prefixLengths, named });
  }

  /** The openings of every provider rule whose keywords hold a name, by `openingsKey`: for the build to store. */
  static openingsToStore(rules: readonly CompiledRule[]): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const r of rules) {
      if (r.generic || !r.spec.keywords.some((k) => k.length >= MIN_NAME && !OPENING.test(k.toLowerCase()))) continue;
      out[openingsKey(r)] = valueOpenings(r.spec.pattern, r.group);
    }
    return out;
  }

  /** Whose value `secret` is, with `before` the text on its line before it; undefined: nobody's. */
  claim(secret: string, before: string): Claim | undefined {
    const lower = secret.toLowerCase();
    const near = before.slice(-NAME_WINDOW).toLowerCase();
    // Looked up by length: a generic match is common, and walking every opening for each costs.
    const { prefixes, prefixLengths, named } = this.build();
    const owners: boolean[] = [];
    for (const length of prefixLengths) {
      const checked = length <= lower.length ? prefixes.get(lower.slice(0, length)) : undefined;
      if (checked !== undefined) owners.push(checked);
    }
    for (const n of named)
      if (lower.startsWith(n.opening) && n.names.some((name) => near.includes(name))) owners.push(n.checked);
    if (owners.length === 0) return undefined;
    return owners.every(Boolean) ? 'drop' : 'doubt';
  }
}

/** What a rule's openings depend on: its pattern and the group that holds the secret. */
export function openingsKey(rule: Pick<CompiledRule, 'spec' | 'group'>): string {
  return `${rule.group}\n${rule.spec.pattern}`;
}
