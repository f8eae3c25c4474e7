import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import type { SourceClaim } from './types.js';
import { newScan } from './scan.js';
import { isZeroWidth, seenClaims } from './zero-width.js';

/** An escape left in a JSON Lines record's string (\", \n, \u0022): escapes of other characters are written out in `raw`. */
const JSON_ESCAPE = /\\(?:u[0-9a-fA-F]{4}|[^])/gu;

/**
 * The credits in a headline field the text does not show: a JSON Lines `title`/`标题` or a front
 * matter `title:` that carries its credit as some CMS exports write it (敦煌莫高窟数字化成果亮相
 * （来源：国际在线）), read as the same headline's line over a text is, spans those of the field in
 * the file. A Markdown `#` headline or an HTML <title> is in the text and read with it.
 */
export function titleFieldCredits(doc: Document): SourceClaim[] {
  const field = titleFieldShown(doc);
  if (!field) return [];
  const shift = (s: Span): Span => ({ start: s.start + field.start, end: s.end + field.start });
  return seenClaims(newScan(field.text)).map((c) => ({ ...c, span: shift(c.span), line: { ...c.line, span: shift(c.line.span) }, field: 'title' }));
}

/**
 * A headline field the text does not show, as it reads (a JSON escape left in `raw` the character,
 * padded to the escape's length), and the offset in the file where it starts; undefined where the
 * document has none.
 */
export function titleFieldShown(doc: Document): { text: string; start: number } | undefined {
  const span = doc.fieldSpans.title;
  if ((doc.format !== 'jsonl' && doc.format !== 'markdown') || !span || span.end <= span.start) return undefined;
  if (/\S/u.test(doc.text.slice(span.start, span.end))) return undefined;
  const written = doc.raw.slice(span.start, span.end);
  return { text: doc.format === 'jsonl' ? withoutEscapes(written) : written, start: span.start };
}

/**
 * The string as it reads, each escape the character it stands for (a control character a space) padded to its length,
 * so offsets stay the file's; a zero-width one (\u200b) repeated to it, so it reads as nothing still.
 */
function withoutEscapes(written: string): string {
  return written.replace(JSON_ESCAPE, (escape) => {
    const c = escape[1] === 'u' ? String.fromCharCode(parseInt(escape.slice(2), 16)) : escape[1];
    if (isZeroWidth(c)) return c.repeat(escape.length);
    const shown = 'nrtbf'.includes(escape[1]) || /\p{Cc}/u.test(c) ? ' ' : c;
    return shown.padEnd(escape.length, ' ');
  });
}
