// A Markdown table that credits the page by column, as a foot table of the article's fields does:
//   | 来源 | 编辑 |
//   |---|---|
//   | 国际在线 | 张三 |
// The header cell is the label of the cell under it: 来源 over 国际在线 reads 来源：国际在线.
import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { isTableDelimiterRow } from '../read/markdown-lines.js';
import { trimSpan } from '../read/fields.js';
import type { SourceClaim } from './types.js';
import { COLONS } from './chars.js';
import { lineAt, newScan, type Scan } from './scan.js';
import { seenClaims } from './zero-width.js';
import { HEADER_WORDS } from './words.js';

/** A header cell that labels a credit, its colon or not (来源, 来源：, 稿件来源), spaces taken out (来 源). */
const LABEL = new RegExp(`^(?:(?:本文|稿件|文章|信息|新闻)?来源|稿源)[${COLONS}]?$`, 'u');
/** The labels of a table of a page's fields; a table with any other column (指标, 数值) is data. */
const FIELD_LABELS = new Set(HEADER_WORDS.map((w) => w.replace(/[/／]$/u, '')));

/**
 * Credits of a Markdown document written as a table's 来源 column, the header cell the label and the
 * cell under it the name, read as 来源：<name> at the name's cell: only in a table of the page's
 * fields, one row under a header of field labels alone (a table of figures with a 来源 column,
 * | 月份 | 列数 | 来源 |, says where its figures come from, and is no credit of the page). The
 * claim's line is the name's cell, so a finding points there.
 */
export function creditsInColumns(doc: Pick<Document, 'format' | 'raw' | 'text'>, scan: Scan): SourceClaim[] {
  if (doc.format !== 'markdown' || !doc.raw.includes('|')) return [];
  const claims: SourceClaim[] = [];
  const { starts } = scan;
  const line = (n: number): Span | undefined => (n < starts.length ? lineAt(scan, starts[n]) : undefined);
  for (let n = 1; n + 1 < starts.length; n++) {
    const delimiter = line(n);
    if (!delimiter || !isTableDelimiterRow(doc.raw.slice(delimiter.start, delimiter.end))) continue;
    const header = line(n - 1);
    const row = line(n + 1);
    const after = line(n + 2);
    if (!header || !row || (after && doc.raw.slice(after.start, after.end).includes('|'))) continue;
    const claim = columnCredit(doc.text, cellsOf(doc, header), cellsOf(doc, row));
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * The cells of a table row, each trimmed: the text blanks the row's bars, so the cells are parted
 * where the file has them (a Markdown document's text keeps the file's offsets).
 */
function cellsOf(doc: Pick<Document, 'raw' | 'text'>, line: Span): Span[] {
  const { text } = doc;
  const cells: Span[] = [];
  const written = doc.raw.slice(line.start, line.end);
  const bars = /\|/gu;
  let from = 0;
  for (const m of written.matchAll(bars)) {
    cells.push(trimSpan(text, line.start + from, line.start + m.index));
    from = m.index + 1;
  }
  cells.push(trimSpan(text, line.start + from, line.end));
  // a row's outer bars leave an empty cell before the first and after the last
  if (cells.length > 1 && cells[0].start === cells[0].end) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].start === cells[cells.length - 1].end) cells.pop();
  return cells;
}

/** Whether a header cell labels one of a page's fields (来源, 编辑, 作者, 发布时间…), its colon or not. */
function isFieldLabel(label: string): boolean {
  return FIELD_LABELS.has(COLONS.includes(label.at(-1) ?? '') ? label.slice(0, -1) : label);
}

/** The credit a 来源 header cell gives the cell under it, read as 来源：<name>, its spans the name cell's. */
function columnCredit(text: string, header: Span[], row: Span[]): SourceClaim | undefined {
  const labels = header.map((cell) => text.slice(cell.start, cell.end).replace(/[ \u3000]/gu, ''));
  const column = labels.findIndex((label) => LABEL.test(label));
  const cell = row[column];
  if (column < 0 || !cell || cell.end === cell.start || header.length !== row.length || !labels.every(isFieldLabel)) return undefined;
  const label = labels[column];
  const key = COLONS.includes(label.at(-1) ?? '') ? label : `${label}：`;
  const read = seenClaims(newScan(`${key}${text.slice(cell.start, cell.end)}`)).find((c) => c.line.span.start === 0 && c.span.start >= key.length);
  if (!read) return undefined;
  const span = { start: cell.start + read.span.start - key.length, end: cell.start + read.span.end - key.length };
  return { ...read, span, line: { value: read.line.value, span: { start: cell.start, end: span.end } }, column: true };
}
