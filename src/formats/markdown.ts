// The summary for a pull-request comment: counts, then tables per document and per source article.
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FormatOptions, IndexFacts } from './options.js';
import { serverWords } from './index-facts.js';
import { clauseTag } from './clause.js';
import { shownDate } from './dates.js';
import { relativePath } from './paths.js';
import { originName } from './record.js';
import { byArticle, byDocument, percent } from './report-summary.js';
import { quietNote } from './quiet-note.js';
import { bookTitle } from '../core/shared/book-title.js';

/** Rows per table: a comment stays well under GitHub's 65,536 characters. */
const MAX_ROWS = 60;

/** Text safe in a table cell: no pipe, no line break, no markup. */
function cell(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[|\\`*_<>[\]]/gu, (c) => `\\${c}`).trim();
}

/** Text for a code span in a table cell: no backtick, pipes escaped. */
function code(text: string): string {
  return `\`${text.replace(/`/gu, "'").replace(/\|/gu, '\\|').replace(/\s+/gu, ' ')}\``;
}

function table(head: string[], rows: string[][], total: number, what: string): string[] {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.slice(0, MAX_ROWS).map((r) => `| ${r.join(' | ')} |`)];
  if (total > MAX_ROWS) lines.push('', `…另有 ${total - MAX_ROWS} ${what}未列出（全部见 \`--format html\` 或 \`--format json\`）。`);
  return lines;
}

const SEVERITY = { error: '❌ 错误', warning: '⚠️ 警告', info: 'ℹ️ 提示' } as const;

function findingRow(f: Finding, cwd: string): string[] {
  const source = f.source ? `${cell(bookTitle(f.source.title))}${f.source.date ? ` ${cell(shownDate(f.source.date))}` : ''}` : '—';
  const reuse = f.reuse ? `${percent(f.reuse.coverage)}` : '—';
  return [code(`${relativePath(f.file, cwd)}:${f.line}`), SEVERITY[f.severity], code(f.ruleId), `${cell(f.message)}${cell(clauseTag(f))}`, source, reuse];
}

/** An index compared against, so that the check can be repeated on the same archive: `archive.lyx`（cri，文件头 SHA-256 `…`）. */
function indexWords(index: IndexFacts): string {
  const header = index.header ? `，文件头 SHA-256 ${code(index.header)}` : '';
  const server = index.generation !== undefined ? `，${cell(serverWords(index))}` : '';
  return `${code(index.file)}（${cell(index.pack)}${header}${server}）`;
}

/** `results` as GitHub-flavoured Markdown. */
export function formatMarkdown(results: CheckResults, options: FormatOptions): string {
  const s = results.summary;
  const total = results.findings.length;
  const quiet = quietNote(options.hidden);
  const lines = [
    '## laiyuan 转载核查',
    '',
    total === 0 && results.errors.length === 0
      ? `✅ ${quiet ? `没有发现错误（检查了 ${s.filesChecked} 个文件；${quiet}）` : `没有发现问题（检查了 ${s.filesChecked} 个文件）`}。`
      : `**${total} 个问题**（${s.errors} 个错误，${s.warnings} 个警告${s.infos > 0 ? `，${s.infos} 个提示` : ''}），涉及 ${s.filesWithFindings} / ${s.filesChecked} 个文件${results.errors.length > 0 ? `；${results.errors.length} 个文件无法读取` : ''}${quiet ? `；${quiet}` : ''}。`,
  ];
  if (total > 0) {
    const docs = byDocument(results).map((d) => [code(relativePath(d.file, options.cwd)), d.date ? cell(shownDate(d.date)) : '—', String(d.errors), String(d.warnings), String(d.infos), d.rules.map(code).join(' '), d.articles.map((t) => cell(bookTitle(t))).join('<br>') || '—']);
    lines.push('', '### 按文档', '', ...table(['文档', '日期', '错误', '警告', '提示', '规则', '复用的来源文章'], docs, docs.length, '个文档'));
    const articles = byArticle(results);
    if (articles.length > 0) {
      const rows = articles.map((a) => [cell(bookTitle(a.title)), cell(originName(a.origin)), a.date ? cell(shownDate(a.date)) : '—', String(a.documents.length), percent(a.coverage), a.rules.map(code).join(' ')]);
      lines.push('', '### 按来源文章', '', ...table(['来源文章', '出自', '发布日期', '复用它的文档', '最大覆盖', '规则'], rows, articles.length, '篇来源文章'));
    }
  }
  if (total > 0) {
    lines.push('', '<details><summary>逐条（位置、规则、说明、条款）</summary>', '', ...table(['位置', '级别', '规则', '说明', '来源文章', '覆盖原文'], results.findings.map((f) => findingRow(f, options.cwd)), total, '个问题'), '', '</details>');
  }
  if (results.errors.length > 0) {
    lines.push('', '### 无法检查的文件', '', ...results.errors.slice(0, MAX_ROWS).map((e) => `- ${code(relativePath(e.file, options.cwd))}：${cell(e.message)}`));
  }
  const indexes = options.report?.indexes ?? [];
  if (indexes.length > 0) lines.push('', `比对的存档索引：${indexes.map(indexWords).join('；')}`);
  lines.push('', `<sub>laiyuan ${results.tool.version}${options.report ? ` · ${options.report.checkedAt}` : ''} · 段落对照与文件 SHA-256 见 \`--format html\`</sub>`);
  return `${lines.join('\n')}\n`;
}
