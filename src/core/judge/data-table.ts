import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import type { Metadata, SourceClaim } from '../metadata/types.js';
import { htmlTables } from '../read/html.js';
import { bodyStart } from '../metadata/body.js';
import { isHeadMatterLine } from '../metadata/header-lines.js';
import { lineAt, scanOf } from '../metadata/scan.js';
import { lastAtOrBefore } from '../shared/search.js';
import { inField } from './attribution.js';
import { lazy } from '../shared/once-per.js';

/** Rows of a table looked at for one that holds data: a table of figures shows one in its first rows. */
const MAX_ROWS = 40;
/** A figure: a row without one (【打印】【关闭】【纠错】, 分享到：微信 微博) is a page's widgets or prose, no data. */
const FIGURE = /[0-9０-９]/u;

/**
 * Whether a credit stands in a table of data in the article's body: a 来源 row under trade figures
 * (<tr><td>来源：</td><td>长春海关</td></tr>) names where the figures come from, not the page's
 * source. Such a table opens after the body begins (a table laying out the whole page, or the
 * page's head, opens before it) and holds a row besides the credit's with figures that is no head
 * matter (a date, a 来源 or 责编 row, a byline): 1-10月 | 356 | 156. A table of the page's head or
 * foot that holds only such rows, or its widgets (【打印】【关闭】), is where the page credits itself.
 */
export function inDataTable(doc: Document, metadata: Metadata): (claim: SourceClaim) => boolean {
  const tables = lazy(() => htmlTables(doc.raw));
  // a table's rows are weighed once, however many credits it holds
  const dataRows = new Map<Span, Span[]>();
  return (claim) => {
    if (doc.format !== 'html' || inField(claim)) return false;
    const at = claim.line.span.start;
    // innermost first: the first holding the credit is the one it stands in
    const table = tables().find((t) => t.start <= at && claim.line.span.end <= t.end);
    const body = table && bodyStart(doc, metadata);
    if (!table || body === undefined || body > table.start) return false;
    let rows = dataRows.get(table);
    if (!rows) dataRows.set(table, (rows = rowsOfData(doc, metadata, table)));
    return rows.some((row) => at < row.start || row.end <= at);
  };
}

/** The rows among the table's first that hold figures and are no head matter. */
function rowsOfData(doc: Document, metadata: Metadata, table: Span): Span[] {
  const scan = scanOf(doc.text);
  const out: Span[] = [];
  let rows = 0;
  for (let i = lastAtOrBefore(scan.starts, table.start); i < scan.starts.length && scan.starts[i] < table.end && rows < MAX_ROWS; i++) {
    const row = lineAt(scan, scan.starts[i]);
    const line = { start: Math.max(row.start, table.start), end: Math.min(row.end, table.end) };
    const text = scan.text.slice(line.start, line.end);
    if (!/\S/u.test(text)) continue;
    rows++;
    if (FIGURE.test(text) && !isHeadMatterLine(doc, metadata, line)) out.push(line);
  }
  return out;
}
