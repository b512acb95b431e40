/**
 * Translates Go RE2 regexes (what gitleaks configs hold) to the JavaScript dialect tokguard's
 * engine compiles (no flags except an optional whole-pattern `i`; matched against latin1-decoded
 * bytes). What has an exact equivalent is rewritten; what has none is reported, never guessed:
 *
 * - `(?i)` at the start → `caseInsensitive`; `(?i)`/`(?i:…)` elsewhere → letters expanded to `[aA]`
 * - `(?s)` → `.` becomes `[\s\S]`; `(?m)` → `^`/`$` become line-boundary lookarounds
 * - `(?P<name>…)` → `(?<name>…)`; `\z` → `$`; `\A` → `^`; `\Q…\E` → escaped literal
 * - `[[:alpha:]]` and the other POSIX classes → explicit ranges; `\x{41}` → `\x41`; octal → `\xHH`
 * - non-ASCII literals → their UTF-8 bytes (the engine matches bytes)
 * - unsupported (reported): `(?U)`, `\p{…}`/`\pL`, `\C`, negated POSIX classes inside a larger
 *   class, non-ASCII characters inside a class, turning `i` off under a leading `(?i)`.
 */

export interface TranslatedRegex {
  source: string;
  caseInsensitive: boolean;
  /** Capture groups in the translated pattern (named ones included). */
  groups: number;
}

export class UntranslatableRegex extends Error {}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

interface Flags {
  i: boolean;
  s: boolean;
  m: boolean;
}

interface Options {
  /** Rename capture group N (1-based) to `(?<secret>…)`. */
  secretGroup?: number;
  /** Never return `caseInsensitive`: expand a leading `(?i)` into the pattern. */
  noFlags?: boolean;
}

function hex2(n: number): string {
  return `\\x${n.toString(16).padStart(2, '0').toUpperCase()}`;
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(ch) ? `\\${ch}` : ch;
}

/** One literal character (outside a class) under the current flags. */
function literal(ch: string, flags: Flags, globalI: boolean): string {
  const code = ch.codePointAt(0)!;
  if (code > 0x7f) {
    return [...Buffer.from(ch, 'utf8')].map(hex2).join('');
  }
  if (flags.i && !globalI && /[A-Za-z]/.test(ch)) return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
  return escapeLiteral(ch);
}

/** Swapped-case counterpart of a class range, as extra class text. */
function otherCase(lo: number, hi: number): string {
  let extra = '';
  const part = (a: number, b: number, shift: number): void => {
    const from = Math.max(lo, a);
    const to = Math.min(hi, b);
    if (from > to) return;
    const f = String.fromCharCode(from + shift);
    const t = String.fromCharCode(to + shift);
    extra += from === to ? f : `${f}-${t}`;
  };
  part(0x61, 0x7a, -32); // a-z → A-Z
  part(0x41, 0x5a, 32); // A-Z → a-z
  return extra;
}

/** A character inside a class, escaped where the class syntax needs it. ASCII only: the engine matches bytes. */
function classChar(ch: string): string {
  if (ch.codePointAt(0)! > 0x7f) throw new UntranslatableRegex('non-ASCII characters inside a character class');
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

const UNGREEDY = 'the (?U) ungreedy flag has no JavaScript equivalent';

export function translateGoRegex(pattern: string, options: Options = {}): TranslatedRegex {
  // A leading flag group applies to the whole pattern: `i` maps to the engine's flag.
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  const leadFlags = lead ? lead[1]! : '';
  const globalI = leadFlags.includes('i') && !options.noFlags;
  const flags: Flags = { i: leadFlags.includes('i'), s: leadFlags.includes('s'), m: leadFlags.includes('m') };
  if (leadFlags.includes('U')) throw new UntranslatableRegex(UNGREEDY);
  const translator = new GoRegexTranslator(
    lead ? pattern.slice(lead[0].length) : pattern,
    globalI,
    flags,
    options.secretGroup,
  );
  const out = translator.translate();
  const { groups } = translator;
  if (options.secretGroup !== undefined && options.secretGroup > groups) {
    throw new UntranslatableRegex(`secretGroup ${options.secretGroup} but the pattern has only ${groups} group(s)`);
  }
  try {
    new RegExp(out, globalI ? 'i' : '');
  } catch (e) {
    throw new UntranslatableRegex(`the translation does not compile: ${(e as Error).message}`);
  }
  return { source: out, caseInsensitive: globalI, groups };
}

/**
 * One left-to-right pass over a pattern (its leading flag group already taken off). `i` is the
 * read position; `flags` are the flags in force, and `stack` holds the enclosing groups' flags,
 * restored at each `)`. Each method reads one construct at `i` and returns its translation.
 */
class GoRegexTranslator {
  /** Capture groups seen so far (named ones included). */
  groups = 0;
  private i = 0;
  private readonly stack: Flags[] = [];

  constructor(
    private readonly src: string,
    /** The pattern is matched case-insensitively as a whole (the engine's flag does the work). */
    private readonly globalI: boolean,
    private flags: Flags,
    private readonly secretGroup: number | undefined,
  ) {}

  translate(): string {
    let out = '';
    while (this.i < this.src.length) out += this.next();
    return out;
  }

  /** An escape, a class, a group bracket, an anchor, an operator or a literal. */
  private next(): string {
    const ch = this.src[this.i]!;
    switch (ch) {
      case '\\':
        return this.escape(false);
      case '[':
        return this.charClass();
      case '(':
        return this.openGroup();
      case ')':
        this.flags = this.stack.pop() ?? this.flags;
        this.i++;
        return ')';
      case '.':
        this.i++;
        return this.flags.s ? '[\\s\\S]' : '.';
      case '^':
        this.i++;
        return this.flags.m ? '(?<![^\\n])' : '^';
      case '$':
        this.i++;
        return this.flags.m ? '(?![^\\n])' : '$';
    }
    if ('*+?{}|'.includes(ch)) {
      this.i++;
      return ch;
    }
    const full = String.fromCodePoint(this.src.codePointAt(this.i)!);
    this.i += full.length;
    return literal(full, this.flags, this.globalI);
  }

  /** A group's flags start as a copy of the enclosing ones; `)` restores those. */
  private enterGroup(): void {
    this.stack.push(this.flags);
    this.flags = { ...this.flags };
  }

  /** At `(`: a capture group, a named one, a flag group `(?i:…)`, or flags for the rest `(?i)`. */
  private openGroup(): string {
    if (this.src[this.i + 1] !== '?') {
      this.groups++;
      this.enterGroup();
      this.i++;
      return this.groups === this.secretGroup ? '(?<secret>' : '(';
    }
    const rest = this.src.slice(this.i + 2);
    const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
    if (named) {
      this.groups++;
      this.enterGroup();
      this.i += 2 + named[0].length;
      return this.groups === this.secretGroup ? '(?<secret>' : `(?<${named[1]}>`;
    }
    const flagGroup = /^([imsU-]*)(:|\))/.exec(rest);
    if (flagGroup && (flagGroup[1] || flagGroup[2] === ':')) {
      this.i += 2 + flagGroup[0].length;
      if (flagGroup[2] === ')') {
        // (?flags): applies to the rest of the enclosing group.
        this.applyFlags(flagGroup[1]!);
        return '';
      }
      this.enterGroup();
      this.applyFlags(flagGroup[1]!);
      return '(?:';
    }
    throw new UntranslatableRegex(`unsupported group syntax "(?${rest.slice(0, 3)}…"`);
  }

  /** Sets (or, after `-`, clears) flags in the current group. */
  private applyFlags(spec: string): void {
    let on = true;
    for (const c of spec) {
      if (c === '-') {
        on = false;
        continue;
      }
      if (c === 'U') throw new UntranslatableRegex(UNGREEDY);
      if (c !== 'i' && c !== 's' && c !== 'm') throw new UntranslatableRegex(`unknown flag "${c}"`);
      if (c === 'i' && !on && this.globalI)
        throw new UntranslatableRegex('(?-i) inside a pattern that starts with (?i)');
      this.flags[c] = on;
    }
  }

  /** At `\`: the escape's translation, inside a class or not. */
  private escape(inClass: boolean): string {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new UntranslatableRegex('trailing backslash');
    this.i += 2;
    const { flags, globalI } = this;
    switch (c) {
      case 'z':
        if (inClass) throw new UntranslatableRegex('\\z inside a character class');
        return flags.m ? '(?![\\s\\S])' : '$';
      case 'A':
        if (inClass) throw new UntranslatableRegex('\\A inside a character class');
        return flags.m ? '(?<![\\s\\S])' : '^';
      case 'a':
        return '\\x07';
      case 'C':
        throw new UntranslatableRegex('\\C (any byte) has no JavaScript equivalent');
      case 'p':
      case 'P':
        throw new UntranslatableRegex(`Unicode classes (\\${c}…) are not supported by the engine`);
      case 'Q':
        return this.quoted(inClass);
      case 'x':
        return this.hexEscape(inClass);
    }
    if (/[0-7]/.test(c)) return this.octalEscape(c);
    if (!inClass && flags.i && !globalI && /[A-Za-z]/.test(c) && !/[bBdDsSwWfnrtv]/.test(c)) {
      return literal(c, flags, globalI);
    }
    return `\\${c}`;
  }

  /** After `\Q`: literal text up to `\E` (or the end). */
  private quoted(inClass: boolean): string {
    const end = this.src.indexOf('\\E', this.i);
    const text = end === -1 ? this.src.slice(this.i) : this.src.slice(this.i, end);
    this.i = end === -1 ? this.src.length : end + 2;
    return [...text].map((ch) => (inClass ? classChar(ch) : literal(ch, this.flags, this.globalI))).join('');
  }

  /** After `\x`: `\x{…}` (any code point) or two hex digits. */
  private hexEscape(inClass: boolean): string {
    const { src } = this;
    if (src[this.i] === '{') {
      const close = src.indexOf('}', this.i);
      if (close === -1) throw new UntranslatableRegex('unterminated \\x{…}');
      const value = parseInt(src.slice(this.i + 1, close), 16);
      this.i = close + 1;
      if (Number.isNaN(value)) throw new UntranslatableRegex('bad \\x{…} escape');
      if (value <= 0x7f) return hex2(value);
      if (inClass) throw new UntranslatableRegex('non-ASCII characters inside a character class');
      return [...Buffer.from(String.fromCodePoint(value), 'utf8')].map(hex2).join('');
    }
    const h = src.slice(this.i, this.i + 2);
    this.i += 2;
    return `\\x${h}`;
  }

  /** Go has no backreferences: `\1` … `\377` are octal escapes. `first` is the digit read. */
  private octalEscape(first: string): string {
    let digits = first;
    while (digits.length < 3 && /[0-7]/.test(this.src[this.i] ?? '')) digits += this.src[this.i++];
    const value = parseInt(digits, 8);
    if (value > 0xff) throw new UntranslatableRegex(`octal escape \\${digits} is out of range`);
    return hex2(value);
  }

  /**
   * At `[`: a character class. Under a local `(?i)` each letter or range also gets its other
   * case (`extra`, appended at the end of the class).
   */
  private charClass(): string {
    const { src } = this;
    this.i++;
    let negated = false;
    if (src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    // `[[:^alpha:]]` as the whole class is a negated POSIX class.
    const soleNegPosix = /^\[:\^([a-z]+):\]\]/.exec(src.slice(this.i));
    if (soleNegPosix && !negated) {
      const body = POSIX[soleNegPosix[1]!];
      if (!body) throw new UntranslatableRegex(`unknown POSIX class [:^${soleNegPosix[1]}:]`);
      this.i += soleNegPosix[0].length;
      return `[^${body}]`;
    }
    const foldCase = this.flags.i && !this.globalI;
    let body = '';
    let extra = '';
    let first = true;
    /** The last single character added, which a following `-` makes the start of a range. */
    let prevCode: number | undefined;
    let extraBeforePrev = 0;
    while (this.i < src.length && (src[this.i] !== ']' || first)) {
      first = false;
      const ch = src[this.i]!;
      if (ch === '[' && src[this.i + 1] === ':') {
        const posix = this.posixClass();
        if (posix !== undefined) {
          body += posix;
          prevCode = undefined;
          continue;
        }
      }
      if (ch === '-' && prevCode !== undefined && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        const hi = this.rangeEnd();
        body += `-${hi.text}`;
        if (foldCase && !Number.isNaN(hi.code)) extra = extra.slice(0, extraBeforePrev) + otherCase(prevCode, hi.code);
        prevCode = undefined;
        continue;
      }
      if (ch === '\\') {
        const before = this.i;
        const esc = this.escape(true);
        body += esc;
        const m = /^\\x([0-9A-Fa-f]{2})$/.exec(esc);
        const lit = src.slice(before + 1, this.i);
        prevCode = m ? parseInt(m[1]!, 16) : /^[^A-Za-z0-9]$/.test(lit) ? lit.charCodeAt(0) : undefined;
        extraBeforePrev = extra.length;
        if (foldCase && prevCode !== undefined) extra += otherCase(prevCode, prevCode);
        continue;
      }
      body += classChar(ch);
      prevCode = ch.charCodeAt(0);
      extraBeforePrev = extra.length;
      if (foldCase) extra += otherCase(prevCode, prevCode);
      this.i++;
    }
    if (this.i >= src.length) throw new UntranslatableRegex('unterminated character class');
    this.i++; // ]
    return `[${negated ? '^' : ''}${body}${extra}]`;
  }

  /** At `[:` inside a class: a POSIX class's ranges, or undefined if this is not one. */
  private posixClass(): string | undefined {
    const m = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.i));
    if (!m) return undefined;
    if (m[1]) throw new UntranslatableRegex(`negated POSIX class [:^${m[2]}:] inside a larger class`);
    const posix = POSIX[m[2]!];
    if (!posix) throw new UntranslatableRegex(`unknown POSIX class [:${m[2]}:]`);
    this.i += m[0].length;
    return posix;
  }

  /** After the `-` of a range: its upper end, as class text and as a code (NaN if not one character). */
  private rangeEnd(): { text: string; code: number } {
    if (this.src[this.i] === '\\') {
      const esc = this.escape(true);
      const m = /^\\x([0-9A-Fa-f]{2})$/.exec(esc);
      return { text: esc, code: m ? parseInt(m[1]!, 16) : esc.length === 2 ? esc.charCodeAt(1) : NaN };
    }
    const text = classChar(this.src[this.i]!);
    const code = this.src.charCodeAt(this.i);
    this.i++;
    return { text, code };
  }
}

/**
 * A regex for places that take no flags (allowlists): a leading `(?i)` is expanded into the
 * pattern instead of becoming a flag.
 */
export function translateGoRegexNoFlags(pattern: string): string {
  return translateGoRegex(pattern, { noFlags: true }).source;
}
