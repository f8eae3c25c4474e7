import { LineIndex } from './positions.js';
import type { Document, FileError } from './types.js';
import { emptyFields, fieldOf, setField, type FieldSet } from './fields.js';
import { parseJsonLine, type JsonNode, type JsonString } from './json-line.js';
import { splitLines, type Line } from '../shared/lines.js';
import { TextBuilder } from './text-builder.js';
import { decodedLine } from './json-decoded.js';

const TEXT_KEYS = ['text', 'content', 'body', '正文', '内容'];

/** One document per non-empty line; a bad line becomes an error and the others are still read. */
export function readJsonl(raw: string, path: string): { documents: Document[]; errors: FileError[] } {
  const documents: Document[] = [];
  const errors: FileError[] = [];
  for (const line of splitLines(raw)) {
    const source = raw.slice(line.start, line.end);
    if (source.trim() === '') continue;
    const read = readRecord(source, line, path);
    if ('error' in read) errors.push(read.error);
    else documents.push(read.document);
  }
  return { documents, errors };
}

function readRecord(source: string, line: Line, path: string): { document: Document } | { error: FileError } {
  const error = (offset: number, message: string) => ({
    error: { file: path, line: line.number + 1, column: new LineIndex(source).position(offset).column, message },
  });
  const parsed = parseJsonLine(source);
  if (!parsed.ok) {
    return error(
      parsed.offset,
      `not valid JSON: ${parsed.message}. Each line of a JSON Lines file holds one JSON object: fix this line or remove it.`,
    );
  }
  // the decoded line is the same JSON (only escapes of non-ASCII characters written out), so it parses
  const decoded = decodedLine(source, parsed.value);
  const record = decoded ? (parseJsonLine(decoded.line) as { ok: true; value: JsonNode }).value : parsed.value;
  const raw = decoded ? decoded.line : source;
  if (record.kind !== 'object') {
    return error(record.span.start, `expected a JSON object with the article's text, found ${describe(record)}.`);
  }
  const body = TEXT_KEYS.map((key) => record.entries.find((e) => e.key === key)?.value).find(
    (v) => v?.kind === 'string',
  );
  if (!body || body.kind !== 'string') {
    return error(0, `this record has no text: give it a "text", "content" or "body" string.`);
  }
  // an article of no words is an export that lost its body, not an article: said, as a missing text is
  if (!/\S/u.test(body.value)) {
    return error(body.span.start, `this record's text is empty (or white space only): give it the article's text, or remove the line.`);
  }
  const set = recordFields(record.entries);
  const document: Document = {
    path,
    format: 'jsonl',
    raw,
    text: bodyText(raw, body),
    lineOffset: line.number,
    ...set,
    ...(decoded && { escaped: decoded.escaped }),
  };
  return { document };
}

function recordFields(entries: { key: string; value: JsonNode }[]): FieldSet {
  const set = emptyFields();
  for (const { key, value } of entries) {
    const field = fieldOf(key);
    if (!field) continue;
    if (value.kind === 'string') setField(set, field, value.value.trim(), value.span);
    else if (value.kind === 'number') setField(set, field, value.value, value.span);
  }
  return set;
}

/** The line with all but the text string blanked, each escape replaced by what it stands for. */
function bodyText(source: string, body: JsonString): string {
  const out = new TextBuilder(source, true);
  out.keep(body.span.start, body.span.end);
  body.escapes.forEach((escape, i) => {
    // "\r\n" would read as two line breaks once padded apart: the \r becomes a space.
    const crlf = escape.value === '\r' && body.escapes[i + 1]?.start === escape.end && body.escapes[i + 1].value === '\n';
    out.replace(escape.start, escape.end, crlf || escape.value === '\b' || escape.value === '\f' ? ' ' : escape.value);
  });
  return out.toString();
}

function describe(node: JsonNode): string {
  if (node.kind === 'literal') return node.value;
  return node.kind === 'array' ? 'an array' : `a ${node.kind}`;
}
