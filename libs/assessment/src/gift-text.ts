/**
 * GIFT text with its escapes resolved and each character's source line kept, so the parser
 * can split on the unescaped markup (`{ } ~ = # ::`) and still say on which line of the file
 * a problem sits. Moodle resolves escapes by swapping them for placeholders before parsing
 * (`escapedchar_pre` in question/format/gift/format.php); keeping an `escaped` flag per
 * character does the same without placeholders that an author could type.
 */
interface GiftChar {
  char: string;
  /** Came from a backslash escape: never markup. */
  escaped: boolean;
  /** 1-based line of the file. */
  line: number;
}

/** `\~ \= \# \{ \} \:` and `\\` stand for the character; `\n` (Moodle's export) for a newline. */
const ESCAPES: Readonly<Record<string, string>> = {
  '~': '~',
  '=': '=',
  '#': '#',
  '{': '{',
  '}': '}',
  ':': ':',
  '\\': '\\',
  n: '\n',
};

export interface SourceLine {
  text: string;
  line: number;
}

export class GiftText {
  private constructor(private readonly chars: readonly GiftChar[]) {}

  /** Lines joined by newlines; each newline belongs to the line it ends. */
  static of(lines: readonly SourceLine[]): GiftText {
    const chars: GiftChar[] = [];
    lines.forEach(({ text, line }, index) => {
      for (let i = 0; i < text.length; i += 1) {
        const next = text[i + 1];
        const escape = text[i] === '\\' && next !== undefined ? ESCAPES[next] : undefined;
        if (escape !== undefined) {
          chars.push({ char: escape, escaped: true, line });
          i += 1;
        } else {
          chars.push({ char: text[i]!, escaped: false, line });
        }
      }
      if (index < lines.length - 1) chars.push({ char: '\n', escaped: false, line });
    });
    return new GiftText(chars);
  }

  get length(): number {
    return this.chars.length;
  }

  /** The first unescaped occurrence of `markup` at or after `from`, or -1. */
  indexOf(markup: string, from = 0): number {
    for (let i = from; i + markup.length <= this.chars.length; i += 1) {
      if (this.isMarkupAt(markup, i)) return i;
    }
    return -1;
  }

  /** The last unescaped occurrence of `markup`, or -1 (Moodle's `strrpos` for `####`). */
  lastIndexOf(markup: string): number {
    for (let i = this.chars.length - markup.length; i >= 0; i -= 1) {
      if (this.isMarkupAt(markup, i)) return i;
    }
    return -1;
  }

  /** Whether unescaped `markup` starts at `at`. */
  isMarkupAt(markup: string, at: number): boolean {
    for (let j = 0; j < markup.length; j += 1) {
      const char = this.chars[at + j];
      if (!char || char.escaped || char.char !== markup[j]) return false;
    }
    return true;
  }

  slice(start: number, end = this.chars.length): GiftText {
    return new GiftText(this.chars.slice(start, end));
  }

  trim(): GiftText {
    let start = 0;
    let end = this.chars.length;
    while (start < end && /\s/.test(this.chars[start]!.char)) start += 1;
    while (end > start && /\s/.test(this.chars[end - 1]!.char)) end -= 1;
    return this.slice(start, end);
  }

  /** The unescaped `markup` positions at which to split, e.g. each `~` and `=` of answers. */
  splitBefore(markups: readonly string[]): GiftText[] {
    const parts: GiftText[] = [];
    let start = 0;
    for (let i = 0; i < this.chars.length; i += 1) {
      if (i > start && markups.some((markup) => this.isMarkupAt(markup, i))) {
        parts.push(this.slice(start, i));
        start = i;
      }
    }
    parts.push(this.slice(start));
    return parts;
  }

  /** The line of the first character that is not white space (or of the first at all). */
  line(fallback: number): number {
    const first = this.chars.find((char) => !/\s/.test(char.char)) ?? this.chars[0];
    return first?.line ?? fallback;
  }

  toString(): string {
    return this.chars.map((char) => char.char).join('');
  }
}

/**
 * Plain text made Markdown that renders as typed: punctuation Markdown would read as
 * formatting is backslash-escaped, and so are line starts that would begin a list, a quote or
 * a rule.
 */
export function plainToMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>#~|&]/g, '\\$&')
        .replace(/^(\s*)([-+=])(?=\s|\2|$)/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n');
}

/** Moodle's text formats, named in square brackets before a text: `[markdown]Who…`. */
export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';

export interface FormattedText {
  format: GiftFormat;
  /** Whether the text named its format, rather than taking the question text's. */
  explicit: boolean;
  text: string;
}

/**
 * A text's format prefix, as Moodle's `parse_text_with_format` reads it: only the four names
 * count; any other bracket is part of the text.
 */
export function withFormat(text: string, inherited: GiftFormat): FormattedText {
  const match = /^\[(moodle|html|plain|markdown)\]/.exec(text);
  if (!match) return { format: inherited, explicit: false, text };
  return {
    format: match[1] as GiftFormat,
    explicit: true,
    text: text.slice(match[0].length).trim(),
  };
}
