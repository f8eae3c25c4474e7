// What `--evidence` prints under a finding's row: the clause, the source article, the reused
// passages beside their source, and what to do.
import type { Finding, FindingSource } from '../core/judge/types.js';
import { useName } from '../core/judge/use-name.js';
import { wrapCells, wrapTruncated } from './cells.js';
import { clauseLine } from './clause.js';
import { publishedFirst, shownDate } from './dates.js';
import { passageLines, type Colors } from './pretty-passage.js';
import { documentRecord, originName, sourceName } from './record.js';
import { bookTitle } from '../core/shared/book-title.js';

export interface EvidenceView {
  /** Cells available, indentation excluded. */
  width: number;
  color: boolean;
  cwd: string;
  c: Colors;
}

const CLAUSE_LINES = 2;
const SHOWN_PASSAGES = 3;

function reuseLine(reuse: NonNullable<Finding['reuse']>): string {
  const coverage = Math.round(reuse.coverage * 100);
  const count = reuse.passages.length > 0 ? `，共 ${reuse.passages.length} 段` : '';
  return `复用：${useName(reuse.kind)}，覆盖原文 ${coverage}%，相似度 ${reuse.similarity.toFixed(2)}${count}`;
}

function sourceLine(source: FindingSource, cwd: string): string {
  const facts = [sourceName(source, cwd), source.date && `发布于 ${shownDate(source.date)}`, source.url].filter(Boolean);
  return `来源文章${bookTitle(source.title)}（${originName(source.origin)}）${facts.join(' · ')}`;
}

/** 本文：its record, date and address, and who published first; '' when it states none of them. */
function documentLine(f: Finding): string {
  const d = f.document;
  if (!d) return '';
  const first = publishedFirst(d.date, f.source?.date);
  const facts = [documentRecord(d), d.date && `日期 ${shownDate(d.date)}${first ? `（${first}）` : ''}`, d.url].filter(Boolean);
  return facts.length > 0 ? `本文：${facts.join(' · ')}` : '';
}

/**
 * The evidence lines of one finding, each within `view.width` cells. The passages of a reuse are
 * shown once per file: a second finding on the same reuse points up to them (`shown` remembers).
 */
export function evidenceLines(f: Finding, shown: Set<string>, view: EvidenceView): string[] {
  const { c, width } = view;
  const lines: string[] = [];
  const clause = clauseLine(f);
  if (clause) lines.push(...wrapTruncated(clause, width, CLAUSE_LINES).map((l) => c.dim(l)));
  if (f.source) lines.push(...wrapCells(sourceLine(f.source, view.cwd), width).map((l, i) => (i === 0 ? c.cyan(l) : l)));
  if (f.source) lines.push(...wrapCells(documentLine(f), width));
  const { reuse } = f;
  if (reuse) {
    lines.push(...wrapCells(reuseLine(reuse), width));
    const key = `${f.source?.articleId ?? ''}\u0000${reuse.passages.map((p) => `${p.line}:${p.column}`).join(',')}`;
    if (shown.has(key)) lines.push(c.dim('复用段落见上（同一篇来源文章）'));
    else {
      shown.add(key);
      const passages = reuse.passages.slice(0, SHOWN_PASSAGES);
      const labels = { doc: documentRecord(f.document), source: f.source?.record ? `记录 ${f.source.articleId}` : '' };
      passages.forEach((p, i) => lines.push(...passageLines(p, i, reuse.passages.length, { width, color: view.color, c }, labels)));
      const hidden = reuse.passages.length - passages.length;
      if (hidden > 0) lines.push(c.dim(`…另有 ${hidden} 段复用未列出`));
    }
  }
  lines.push(...wrapCells(`处理：${f.remedy}`, width));
  return lines;
}
