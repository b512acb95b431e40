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

export function translateGoRegex(pattern: string, options: Options = {}): TranslatedRegex {
  let src = pattern;
  let globalI = false;
  // A leading flag group applies to the whole pattern: `i` maps to the engine's flag.
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  let leadFlags = '';
  if (lead) {
    leadFlags = lead[1]!;
    src = src.slice(lead[0].length);
    if (leadFlags.includes('i') && !options.noFlags) globalI = true;
  }
  const stack: Flags[] = [];
  let flags: Flags = { i: leadFlags.includes('i'), s: leadFlags.includes('s'), m: leadFlags.includes('m') };
  if (leadFlags.includes('U')) throw new UntranslatableRegex('the (?U) ungreedy flag has no JavaScript equivalent');
  let out = '';
  let groups = 0;
  let i = 0;
  const n = src.length;

  const applyFlagString = (spec: string, target: Flags): void => {
    let on = true;
    for (const c of spec) {
      if (c === '-') {
        on = false;
        continue;
      }
      if (c === 'U') throw new UntranslatableRegex('the (?U) ungreedy flag has no JavaScript equivalent');
      if (c !== 'i' && c !== 's' && c !== 'm') throw new UntranslatableRegex(`unknown flag "${c}"`);
      if (c === 'i' && !on && globalI) throw new UntranslatableRegex('(?-i) inside a pattern that starts with (?i)');
      target[c] = on;
    }
  };

  const escape = (inClass: boolean): string => {
    // at src[i] === '\\'
    const c = src[i + 1];
    if (c === undefined) throw new UntranslatableRegex('trailing backslash');
    i += 2;
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
      case 'Q': {
        const end = src.indexOf('\\E', i);
        const text = end === -1 ? src.slice(i) : src.slice(i, end);
        i = end === -1 ? n : end + 2;
        return [...text].map((ch) => (inClass ? classChar(ch) : literal(ch, flags, globalI))).join('');
      }
      case 'x': {
        if (src[i] === '{') {
          const close = src.indexOf('}', i);
          if (close === -1) throw new UntranslatableRegex('unterminated \\x{…}');
          const value = parseInt(src.slice(i + 1, close), 16);
          i = close + 1;
          if (Number.isNaN(value)) throw new UntranslatableRegex('bad \\x{…} escape');
          if (value <= 0x7f) return hex2(value);
          if (inClass) throw new UntranslatableRegex('non-ASCII characters inside a character class');
          return [...Buffer.from(String.fromCodePoint(value), 'utf8')].map(hex2).join('');
        }
        const h = src.slice(i, i + 2);
        i += 2;
        return `\\x${h}`;
      }
      default:
        if (/[0-7]/.test(c)) {
          // Go has no backreferences: \1 … \377 are octal escapes.
          let digits = c;
          while (digits.length < 3 && /[0-7]/.test(src[i] ?? '')) digits += src[i++];
          const value = parseInt(digits, 8);
          if (value > 0xff) throw new UntranslatableRegex(`octal escape \\${digits} is out of range`);
          return hex2(value);
        }
        if (!inClass && flags.i && !globalI && /[A-Za-z]/.test(c) && !/[bBdDsSwWfnrtv]/.test(c)) {
          return literal(c, flags, globalI);
        }
        return `\\${c}`;
    }
  };

  function classChar(ch: string): string {
    if (ch.codePointAt(0)! > 0x7f) throw new UntranslatableRegex('non-ASCII characters inside a character class');
    return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
  }

  const charClass = (): string => {
    // at src[i] === '['
    i++;
    let negated = false;
    if (src[i] === '^') {
      negated = true;
      i++;
    }
    // `[[:^alpha:]]` as the whole class is a negated POSIX class.
    const soleNegPosix = /^\[:\^([a-z]+):\]\]/.exec(src.slice(i));
    if (soleNegPosix && !negated) {
      const body = POSIX[soleNegPosix[1]!];
      if (!body) throw new UntranslatableRegex(`unknown POSIX class [:^${soleNegPosix[1]}:]`);
      i += soleNegPosix[0].length;
      return `[^${body}]`;
    }
    let body = '';
    let extra = '';
    let first = true;
    let prevCode: number | undefined;
    let extraBeforePrev = 0;
    while (i < n && (src[i] !== ']' || first)) {
      first = false;
      const ch = src[i]!;
      if (ch === '[' && src[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
        if (m) {
          if (m[1]) throw new UntranslatableRegex(`negated POSIX class [:^${m[2]}:] inside a larger class`);
          const posix = POSIX[m[2]!];
          if (!posix) throw new UntranslatableRegex(`unknown POSIX class [:${m[2]}:]`);
          body += posix;
          i += m[0].length;
          prevCode = undefined;
          continue;
        }
      }
      if (ch === '-' && prevCode !== undefined && src[i + 1] !== ']' && i + 1 < n) {
        // A range prevCode-hi.
        i++;
        let hiText: string;
        let hiCode: number;
        if (src[i] === '\\') {
          const esc = escape(true);
          const m = /^\\x([0-9A-Fa-f]{2})$/.exec(esc);
          hiCode = m ? parseInt(m[1]!, 16) : esc.length === 2 ? esc.charCodeAt(1) : NaN;
          hiText = esc;
        } else {
          hiText = classChar(src[i]!);
          hiCode = src.charCodeAt(i);
          i++;
        }
        body += `-${hiText}`;
        if (flags.i && !globalI && !Number.isNaN(hiCode))
          extra = extra.slice(0, extraBeforePrev) + otherCase(prevCode, hiCode);
        prevCode = undefined;
        continue;
      }
      if (ch === '\\') {
        const before = i;
        const esc = escape(true);
        body += esc;
        const m = /^\\x([0-9A-Fa-f]{2})$/.exec(esc);
        const lit = src.slice(before + 1, i);
        prevCode = m ? parseInt(m[1]!, 16) : /^[^A-Za-z0-9]$/.test(lit) ? lit.charCodeAt(0) : undefined;
        extraBeforePrev = extra.length;
        if (flags.i && !globalI && prevCode !== undefined) extra += otherCase(prevCode, prevCode);
        continue;
      }
      body += classChar(ch);
      prevCode = ch.charCodeAt(0);
      extraBeforePrev = extra.length;
      if (flags.i && !globalI) extra += otherCase(prevCode, prevCode);
      i++;
    }
    if (i >= n) throw new UntranslatableRegex('unterminated character class');
    i++; // ]
    return `[${negated ? '^' : ''}${body}${extra}]`;
  };

  while (i < n) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += escape(false);
      continue;
    }
    if (ch === '[') {
      out += charClass();
      continue;
    }
    if (ch === '(') {
      if (src[i + 1] === '?') {
        const rest = src.slice(i + 2);
        const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (named) {
          groups++;
          stack.push(flags);
          flags = { ...flags };
          i += 2 + named[0].length;
          out += groups === options.secretGroup ? '(?<secret>' : `(?<${named[1]}>`;
          continue;
        }
        const flagGroup = /^([imsU-]*)(:|\))/.exec(rest);
        if (flagGroup && (flagGroup[1] || flagGroup[2] === ':')) {
          i += 2 + flagGroup[0].length;
          if (flagGroup[2] === ')') {
            // (?flags): applies to the rest of the enclosing group.
            applyFlagString(flagGroup[1]!, flags);
            continue;
          }
          stack.push(flags);
          flags = { ...flags };
          applyFlagString(flagGroup[1]!, flags);
          out += '(?:';
          continue;
        }
        throw new UntranslatableRegex(`unsupported group syntax "(?${rest.slice(0, 3)}…"`);
      }
      groups++;
      stack.push(flags);
      flags = { ...flags };
      i++;
      out += groups === options.secretGroup ? '(?<secret>' : '(';
      continue;
    }
    if (ch === ')') {
      flags = stack.pop() ?? flags;
      out += ')';
      i++;
      continue;
    }
    if (ch === '.') {
      out += flags.s ? '[\\s\\S]' : '.';
      i++;
      continue;
    }
    if (ch === '^') {
      out += flags.m ? '(?<![^\\n])' : '^';
      i++;
      continue;
    }
    if (ch === '$') {
      out += flags.m ? '(?![^\\n])' : '$';
      i++;
      continue;
    }
    if ('*+?{}|'.includes(ch)) {
      out += ch;
      i++;
      continue;
    }
    const cp = src.codePointAt(i)!;
    const full = String.fromCodePoint(cp);
    out += literal(full, flags, globalI);
    i += full.length;
  }
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
 * A regex for places that take no flags (allowlists): a leading `(?i)` is expanded into the
 * pattern instead of becoming a flag.
 */
export function translateGoRegexNoFlags(pattern: string): string {
  return translateGoRegex(pattern, { noFlags: true }).source;
}
