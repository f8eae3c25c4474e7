import { ENTITY, entityValue } from './entities.js';

/**
 * An HTML page with each numeric reference of a non-ASCII character (&#26469; &#x6e90;, as some
 * CMSes export every Chinese character) replaced by that character: the same page, read
 * as if written in UTF-8 (a reference padded to its length would split 来源 into 来 and 源).
 * `escaped`: see Document.escaped; undefined when the page has no such reference. References of
 * ASCII (&#60;) stay: they would change the markup. C1 codes (&#128;) stay too: HTML reads them
 * as Windows-1252, which the parser does. Named ones (&nbsp; &ldquo;) stay: a page has a few, and
 * excerpts and SARIF snippets show them as written.
 */
export function decodedReferences(source: string): { raw: string; escaped: number[] } | undefined {
  if (!source.includes('&')) return undefined;
  const parts: string[] = [];
  const escaped: number[] = [];
  let from = 0;
  let decodedAt = 0;
  let saved = 0;
  for (const m of source.matchAll(ENTITY)) {
    const value = m[1][0] === '#' ? entityValue(m[1]) : undefined;
    if (value === undefined || (value.codePointAt(0) ?? 0) < 0xa0) continue;
    parts.push(source.slice(from, m.index), value);
    decodedAt += m.index - from;
    // columns count code points: the reference is one character of the read text
    saved += m[0].length - 1;
    escaped.push(decodedAt, saved);
    decodedAt += value.length;
    from = m.index + m[0].length;
  }
  if (escaped.length === 0) return undefined;
  parts.push(source.slice(from));
  return { raw: parts.join(''), escaped };
}
