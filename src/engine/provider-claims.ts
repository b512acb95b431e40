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
 *   Column name) claims the value only where that provider's name is right before it, so a
 *   password that merely starts with a common word (`DB_PASSWORD=live_…`) is still found.
 */
export class ProviderClaims {
  /** Distinctive openings, and whether every rule that owns one checks more than a shape. */
  private readonly prefixes = new Map<string, boolean>();
  /** The lengths the openings have: a value's openings are its own starts of these lengths. */
  private readonly prefixLengths: number[];
  /** Worked out on the first claim: reading every provider pattern costs more than the rest of an engine's set-up. */
  private named: NamedOpening[] | undefined;

  /**
   * `stored` gives (when first asked) a map of `openingsKey` to a pattern's openings, worked out
   * by the build for the built-in rules; a pattern not found there is read.
   */
  constructor(
    private readonly rules: readonly CompiledRule[],
    private readonly stored?: () => Readonly<Record<string, string[]>> | undefined,
  ) {
    for (const r of rules) {
      if (r.generic) continue;
      for (const k of new Set(r.spec.keywords.map((k) => k.toLowerCase()))) {
        if (k.length < 3 || !OPENING.test(k)) continue;
        this.prefixes.set(k, (this.prefixes.get(k) ?? true) && r.validator !== undefined);
      }
    }
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((p) => p.length))];
  }

  private namedOpenings(): NamedOpening[] {
    if (this.named) return this.named;
    const stored = this.stored?.();
    return (this.named = this.rules.flatMap((r) => {
      if (r.generic) return [];
      const names = r.spec.keywords.map((k) => k.toLowerCase()).filter((k) => k.length >= MIN_NAME && !OPENING.test(k));
      if (names.length === 0) return [];
      const openings = stored?.[openingsKey(r)] ?? valueOpenings(r.spec.pattern, r.group);
      return [...new Set(openings)]
        .filter((opening) => opening.length >= 3 && OPENING.test(opening) && !this.prefixes.has(opening))
        .map((opening) => ({ names, opening, checked: r.validator !== undefined }));
    }));
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
    const owners: boolean[] = [];
    for (const length of this.prefixLengths) {
      const checked = length <= lower.length ? this.prefixes.get(lower.slice(0, length)) : undefined;
      if (checked !== undefined) owners.push(checked);
    }
    for (const n of this.namedOpenings())
      if (lower.startsWith(n.opening) && n.names.some((name) => near.includes(name))) owners.push(n.checked);
    if (owners.length === 0) return undefined;
    return owners.every(Boolean) ? 'drop' : 'doubt';
  }
}

/** What a rule's openings depend on: its pattern and the group that holds the secret. */
export function openingsKey(rule: Pick<CompiledRule, 'spec' | 'group'>): string {
  return `${rule.group}\n${rule.spec.pattern}`;
}
