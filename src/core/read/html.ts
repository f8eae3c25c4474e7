import type { Handler, Parser } from 'htmlparser2';
import { htmlParser } from './parsers.js';
import type { DocFields, Document } from './types.js';
import type { Span } from '../shared/types.js';
import { emptyFields, fieldOf, setField, trimSpan } from './fields.js';
import { TextBuilder } from './text-builder.js';
import { decodedReferences } from './html-decoded.js';
import { lazy } from '../shared/once-per.js';

/** Elements whose contents a reader never sees. `head` is hidden except its `title`. */
const HIDDEN = new Set(['script', 'style', 'nav', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);
/** What may stand in <head>; anything else means the page forgot its </head>. */
const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
/** Elements holding a page's headline: <title> in its head, <h1> in its body. */
const HEADINGS = new Set(['title', 'h1']);
/** Not td or th: a row's cells read as one line, as the page shows them (<td>来源：</td><td>国际在线</td>). */
const BLOCK = new Set(
  ('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr ' +
    'li main ol p pre section table title tr ul').split(' '),
);
/** <meta> names and properties beyond the plain field names (source, 来源, author, ...). */
const META: Record<string, keyof DocFields> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'og:url': 'url',
  'article:author': 'author',
  'og:article:author': 'author',
  'dc.creator': 'author',
  'article:source': 'source',
  'og:source': 'source',
  publishdate: 'date',
  pubdate: 'date',
  publish_date: 'date',
  'article:published_time': 'date',
  'og:release_date': 'date',
  'dc.date': 'date',
};

/** An HTML page as one document: the visible text in place, the rest blanked. */
export function readHtml(source: string, path: string): { documents: Document[]; errors: [] } {
  const decoded = decodedReferences(source);
  const raw = decoded ? decoded.raw : source;
  const reader = new HtmlReader(raw);
  new (offsetParser())(reader, raw).end(raw);
  const text = reader.out.toString();
  const document: Document = {
    path,
    format: 'html',
    raw,
    text,
    lineOffset: 0,
    ...reader.fields(),
    headings: reader.headings.map((s) => trimSpan(text, s.start, s.end)).filter((s) => s.end > s.start),
    ...(decoded && { escaped: decoded.escaped }),
  };
  return { documents: [document], errors: [] };
}

/**
 * Where an HTML page's <table> elements stand in its text, tags included, innermost first where
 * they nest (a table the page never closes ends with it). Read again from `raw` when asked: a
 * Document does not hold them, so the index's records stay as they are.
 */
export function htmlTables(raw: string): Span[] {
  const reader = new HtmlReader(raw);
  new (offsetParser())(reader, raw).end(raw);
  return reader.tables;
}

interface MetaValue {
  field: keyof DocFields;
  value: string;
  span?: Span;
}

class HtmlReader implements Partial<Handler> {
  readonly out: TextBuilder;
  parser: Parser | undefined;
  /** Spans of the current tag's attribute values, by attribute name. */
  attributeSpans = new Map<string, Span>();
  private readonly hidden: string[] = [];
  private inTitle = false;
  private title: { value: string; start: number; end: number } | undefined;
  private readonly metas: MetaValue[] = [];
  /** How many <title> and <h1> elements are open, and the visible text read in the outermost so far. */
  private openHeadings = 0;
  private heading: Span | undefined;
  /** The visible text of each <title> and <h1>, as read: untrimmed. */
  readonly headings: Span[] = [];
  /** Where each <table> element stands, its tags included, and where the tables still open began. */
  readonly tables: Span[] = [];
  private readonly openTables: number[] = [];

  constructor(private readonly raw: string) {
    this.out = new TextBuilder(raw, true);
  }

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.boundary(name);
    if (!HEAD_CONTENT.has(name) && this.hidden.includes('head')) this.hidden.splice(this.hidden.indexOf('head'), 1);
    if (HIDDEN.has(name)) this.hidden.push(name);
    if (name === 'title' && !this.title) this.inTitle = true;
    if (HEADINGS.has(name)) this.openHeadings++;
    if (name === 'meta') this.meta(attribs);
    if (name === 'table' && this.parser) this.openTables.push(this.parser.startIndex);
    if (name === 'link' && attribs.rel?.toLowerCase() === 'canonical' && attribs.href) {
      this.metas.push({ field: 'url', value: attribs.href.trim(), span: this.attributeSpans.get('href') });
    }
    this.attributeSpans = new Map();
  }

  onclosetag(name: string): void {
    this.boundary(name);
    const at = this.hidden.lastIndexOf(name);
    if (at >= 0) this.hidden.splice(at, 1);
    if (name === 'title') this.inTitle = false;
    const table = name === 'table' ? this.openTables.pop() : undefined;
    if (table !== undefined && this.parser) this.tables.push({ start: table, end: this.parser.endIndex + 1 });
    if (HEADINGS.has(name) && this.openHeadings > 0 && --this.openHeadings === 0 && this.heading) {
      this.headings.push(this.heading);
      this.heading = undefined;
    }
  }

  /** A run of text, or (with `value`) an entity, at raw[start, end). */
  text(start: number, end: number, value?: string): void {
    const visible = this.hidden.length === 0 || (this.inTitle && this.hidden.every((h) => h === 'head'));
    if (!visible) return;
    if (value === undefined) this.out.keep(start, end);
    else this.out.replace(start, end, value);
    if (this.openHeadings > 0) this.heading = { start: this.heading?.start ?? start, end };
    if (this.inTitle) {
      const piece = value ?? this.raw.slice(start, end);
      this.title = this.title
        ? { value: this.title.value + piece, start: this.title.start, end }
        : { value: piece, start, end };
    }
  }

  fields(): ReturnType<typeof emptyFields> {
    const set = emptyFields();
    if (this.title) {
      setField(set, 'title', this.title.value.replace(/\s+/g, ' ').trim(), trimSpan(this.raw, this.title.start, this.title.end));
    }
    for (const m of this.metas) setField(set, m.field, m.value, m.span);
    return set;
  }

  private meta(attribs: Record<string, string>): void {
    for (const key of ['name', 'property', 'itemprop']) {
      const name = attribs[key]?.trim().toLowerCase();
      const field = name === undefined ? undefined : (fieldOf(name) ?? (Object.hasOwn(META, name) ? META[name] : undefined));
      if (field && attribs.content !== undefined) {
        this.metas.push({ field, value: attribs.content.trim(), span: this.contentSpan() });
        return;
      }
    }
  }

  private contentSpan(): Span | undefined {
    const span = this.attributeSpans.get('content');
    return span && trimSpan(this.raw, span.start, span.end);
  }

  private boundary(name: string): void {
    if (BLOCK.has(name) && this.parser) this.out.boundary(this.parser.startIndex);
  }
}

/**
 * How deep elements nest before a new one closes the innermost, as Chromium's parser does at 512.
 * htmlparser2 pushes each open element onto the front of an array, so a page of tags never
 * closed (`<b>` 50,000 times) cost the square of its length.
 */
const MAX_DEPTH = 512;

/** htmlparser2 12's open elements (innermost first) and how it closes the innermost. */
interface OpenElements {
  stack: string[];
  popElement(implied: boolean): void;
}

const offsetParser = lazy(() => offsetParserOf(htmlParser().Parser));

/** htmlparser2's Parser, telling the reader where each piece of text and attribute value stands (made once htmlparser2 is loaded). */
function offsetParserOf(Base: typeof Parser) {
  return class OffsetParser extends Base {
    private attribute = '';

    constructor(
      private readonly reader: HtmlReader,
      private readonly raw: string,
    ) {
      super(reader, { decodeEntities: true });
    }

    override onopentagname(start: number, endIndex: number): void {
      const open = this as unknown as OpenElements;
      if (open.stack.length >= MAX_DEPTH) open.popElement(true);
      super.onopentagname(start, endIndex);
    }

    override ontext(start: number, endIndex: number): void {
      this.reader.text(start, endIndex);
      super.ontext(start, endIndex);
    }

    override ontextentity(cp: number, endIndex: number): void {
      // Parser.startIndex is where the previous event ended: here, where the entity begins.
      this.reader.text(this.startIndex, endIndex, String.fromCodePoint(cp));
      super.ontextentity(cp, endIndex);
    }

    override onattribname(start: number, endIndex: number): void {
      this.attribute = this.raw.slice(start, endIndex).toLowerCase();
      super.onattribname(start, endIndex);
    }

    override onattribdata(start: number, endIndex: number): void {
      const spans = this.reader.attributeSpans;
      const known = spans.get(this.attribute);
      spans.set(this.attribute, { start: known?.start ?? start, end: endIndex });
      super.onattribdata(start, endIndex);
    }
  };
}
