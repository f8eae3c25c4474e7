// The summaries both people's reports open with: per source article and per document.
import type { CheckResults, Finding } from '../core/judge/types.js';

export interface ArticleSummary {
  articleId: string;
  title: string;
  file: string;
  record: number | null;
  date: string | null;
  url: string | null;
  origin: string;
  /** The documents that reuse it, in report order. */
  documents: string[];
  findings: number;
  rules: string[];
  clauses: number[];
  /** The largest share of the article one document reuses. */
  coverage: number;
}

export interface DocumentSummary {
  file: string;
  date: string | null;
  url: string | null;
  errors: number;
  warnings: number;
  infos: number;
  rules: string[];
  /** Titles of the articles it reuses. */
  articles: string[];
  coverage: number;
}

function add<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function articleKey(f: Finding): string | undefined {
  return f.source ? `${f.source.file}\u0000${f.source.articleId}` : undefined;
}

/** One row per source article reused, most reused first. */
export function byArticle(results: CheckResults): ArticleSummary[] {
  const rows = new Map<string, ArticleSummary>();
  for (const f of results.findings) {
    const key = articleKey(f);
    if (!key || !f.source) continue;
    const s = f.source;
    let row = rows.get(key);
    if (!row) {
      row = { articleId: s.articleId, title: s.title, file: s.file, record: s.record ?? null, date: s.date, url: s.url, origin: s.origin, documents: [], findings: 0, rules: [], clauses: [], coverage: 0 };
      rows.set(key, row);
    }
    add(row.documents, f.file);
    add(row.rules, f.ruleId);
    add(row.clauses, f.clause.number);
    row.findings++;
    row.coverage = Math.max(row.coverage, f.reuse?.coverage ?? 0);
  }
  return [...rows.values()].sort((a, b) => b.documents.length - a.documents.length || b.findings - a.findings);
}

/** One row per document with findings, in report order. */
export function byDocument(results: CheckResults): DocumentSummary[] {
  const rows = new Map<string, DocumentSummary>();
  for (const f of results.findings) {
    let row = rows.get(f.file);
    if (!row) {
      row = { file: f.file, date: f.document?.date ?? null, url: f.document?.url ?? null, errors: 0, warnings: 0, infos: 0, rules: [], articles: [], coverage: 0 };
      rows.set(f.file, row);
    }
    if (f.severity === 'error') row.errors++;
    else if (f.severity === 'warning') row.warnings++;
    else row.infos++;
    add(row.rules, f.ruleId);
    if (f.source) add(row.articles, f.source.title);
    row.coverage = Math.max(row.coverage, f.reuse?.coverage ?? 0);
  }
  return [...rows.values()];
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
