/**
 * Reads a provider's answer through a verify block's `response:`: which status, and only the
 * named fields. The body itself is dropped here; nothing else in tokguard ever sees it.
 */
import type { HttpAnswer } from './http.js';
import type { Condition, ResponseSpec, Scalar } from './types.js';

export interface Reading {
  status: 'live' | 'dead' | 'unknown';
  identity?: string;
  scopes?: string[];
  detail?: string;
}

const MAX_FIELD = 200;

/** Printable, one line, bounded: a provider's field can hold anything. */
export function cleanField(v: unknown, max = MAX_FIELD): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) {
    const items = v.map((x) => cleanField(x, max)).filter((x): x is string => x !== undefined);
    return items.length ? cleanField(items.join(', '), max) : undefined;
  }
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
  const s = String(v)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
  if (!s) return undefined;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function parseJson(answer: HttpAnswer): unknown {
  const text = answer.body.toString('utf8').trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `a.b`, `a.0.b`, `list[].name` (maps over an array). */
export function getPath(node: unknown, path: string): unknown {
  if (path === '') return node;
  const mapAt = path.indexOf('[]');
  if (mapAt >= 0) {
    const list = getPath(node, path.slice(0, mapAt).replace(/\.$/, ''));
    if (!Array.isArray(list)) return undefined;
    const rest = path.slice(mapAt + 2).replace(/^\./, '');
    return rest ? list.map((item) => getPath(item, rest)) : list;
  }
  let cur = node;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

class AnswerView {
  private json: unknown;
  private parsed = false;
  constructor(readonly answer: HttpAnswer) {}

  field(ref: string): unknown {
    if (ref.startsWith('header:')) return this.answer.headers[ref.slice(7).toLowerCase()];
    if (!this.parsed) {
      this.json = parseJson(this.answer);
      this.parsed = true;
    }
    return getPath(this.json, ref);
  }

  matches(cond: Condition): boolean {
    if (cond.status && !cond.status.includes(this.answer.status)) return false;
    for (const [path, want] of Object.entries(cond.json ?? {})) {
      const got = this.field(path) as Scalar | undefined;
      const options = Array.isArray(want) ? want : [want];
      if (got === undefined || !options.some((o) => o === got)) return false;
    }
    for (const [name, want] of Object.entries(cond.header ?? {})) {
      if (this.answer.headers[name.toLowerCase()] !== want) return false;
    }
    return true;
  }
}

function firstMatch(view: AnswerView, conds: Condition | Condition[] | undefined): Condition | undefined {
  if (!conds) return undefined;
  return (Array.isArray(conds) ? conds : [conds]).find((c) => view.matches(c));
}

function anyMatch(view: AnswerView, conds: Condition | Condition[]): boolean {
  return firstMatch(view, conds) !== undefined;
}

function readScopes(v: unknown): string[] | undefined {
  let list: unknown[];
  if (Array.isArray(v)) list = v.flat();
  else if (typeof v === 'string') list = v.split(/[\s,]+/);
  else return undefined;
  const out = list.map((s) => cleanField(s, 100)).filter((s): s is string => s !== undefined);
  return out.slice(0, 100);
}

function readDetail(view: AnswerView, refs: string[] | undefined): string | undefined {
  const parts: string[] = [];
  for (const ref of refs ?? []) {
    const v = cleanField(view.field(ref), 100);
    if (v !== undefined) parts.push(`${ref.replace(/^header:/, '')}=${v}`);
  }
  return parts.length ? parts.join(', ') : undefined;
}

export function readAnswer(answer: HttpAnswer, spec: ResponseSpec): Reading {
  const view = new AnswerView(answer);
  if (anyMatch(view, spec.dead)) {
    const detail = readDetail(view, spec.detail);
    return { status: 'dead', detail: detail ? `HTTP ${answer.status}, ${detail}` : `HTTP ${answer.status}` };
  }
  if (anyMatch(view, spec.live)) {
    const out: Reading = { status: 'live' };
    const ids = (spec.identity ?? []).map((r) => cleanField(view.field(r))).filter((s) => s !== undefined);
    if (ids.length) out.identity = ids.join(' / ');
    if (spec.scopes) {
      const scopes = readScopes(view.field(spec.scopes));
      if (scopes) out.scopes = scopes;
    }
    const detail = readDetail(view, spec.detail);
    if (detail) out.detail = detail;
    return out;
  }
  const detail = readDetail(view, spec.detail);
  const known = firstMatch(view, spec.unknown);
  if (known) return { status: 'unknown', detail: `${known.note ?? 'cannot tell'} (HTTP ${answer.status})` };
  const what = answer.status >= 500 ? 'provider error' : 'unexpected answer';
  return { status: 'unknown', detail: `${what} (HTTP ${answer.status}${detail ? `, ${detail}` : ''})` };
}
