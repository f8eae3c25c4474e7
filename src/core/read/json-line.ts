import type { Span } from '../shared/types.js';

/** An escape inside a JSON string: where it stands in the line and the text it stands for. */
export interface Escape extends Span {
  value: string;
}

/** A JSON string; `span` is its contents, between the quotes. */
export interface JsonString {
  kind: 'string';
  span: Span;
  value: string;
  escapes: Escape[];
}

export type JsonNode =
  | { kind: 'object'; span: Span; entries: { key: string; value: JsonNode }[] }
  | { kind: 'array'; span: Span; items: JsonNode[] }
  | JsonString
  | { kind: 'number' | 'literal'; span: Span; value: string };

export type JsonResult = { ok: true; value: JsonNode } | { ok: false; offset: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 256;
const QUOTE = 0x22;
/** A JSON number, matched where the scanner stands (sticky), not on a copy of the rest of the line. */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const BACKSLASH = 0x5c;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses one line of JSON, keeping where every value stands; errors give the offset. */
export function parseJsonLine(line: string): JsonResult {
  const scanner = new Scanner(line);
  try {
    scanner.space();
    const value = scanner.value(0);
    scanner.space();
    if (scanner.pos < line.length) scanner.fail('unexpected text after the JSON value');
    return { ok: true, value };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, offset: e.offset, message: e.message };
    throw e;
  }
}

class Scanner {
  pos = 0;

  constructor(private readonly s: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(at, message);
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.s[this.pos] ?? '')) this.pos++;
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    const c = this.s[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return { kind: 'literal', span: { start: this.pos - word.length, end: this.pos }, value: word };
      }
    }
    return this.fail(c === undefined ? 'unexpected end of line' : `unexpected character '${c}'`);
  }

  private expect(c: string, what: string): void {
    if (this.s[this.pos] !== c) this.fail(`expected ${what}`);
    this.pos++;
  }

  private object(depth: number): JsonNode {
    const entries: { key: string; value: JsonNode }[] = [];
    const span = this.list('}', 'property value', () => {
      if (this.s[this.pos] !== '"') this.fail('expected a property name in double quotes');
      const key = this.string().value;
      this.space();
      this.expect(':', "':' after the property name");
      this.space();
      entries.push({ key, value: this.value(depth + 1) });
    });
    return { kind: 'object', span, entries };
  }

  private array(depth: number): JsonNode {
    const items: JsonNode[] = [];
    const span = this.list(']', 'array item', () => items.push(this.value(depth + 1)));
    return { kind: 'array', span, items };
  }

  /** An object or array: items read by `item`, separated by commas, up to `close`. */
  private list(close: string, what: string, item: () => void): Span {
    const start = this.pos++;
    this.space();
    if (this.s[this.pos] !== close) {
      for (;;) {
        item();
        this.space();
        if (this.s[this.pos] === close) break;
        this.expect(',', `',' or '${close}' after the ${what}`);
        this.space();
      }
    }
    this.pos++;
    return { start, end: this.pos };
  }

  private number(): JsonNode {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail('invalid number');
    const start = this.pos;
    this.pos += m[0].length;
    return { kind: 'number', span: { start, end: this.pos }, value: m[0] };
  }

  private string(): JsonString {
    const { s } = this;
    const start = ++this.pos;
    const escapes: Escape[] = [];
    let value = '';
    for (;;) {
      // a run of plain characters taken at once (charCodeAt past the end is NaN, which ends it)
      const run = this.pos;
      let c = s.charCodeAt(run);
      while (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) c = s.charCodeAt(++this.pos);
      if (this.pos > run) value += s.slice(run, this.pos);
      if (this.pos >= s.length) this.fail('unterminated string', start - 1);
      if (c === QUOTE) break;
      if (c < 0x20) this.fail('control character in string: write it as an escape');
      const escape = this.escape();
      escapes.push(escape);
      value += escape.value;
    }
    this.pos++;
    return { kind: 'string', span: { start, end: this.pos - 1 }, value, escapes };
  }

  private escape(): Escape {
    const start = this.pos;
    const c = this.s[start + 1];
    if (c !== undefined && Object.hasOwn(SIMPLE_ESCAPES, c)) {
      this.pos += 2;
      return { start, end: this.pos, value: SIMPLE_ESCAPES[c] };
    }
    if (c !== 'u') this.fail(`invalid escape '\\${c ?? ''}'`);
    let value = this.hex4(start);
    this.pos = start + 6;
    // A surrogate pair written as two escapes is one character.
    const high = value.charCodeAt(0);
    if (high >= 0xd800 && high <= 0xdbff && this.s.startsWith('\\u', this.pos)) {
      const low = this.hex4(this.pos);
      if (low.charCodeAt(0) >= 0xdc00 && low.charCodeAt(0) <= 0xdfff) {
        value += low;
        this.pos += 6;
      }
    }
    return { start, end: this.pos, value };
  }

  private hex4(at: number): string {
    const hex = this.s.slice(at + 2, at + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape: four hexadecimal digits must follow', at);
    return String.fromCharCode(parseInt(hex, 16));
  }
}
