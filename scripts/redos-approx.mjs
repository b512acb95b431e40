// A pattern recheck's automaton checker can read, standing for one it cannot: the look-arounds
// whose bodies match a bounded length are dropped, and each back-reference becomes its group's
// pattern. scripts/redos-cache.mjs asks about it when the pattern itself is left undecided.
//
// Why a verdict on it holds for the pattern: a backtracking search of the pattern walks a subset
// of the paths a search of the approximation walks on the same input (an assertion only prunes
// paths; what a back-reference matches, its group's pattern matches), and each look-around it
// evaluates on the way costs at most a constant (its body reads a bounded length). So safe here
// means linear there; vulnerable here says only that the pattern may be, and the rule then needs
// a measured bound like any other flagged rule. A look-around whose body is unbounded (`(?=.*x)`,
// `(?<=^[ \t]*)`) can cost the length of the input at each attempt: no approximation is made.

/** `source` with its bounded look-arounds dropped and back-references spelt out, or undefined. */
export function approximate(source) {
  try {
    const reader = new Reader(source);
    const out = reader.alternatives();
    if (reader.i !== source.length) return undefined;
    return out.src;
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

class Unreadable extends Error {}

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y;

/** Reads a pattern into { src, max }: its approximation, and the longest text it can match. */
class Reader {
  i = 0;
  captures = 0;
  /** Capture groups by number and by name, once closed: their approximations and maximums. */
  groups = new Map();

  constructor(source) {
    this.s = source;
  }

  alternatives() {
    const alts = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return { src: alts.map((a) => a.src).join('|'), max: Math.max(...alts.map((a) => a.max)) };
  }

  sequence() {
    let src = '';
    let max = 0;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      src += atom.src;
      max += atom.max;
    }
    return { src, max };
  }

  atom() {
    const { s } = this;
    const from = this.i;
    const c = s[this.i++];
    if (c === '\\') return this.escape(from);
    if (c === '[') {
      if (s[this.i] === '^') this.i++;
      for (;;) {
        const d = s[this.i++];
        if (d === undefined || d === '[') throw new Unreadable();
        if (d === '\\') this.i++;
        else if (d === ']') break;
      }
      return { src: s.slice(from, this.i), max: 1 };
    }
    if (c === '^' || c === '$') return { src: c, max: 0, assertion: true };
    if (c === '(') return this.group();
    if (c === ')' || c === '|' || '*+?'.includes(c)) throw new Unreadable();
    return { src: c, max: 1 };
  }

  group() {
    const { s } = this;
    let kind = 'plain';
    let open = '(';
    let name;
    if (s.startsWith('?:', this.i)) {
      this.i += 2;
      open = '(?:';
    } else if (/^\?<?[=!]/.test(s.slice(this.i, this.i + 3))) {
      this.i += s[this.i + 1] === '<' ? 3 : 2;
      kind = 'look';
    } else if (s.startsWith('?<', this.i)) {
      const end = s.indexOf('>', this.i);
      if (end < 0) throw new Unreadable();
      name = s.slice(this.i + 2, end);
      open = s.slice(this.i - 1, end + 1);
      this.i = end + 1;
      kind = 'capture';
    } else if (s[this.i] === '?') throw new Unreadable();
    else kind = 'capture';
    const index = kind === 'capture' ? ++this.captures : undefined;
    const body = this.alternatives();
    if (s[this.i++] !== ')') throw new Unreadable();
    if (kind === 'look') {
      if (body.max === Infinity) throw new Unreadable();
      return { src: '', max: 0, assertion: true };
    }
    const node = { src: `${open}${body.src})`, max: body.max };
    if (index !== undefined) {
      this.groups.set(index, body);
      if (name !== undefined) this.groups.set(name, body);
    }
    return node;
  }

  escape(from) {
    const { s } = this;
    const c = s[this.i++];
    if (c === undefined) throw new Unreadable();
    if (c === 'b' || c === 'B') return { src: s.slice(from, this.i), max: 0, assertion: true };
    if (c === 'k' || /[1-9]/.test(c)) {
      let ref;
      if (c === 'k') {
        const end = s.indexOf('>', this.i);
        if (s[this.i] !== '<' || end < 0) throw new Unreadable();
        ref = s.slice(this.i + 1, end);
        this.i = end + 1;
      } else {
        while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
        ref = Number(s.slice(from + 1, this.i));
      }
      // A reference to a group not yet closed (or to none) is not spelt out.
      const group = this.groups.get(ref);
      if (!group) throw new Unreadable();
      return { src: `(?:${group.src})`, max: group.max };
    }
    if (c === 'p' || c === 'P') throw new Unreadable();
    if (c === 'x') this.i += 2;
    else if (c === 'u') this.i += 4;
    else if (c === 'c') this.i += 1;
    return { src: s.slice(from, this.i), max: 1 };
  }

  quantified(item) {
    const { s } = this;
    const from = this.i;
    const c = s[this.i];
    let max;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      max = c === '?' ? item.max : item.max === 0 ? 0 : Infinity;
    } else if (c === '{') {
      QUANTIFIER.lastIndex = this.i;
      const m = QUANTIFIER.exec(s);
      if (!m) return item; // a `{` that opens no quantifier is itself (outside the u flag)
      this.i += m[0].length;
      const times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      max = item.max === 0 ? 0 : item.max * times;
    } else return item;
    if (s[this.i] === '?') this.i++;
    if (item.assertion) throw new Unreadable();
    return { src: item.src + s.slice(from, this.i), max };
  }
}
