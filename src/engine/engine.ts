import { compileRule, type CompiledRule } from './compile.js';
import { shannonEntropy } from './entropy.js';
import { isPlaceholder } from './placeholders.js';
import { KeywordPrefilter } from './prefilter.js';
import { LineIndex, latin1ToUtf8, utf8Length } from './positions.js';
import type { Match, RuleSpec } from './types.js';

const MAX_LINE_TEXT = 240;

export interface EngineOptions {
  /** Keep candidates that look like placeholders (for debugging rules). */
  keepPlaceholders?: boolean;
  /** Report matches even on lines marked `tokguard:allow`. */
  ignoreInlineAllow?: boolean;
}

const ALLOW_SAME_LINE = /(?:tokguard|gitleaks):allow(?!-)/;
const ALLOW_NEXT_LINE = 'tokguard:allow-next-line';

/**
 * Inline suppression, in any comment syntax: `tokguard:allow` on the secret's line, or
 * `tokguard:allow-next-line` on the line before. `gitleaks:allow` is honoured too so a
 * migrating repository keeps its existing annotations.
 */
function inlineAllowed(text: string, lines: LineIndex, offset: number): boolean {
  const line = lines.lineOf(offset);
  if (ALLOW_SAME_LINE.test(text.slice(lines.lineStart(line), lines.lineEnd(line)))) return true;
  return line > 0 && text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)).includes(ALLOW_NEXT_LINE);
}

/**
 * The detection engine: text in, matches out. It holds compiled rules and a keyword
 * prefilter; `scan` is synchronous and touches nothing outside its arguments, so one Engine can
 * be built per worker thread and fed chunk after chunk.
 */
export class Engine {
  readonly rules: readonly CompiledRule[];
  private readonly byId = new Map<string, CompiledRule>();
  private readonly prefilter: KeywordPrefilter;
  /** For keyword index k, the indices of the rules that listed it. */
  private readonly keywordRules: number[][];
  private readonly alwaysRun: number[];

  constructor(
    specs: readonly RuleSpec[],
    private readonly options: EngineOptions = {},
  ) {
    this.rules = specs.map(compileRule);
    const keywordIndex = new Map<string, number>();
    this.keywordRules = [];
    this.alwaysRun = [];
    this.rules.forEach((rule, r) => {
      this.byId.set(rule.spec.id, rule);
      if (rule.spec.keywords.length === 0) this.alwaysRun.push(r);
      for (const kw of rule.spec.keywords) {
        const key = kw.toLowerCase();
        let k = keywordIndex.get(key);
        if (k === undefined) {
          k = this.keywordRules.length;
          keywordIndex.set(key, k);
          this.keywordRules.push([]);
        }
        this.keywordRules[k]!.push(r);
      }
    });
    this.prefilter = new KeywordPrefilter([...keywordIndex.keys()]);
  }

  rule(id: string): CompiledRule | undefined {
    return this.byId.get(id);
  }

  /** Indices of the rules whose keywords occur in the input. */
  candidateRules(input: Uint8Array | string): number[] {
    const found = this.prefilter.find(input);
    if (found.size === 0) return this.alwaysRun;
    const rules = new Set<number>(this.alwaysRun);
    for (const k of found) for (const r of this.keywordRules[k]!) rules.add(r);
    return [...rules].sort((a, b) => a - b);
  }

  /**
   * Scans a buffer (or a string of latin1-decoded bytes, so offsets are byte offsets).
   * Returns accepted matches sorted by offset.
   */
  scan(input: Uint8Array | string): Match[] {
    const candidates = this.candidateRules(input);
    if (candidates.length === 0) return [];
    const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
    const lines = new LineIndex(text);
    const matches: Match[] = [];
    for (const r of candidates) this.runRule(this.rules[r]!, text, lines, matches);
    return this.dropShadowed(matches);
  }

  private runRule(rule: CompiledRule, text: string, lines: LineIndex, out: Match[]): void {
    const re = rule.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      const span = typeof rule.group === 'string' ? m.indices?.groups?.[rule.group] : m.indices?.[rule.group];
      if (!span) continue;
      const [start, end] = span;
      if (end <= start) continue;
      const raw = text.slice(start, end);
      const secret = latin1ToUtf8(raw);
      if (!this.accept(rule, secret, text, start, end)) continue;
      if (!this.options.ignoreInlineAllow && inlineAllowed(text, lines, start)) continue;
      out.push(this.toMatch(rule, secret, text, lines, start, end));
    }
  }

  private accept(rule: CompiledRule, secret: string, text: string, start: number, end: number): boolean {
    const spec = rule.spec;
    if (spec.entropy !== undefined && shannonEntropy(secret) < spec.entropy) return false;
    if (!this.options.keepPlaceholders && isPlaceholder(secret)) return false;
    if (rule.allowSecrets.some((re) => re.test(secret))) return false;
    if (rule.stopwords.length) {
      const lower = secret.toLowerCase();
      if (rule.stopwords.some((w) => lower.includes(w))) return false;
    }
    if (rule.contextWords.length) {
      const around = text
        .slice(Math.max(0, start - rule.contextWindow), Math.min(text.length, end + rule.contextWindow))
        .toLowerCase();
      if (!rule.contextWords.some((w) => around.includes(w))) return false;
    }
    if (rule.validator && !rule.validator(secret)) return false;
    return true;
  }

  private toMatch(rule: CompiledRule, secret: string, text: string, lines: LineIndex, start: number, end: number): Match {
    const s = lines.position(start);
    const e = lines.position(end);
    const line = s.line - 1;
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    // Minified files have megabyte lines: keep a window around the secret, not the whole line.
    const from = Math.max(lineStart, start - MAX_LINE_TEXT / 2);
    const to = Math.min(lineEnd, Math.max(end, start) + MAX_LINE_TEXT / 2);
    const lineText = latin1ToUtf8(text.slice(from, to));
    return {
      ruleId: rule.spec.id,
      secret,
      start,
      end,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      lineText: (from > lineStart ? '…' : '') + lineText + (to < lineEnd ? '…' : ''),
    };
  }

  /**
   * When a provider rule and a generic rule match overlapping text, the provider rule is the
   * better explanation; the same rule reporting the same span twice (from overlapping
   * alternatives) is reported once.
   */
  private dropShadowed(matches: Match[]): Match[] {
    if (matches.length < 2) return matches;
    matches.sort((a, b) => a.start - b.start || a.end - b.end);
    const specific = matches.filter((m) => !this.byId.get(m.ruleId)!.generic);
    const out: Match[] = [];
    const seen = new Set<string>();
    for (const m of matches) {
      const key = `${m.ruleId}\0${m.start}\0${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (this.byId.get(m.ruleId)!.generic && specific.some((o) => o.start < m.end && m.start < o.end)) continue;
      out.push(m);
    }
    return out;
  }
}
