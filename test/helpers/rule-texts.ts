/**
 * Texts made of a rule's examples and counter-examples, and the keyword starts an anchored rule is
 * tried at in them: for checking that a gate (src/engine/start-gate.ts, prefix-gate.ts) never turns
 * down a start where the rule matches.
 */
import type { RuleSpec } from '../../src/engine/types.js';
import { seededRandom } from './random.js';

/** A rule's examples and counter-examples put together every way, and random mixes of their pieces. */
export function textsOf(spec: RuleSpec): string[] {
  const pieces = [...spec.examples, ...spec.counterExamples];
  const texts = [...pieces, pieces.join('\n'), pieces.join(''), pieces.join(' '), pieces.map((p) => p + p).join('')];
  const next = seededRandom(spec.id.length * 7919 + spec.id.charCodeAt(0));
  const bits = [...pieces.flatMap((p) => [p, p.slice(0, p.length >> 1), p.slice(p.length >> 1)]), ...spec.keywords];
  for (let t = 0; t < 20; t++) {
    let text = '';
    for (let k = 0; k < 8; k++)
      text += next() < 0.2 ? ' \n=:"\t'[Math.floor(next() * 6)] : bits[Math.floor(next() * bits.length)];
    texts.push(text);
  }
  return texts;
}

/** Where any of the rule's keywords starts in `text` (case-insensitively, as the prefilter finds them), in order. */
export function keywordStarts(spec: RuleSpec, text: string): number[] {
  const lower = text.toLowerCase();
  const at = new Set<number>();
  for (const k of spec.keywords)
    for (let i = lower.indexOf(k.toLowerCase()); i >= 0; i = lower.indexOf(k.toLowerCase(), i + 1)) at.add(i);
  return [...at].sort((a, b) => a - b);
}
