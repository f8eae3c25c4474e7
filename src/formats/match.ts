import pc from 'picocolors';
import type { Document } from '../core/read/types.js';
import type { HeldReuse } from '../core/judge/same-text.js';
import { reuseReport, sourceOf } from '../core/judge/reuse-report.js';
import { bookTitle } from '../core/shared/book-title.js';
import { UNNAMED_ORIGIN } from './record.js';

export interface MatchResult {
  document: Document;
  reuses: HeldReuse[];
}

const KIND_NAMES = { reprint: '转载 reprint', excerpt: '摘编 excerpt', edited: '改编 edited' } as const;

/** What `laiyuan match` prints: for a program (json) or for a person (pretty). */
export function formatMatches(results: readonly MatchResult[], options: { format: 'pretty' | 'json'; color: boolean }): string {
  if (options.format === 'json') return `${JSON.stringify(results.map(toJson), null, 2)}\n`;
  const c = options.color ? pc : pc.createColors(false);
  return results.map((r) => prettyMatch(r, c)).join('\n');
}

function toJson(result: MatchResult) {
  return {
    file: result.document.path,
    reuses: result.reuses.map((reuse) => {
      const report = reuseReport(result.document, reuse);
      return { source: sourceOf(reuse), ...report, passages: report.passages.map(({ lines: _lines, ...p }) => p) };
    }),
  };
}

type Colors = ReturnType<typeof pc.createColors>;

/** 来源 新华社; for an article marked third-party whose page names no source, just that. */
function originWords(source: string): string {
  return source === '' ? UNNAMED_ORIGIN : `来源 ${source}`;
}

/** A JSON Lines record by its id, the line kept as a detail; a whole file by its path. */
function named(doc: MatchResult['document'], id: string | undefined): string {
  if (doc.format !== 'jsonl') return doc.path;
  const line = doc.lineOffset + 1;
  return id ? `${doc.path} 记录 ${id}（第 ${line} 行）` : `${doc.path} 第 ${line} 行的记录`;
}

function prettyMatch(result: MatchResult, c: Colors): string {
  const lines = [c.underline(named(result.document, result.document.fields.id))];
  if (result.reuses.length === 0) lines.push(`  ${c.green('no reuse found')}`);
  for (const reuse of result.reuses) {
    const report = reuseReport(result.document, reuse);
    const a = reuse.article;
    lines.push(`  ${c.bold(KIND_NAMES[reuse.kind])}  ${a.id} ${bookTitle(a.title)} ${c.dim(`(${named(a.doc, a.id)})`)}  ${originWords(a.origin.source)}`);
    lines.push(`  ${pct(reuse.coverage)} of the article, ${pct(reuse.docCoverage)} of the document, similarity ${reuse.similarity.toFixed(2)}`);
    if (reuse.alsoIn?.length) lines.push(`  ${c.dim(copiesWords(reuse))}`);
    report.passages.forEach((p, i) => {
      const docAt = `  ${p.line}:${p.column}–${p.endLine}:${p.endColumn}`;
      const sourceAt = a.doc.format === 'jsonl' ? ` ${a.id}` : ` ${p.sourceLine}:${p.sourceColumn}–${p.sourceEndLine}:${p.sourceEndColumn}`;
      lines.push(`    passage ${i + 1}${docAt}  ⇄  source${sourceAt}  similarity ${p.similarity.toFixed(2)}`);
      lines.push(`      document: ${clip(p.text ?? '')}`);
      lines.push(`      source:   ${c.dim(clip(p.sourceText ?? ''))}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** 'also in 5 other archive articles: v2, v3 …', 'also in at least 39 …' when the candidates were capped. */
function copiesWords(reuse: HeldReuse): string {
  const ids = (reuse.alsoIn ?? []).map((o) => o.id);
  const count = `${reuse.alsoInPartial ? 'at least ' : ''}${ids.length} other archive article${ids.length === 1 ? '' : 's'}`;
  return `also in ${count}: ${idList(ids, 70)}`;
}

/** Ids joined up to about `width` characters, never cut inside one, then how many more: 't02, t03, … and 37 more'. */
function idList(ids: readonly string[], width: number): string {
  let out = ids[0] ?? '';
  let shown = ids.length > 0 ? 1 : 0;
  while (shown < ids.length && out.length + 2 + ids[shown].length <= width) out += `, ${ids[shown++]}`;
  return shown < ids.length ? `${out}, … and ${ids.length - shown} more` : out;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function clip(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max / 2).join('')} … ${chars.slice(-max / 2).join('')}`;
}
