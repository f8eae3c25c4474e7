import { ENTITY, entityValue } from './entities.js';
import { writtenOut, type WrittenOut } from './written-out.js';

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
  const out = writtenOut(source, wideReferences(source));
  return out && { raw: out.text, escaped: out.escaped };
}

/** The numeric references of non-ASCII, non-C1 characters in `source`, in order. */
function* wideReferences(source: string): Generator<WrittenOut> {
  for (const m of source.matchAll(ENTITY)) {
    const value = m[1][0] === '#' ? entityValue(m[1]) : undefined;
    if (value !== undefined && (value.codePointAt(0) ?? 0) >= 0xa0) yield { start: m.index, end: m.index + m[0].length, value };
  }
}
