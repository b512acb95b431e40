/**
 * What a validator is shown of a candidate (see ValidatorContext), worked out part by part when
 * the validator first reads it.
 */
import type { FileKind } from './evidence/file-kind.js';
import type { ValidatorContext } from './validators/index.js';

/** How much of the line on each side of a candidate an evidence scorer is shown. */
export const CONTEXT_BYTES = 200;

/** What the context needs of the scanned file: its kind (worked out on first use) and, for a key store read whole, that store's kind. */
export interface ContextFile {
  readonly kind: FileKind;
  readonly store?: ValidatorContext['storeFile'];
}

/** How much of the start of a text a validator sees as `fileHead`. */
export const FILE_HEAD_BYTES = 4096;

/**
 * What a validator is shown of a candidate: the match's groups, the rest of its line on each side
 * (cut to CONTEXT_BYTES), the kind of file and the start of the text. Built only for rules that
 * have a validator, and each part only when the validator reads it: most candidates are turned
 * down on the secret or one side of it. A class, not an object literal with getters and spreads:
 * V8 builds such a literal through its runtime (about 7 us a candidate, eighteenth round).
 */
export class CandidateContext implements ValidatorContext {
  readonly groups: ValidatorContext['groups'];
  readonly storeFile: ValidatorContext['storeFile'];
  private beforeText: string | undefined;
  private leadText: string | undefined;
  private afterText: string | undefined;
  private lineAboveText: string | undefined;

  /** `at` is where the match starts in `text`; [start, end) is the secret. */
  constructor(
    private readonly text: string,
    private readonly file: ContextFile,
    groups: ValidatorContext['groups'],
    private readonly at: number,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.groups = groups;
    this.storeFile = file.store;
  }

  // The candidate's line, found around it and no further than the context reaches: most
  // candidates are turned down, and building the file's whole line index for each would cost a
  // pass over the file, as would searching a minified line's whole length for its ends.
  get before(): string {
    return (this.beforeText ??= this.text.slice(lineStartWithin(this.text, this.at, CONTEXT_BYTES), this.at));
  }

  get lead(): string {
    return (this.leadText ??= this.text.slice(lineStartWithin(this.text, this.start, CONTEXT_BYTES), this.start));
  }

  get after(): string {
    return (this.afterText ??= this.text.slice(this.end, lineEndWithin(this.text, this.end, CONTEXT_BYTES)));
  }

  get fileKind(): FileKind {
    return this.file.kind;
  }

  get fileHead(): string {
    return this.text.slice(0, FILE_HEAD_BYTES);
  }

  get lineAbove(): string {
    if (this.lineAboveText === undefined) {
      const { text } = this;
      const lineStart = lineStartWithin(text, this.at, CONTEXT_BYTES);
      this.lineAboveText =
        lineStart === 0 ? '' : text.slice(lineStartWithin(text, lineStart - 1, CONTEXT_BYTES), lineStart - 1);
    }
    return this.lineAboveText;
  }
}

/** The start of the line holding `offset`, or `offset - limit` if the line starts before that. */
function lineStartWithin(text: string, offset: number, limit: number): number {
  const floor = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/**
 * The end of the line holding `offset` without its line break or a carriage return (as
 * LineIndex.lineEnd), or `offset + limit` if the line goes on past that.
 */
function lineEndWithin(text: string, offset: number, limit: number): number {
  const ceiling = Math.min(text.length, offset + limit);
  for (let i = offset; i < ceiling; i++)
    if (text.charCodeAt(i) === 10) return i > offset && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
  return ceiling;
}
