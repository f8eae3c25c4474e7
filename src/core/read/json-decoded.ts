import type { Escape, JsonNode } from './json-line.js';

/**
 * A JSON line with each \uXXXX escape of a non-ASCII character (Python's json.dumps writes every
 * Chinese character so) replaced by that character: the same JSON, read as if written in UTF-8,
 * so that an escaped record reads exactly as the same record written plainly (an escape padded
 * to six columns would split 来源 into 来 and 源). `escaped`: see Document.escaped; undefined when
 * the line has no such escape. Escapes of ASCII (\n, \", \u0022) stay: they would change the lines
 * or the JSON.
 */
export function decodedLine(source: string, record: JsonNode): { line: string; escaped: number[] } | undefined {
  const wide = escapesOf(record).filter(isWide);
  if (wide.length === 0) return undefined;
  const parts: string[] = [];
  const escaped: number[] = [];
  let from = 0;
  let decodedAt = 0;
  let saved = 0;
  for (const e of wide) {
    parts.push(source.slice(from, e.start), e.value);
    decodedAt += e.start - from;
    // columns count code points: a pair of escapes (12 columns) is one character
    saved += e.end - e.start - 1;
    escaped.push(decodedAt, saved);
    decodedAt += e.value.length;
    from = e.end;
  }
  parts.push(source.slice(from));
  return { line: parts.join(''), escaped };
}

/** A character not in ASCII, not half of a surrogate pair written alone. */
function isWide(e: Escape): boolean {
  const c = e.value.charCodeAt(0);
  return c >= 0x80 && (e.value.length === 2 || c < 0xd800 || c > 0xdfff);
}

/** The escapes of every string value in the record, in order. */
function escapesOf(node: JsonNode): Escape[] {
  if (node.kind === 'string') return node.escapes;
  if (node.kind === 'object') return node.entries.flatMap((e) => escapesOf(e.value));
  if (node.kind === 'array') return node.items.flatMap(escapesOf);
  return [];
}
