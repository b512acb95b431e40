/**
 * Shortest sample strings for each alternative of a regex, for the build-time reachability check:
 * for every alternation in the pattern and every branch of it, one string that takes that branch
 * (other alternations take their first branch, quantifiers their minimum). A sample that the
 * whole regex does not then match (a lookaround or back-reference the sketch cannot honour) is
 * dropped, so the check only ever reasons from strings the rule really matches.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export interface BranchSample {
  /** The branch's own source text, for messages. */
  branch: string;
  /** Strings that take the branch: other alternations on their first branch, then on varied ones. */
  samples: string[];
}

// Characters tried, in order, for a class or a set: plain ones first so samples stay readable.
const CANDIDATES = [...'aA0xZ_-./+=:@ ~!#$%&*', '\t'];

class Sketcher {
  private captures = new Map<AST.CapturingGroup, string>();

  constructor(
    private readonly flags: string,
    private readonly forced: Map<AST.Node, number>,
  ) {}

  alternatives(alts: AST.Alternative[], owner: AST.Node): string {
    const alt = alts[this.forced.get(owner) ?? 0]!;
    return alt.elements.map((e) => this.element(e)).join('');
  }

  element(e: AST.Element): string {
    switch (e.type) {
      case 'Character':
        return String.fromCodePoint(e.value);
      case 'CharacterClass':
      case 'CharacterSet':
      case 'ExpressionCharacterClass':
        return this.oneOf(e.raw);
      case 'Quantifier': {
        const n = e.min;
        let s = '';
        for (let i = 0; i < n; i++) s += this.element(e.element);
        return s;
      }
      case 'Group':
        return this.alternatives(e.alternatives, e);
      case 'CapturingGroup': {
        const s = this.alternatives(e.alternatives, e);
        this.captures.set(e, s);
        return s;
      }
      case 'Backreference': {
        const refs = Array.isArray(e.resolved) ? e.resolved : [e.resolved];
        return refs.map((r) => this.captures.get(r as AST.CapturingGroup) ?? '').join('');
      }
      case 'Assertion':
        return '';
      default:
        return '';
    }
  }

  private oneOf(raw: string): string {
    const re = new RegExp(`^${raw}$`, this.flags.replace(/[gyd]/g, ''));
    return CANDIDATES.find((c) => re.test(c)) ?? '';
  }
}

/** Every alternation node of the pattern, outermost first. */
function alternations(pattern: AST.Pattern): Array<{ node: AST.Node; alts: AST.Alternative[] }> {
  const out: Array<{ node: AST.Node; alts: AST.Alternative[] }> = [];
  const visit = (n: AST.Node): void => {
    if ((n.type === 'Pattern' || n.type === 'Group' || n.type === 'CapturingGroup') && n.alternatives.length > 1)
      out.push({ node: n, alts: n.alternatives });
    if ('alternatives' in n) for (const a of n.alternatives) visit(a);
    if (n.type === 'Alternative') for (const e of n.elements) visit(e);
    if (n.type === 'Quantifier') visit(n.element);
    if (n.type === 'Assertion' && 'alternatives' in n) return; // lookarounds: zero-width, not branches of a match
  };
  visit(pattern);
  return out.filter((a) => !insideLookaround(a.node));
}

function insideLookaround(n: AST.Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'Assertion') return true;
  return false;
}

/**
 * Samples for each branch of every alternation (the whole pattern once when there is none): the
 * other alternations first take their first branches, then `variants` seeded random choices, so a
 * branch is not judged by an unlucky pairing with a sibling.
 */
export function branchSamples(source: string, flags: string, variants = 24): BranchSample[] {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  const whole = new RegExp(source, flags.replace(/[gy]/g, ''));
  const sketch = (forced: Map<AST.Node, number>): string =>
    new Sketcher(flags, forced).alternatives(pattern.alternatives, pattern);
  const all = alternations(pattern);
  let seed = 0x2545f491;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const samplesFor = (forced: Map<AST.Node, number>): string[] => {
    const out = new Set<string>();
    for (let v = 0; v <= variants; v++) {
      const choice = new Map(forced);
      if (v > 0) for (const a of all) if (!choice.has(a.node)) choice.set(a.node, random(a.alts.length));
      const withParents = new Map(choice);
      for (const [node, i] of choice) for (const [n, j] of withAncestors(node, i)) if (!forced.has(n) || n === node) withParents.set(n, j);
      for (const [n, j] of forced) withParents.set(n, j);
      const s = sketch(withParents);
      if (whole.test(s)) out.add(s);
    }
    return [...out];
  };
  const out: BranchSample[] = [];
  const keep = (branch: string, samples: string[]): void => {
    if (samples.length) out.push({ branch, samples });
  };
  if (all.length === 0) keep(source, samplesFor(new Map()));
  for (const { node, alts } of all) {
    alts.forEach((alt, i) => keep(alt.raw, samplesFor(withAncestors(node, i))));
  }
  return out;
}

/** Forces `node` to branch `i`, and every enclosing alternation to the branch that holds it. */
function withAncestors(node: AST.Node, i: number): Map<AST.Node, number> {
  const forced = new Map<AST.Node, number>([[node, i]]);
  for (let n: AST.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (n.type === 'Alternative' && 'alternatives' in p && p.alternatives.length > 1)
      forced.set(p, p.alternatives.indexOf(n as AST.Alternative));
  }
  return forced;
}
