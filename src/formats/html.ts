// The evidence report for people outside a terminal: one self-contained HTML file (no network, no
// external script or font) with summaries per source article and per document, then each reuse with
// both passages side by side, the clause, dates, addresses and the SHA-256 of the files.
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import { useName } from '../core/judge/use-name.js';
import { clauseLine } from './clause.js';
import { publishedFirst, shownDate } from './dates.js';
import { esc, passagePair } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';
import type { FormatOptions, IndexFacts, ReportFacts } from './options.js';
import { serverWords } from './index-facts.js';
import { relativePath } from './paths.js';
import { documentRecord, originName, sourceName } from './record.js';
import { byArticle, byDocument, percent, type ArticleSummary, type DocumentSummary } from './report-summary.js';
import { quietNote } from './quiet-note.js';
import { bookTitle } from '../core/shared/book-title.js';

/** Words of the document shown per passage side; the full text is in the JSON report. */
const SHOWN_CHARS = 400;
const SHOWN_PASSAGES = 3;
/** Passage pairs in one report: past this, findings are listed without them, so 10,000 findings stay a file a browser opens. */
const MAX_PAIRS = 1500;
/** Up to this many findings, every document's section starts open. */
const OPEN_UP_TO = 40;

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

interface Context {
  cwd: string;
  facts: ReportFacts | undefined;
  pairs: number;
  /** Reuses whose passages were shown, per document: a second finding on one points to them. */
  shown: Map<string, string>;
}

function rel(file: string, ctx: Context): string {
  return relativePath(file, ctx.cwd);
}

function link(url: string | null): string {
  return url ? `<a href="${esc(url)}" rel="noreferrer">${esc(url)}</a>` : '—';
}

function sha(file: string, ctx: Context): string {
  const hash = ctx.facts?.sha256[file];
  return hash ? `<code>${hash}</code>` : '—';
}

function countsTable(results: CheckResults): string {
  const s = results.summary;
  const cells: [string, string, number][] = [
    ['files-checked', '检查的文件', s.filesChecked], ['files-with-findings', '有问题的文件', s.filesWithFindings],
    ['findings', '问题', results.findings.length], ['errors', '错误', s.errors], ['warnings', '警告', s.warnings],
    ['infos', '提示', s.infos], ['unreadable', '无法读取', results.errors.length],
  ];
  return `<table class="counts"><tr>${cells.map(([, name]) => `<th>${name}</th>`).join('')}</tr><tr>${cells.map(([key, , n]) => `<td data-count="${key}">${n}</td>`).join('')}</tr></table>`;
}

function articleRows(rows: ArticleSummary[], ctx: Context): string {
  if (rows.length === 0) return '<p class="note">没有发现复用的来源文章。</p>';
  const body = rows.map((r) => `<tr><td>${esc(bookTitle(r.title))}<br><span class="note">${esc(r.record ? `${rel(r.file, ctx)} 记录 ${r.articleId}（第 ${r.record} 行）` : rel(r.file, ctx))}</span></td>`
    + `<td>${esc(originName(r.origin))}</td><td>${r.date ? esc(shownDate(r.date)) : '—'}</td><td class="num">${r.documents.length}</td><td class="num">${r.findings}</td>`
    + `<td class="num">${percent(r.coverage)}</td><td>${r.rules.map((id) => `<code>${esc(id)}</code>`).join(' ')}</td><td>${r.clauses.filter((n) => n > 0).map((n) => `第${n}条`).join('、')}</td></tr>`);
  return `<table class="by-article"><thead><tr><th>来源文章</th><th>出自</th><th>发布日期</th><th>复用它的文档</th><th>问题</th><th>最大覆盖</th><th>规则</th><th>条款</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** What a report of no findings says: no problems, or no errors where --quiet hid some (quietNote). */
function nothingFound(quiet: string | undefined): string {
  return `<p class="note">${quiet ? `没有发现错误（${quiet}）。` : '没有发现问题。'}</p>`;
}

function documentRows(rows: DocumentSummary[], ctx: Context, quiet: string | undefined): string {
  if (rows.length === 0) return nothingFound(quiet);
  const body = rows.map((r, i) => `<tr><td><a href="#doc-${i + 1}">${esc(rel(r.file, ctx))}</a></td><td>${r.date ? esc(shownDate(r.date)) : '—'}</td>`
    + `<td class="num sev-error">${r.errors}</td><td class="num sev-warning">${r.warnings}</td><td class="num">${r.infos}</td>`
    + `<td>${r.rules.map((id) => `<code>${esc(id)}</code>`).join(' ')}</td><td>${r.articles.map((t) => esc(bookTitle(t))).join('<br>')}</td><td class="num">${r.coverage > 0 ? percent(r.coverage) : '—'}</td></tr>`);
  return `<table class="by-document"><thead><tr><th>文档</th><th>日期</th><th>错误</th><th>警告</th><th>提示</th><th>规则</th><th>复用的来源文章</th><th>最大覆盖</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function factsTable(f: Finding, ctx: Context): string {
  const d = f.document;
  const s = f.source;
  if (!s) return `<table class="facts"><tr><th>本文</th><td>${esc(rel(f.file, ctx))}${d?.date ? ` · ${esc(shownDate(d.date))}` : ''}</td></tr><tr><th>SHA-256</th><td>${sha(f.file, ctx)}</td></tr></table>`;
  const first = publishedFirst(d?.date, s.date);
  const row = (name: string, doc: string, source: string) => `<tr><th>${name}</th><td>${doc}</td><td>${source}</td></tr>`;
  return `<table class="facts"><thead><tr><th></th><th>本文（复用者）</th><th>原文（来源文章）</th></tr></thead><tbody>`
    + row('文件', esc(`${rel(f.file, ctx)} ${documentRecord(d)}`.trim()), esc(sourceName(s, ctx.cwd)))
    + row('标题', d?.title ? esc(d.title) : '—', `${esc(bookTitle(s.title))}（${esc(originName(s.origin))}）`)
    + row('日期', d?.date ? esc(shownDate(d.date)) : '—', s.date ? esc(shownDate(s.date)) : '—')
    + row('网址', link(d?.url ?? null), link(s.url))
    + row('SHA-256', sha(f.file, ctx), sha(s.file, ctx))
    + (first ? `<tr><th>谁先发布</th><td colspan="2">${esc(first)}</td></tr>` : '')
    + '</tbody></table>';
}

function passagesHtml(f: Finding, ctx: Context, anchor: string): string {
  const { reuse } = f;
  if (!reuse || reuse.passages.length === 0) return '';
  const key = `${f.file}\u0000${f.source?.articleId ?? ''}\u0000${reuse.passages.map((p) => `${p.line}:${p.column}`).join(',')}`;
  const earlier = ctx.shown.get(key);
  if (earlier) return `<p class="note">段落对照见上方<a href="#${earlier}">同一复用</a>。</p>`;
  if (ctx.pairs >= MAX_PAIRS) return `<p class="note">段落对照从略（本报告已列出 ${MAX_PAIRS} 组）；全部段落见 <code>--format json</code>。</p>`;
  ctx.shown.set(key, anchor);
  const shown = reuse.passages.slice(0, SHOWN_PASSAGES);
  ctx.pairs += shown.length;
  const docLabel = documentRecord(f.document);
  const sourceLabel = f.source?.record ? `记录 ${f.source.articleId}` : '';
  const pairs = shown.map((p, i) => {
    const pair = passagePair(p, SHOWN_CHARS);
    const more = pair.cut ? '<span class="note">……（只显示开头）</span>' : '';
    return `<div class="pair"><div class="side"><h5>本文 · 段落 ${i + 1}/${reuse.passages.length} · ${esc(docLabel || `${p.line}:${p.column}–${p.endLine}:${p.endColumn}`)}</h5><p>${pair.doc}${more}</p></div>`
      + `<div class="side"><h5>原文 · ${esc(sourceLabel || `${p.sourceLine}:${p.sourceColumn}–${p.sourceEndLine}:${p.sourceEndColumn}`)} · 相似度 ${p.similarity.toFixed(2)}</h5><p>${pair.source}${more}</p></div></div>`;
  });
  const hidden = reuse.passages.length - shown.length;
  return pairs.join('') + (hidden > 0 ? `<p class="note">另有 ${hidden} 段复用未列出，见 <code>--format json</code>。</p>` : '');
}

function findingHtml(f: Finding, n: number, ctx: Context): string {
  const anchor = `f-${n}`;
  const clause = clauseLine(f);
  const reuse = f.reuse
    ? `<p>复用：${useName(f.reuse.kind)}，覆盖原文 ${percent(f.reuse.coverage)}${f.reuse.docCoverage === undefined ? '' : `，占本文 ${percent(f.reuse.docCoverage)}`}，相似度 ${f.reuse.similarity.toFixed(2)}，共 ${f.reuse.passages.length} 段</p>`
    : '';
  return `<article class="finding" id="${anchor}"><h4><span class="sev-${f.severity}">${SEVERITY[f.severity]}</span> <code>${esc(f.ruleId)}</code> · 第 ${f.line} 行第 ${f.column} 列</h4>`
    + `<p class="msg">${esc(f.message)}</p>`
    + (clause ? `<blockquote>${esc(clause)}${f.clause.quote ? ` <a href="#${clauseAnchor(f)}">条款全文</a>` : ''}</blockquote>` : '')
    + factsTable(f, ctx) + reuse + passagesHtml(f, ctx, anchor)
    + `<p>处理：${esc(f.remedy)}</p></article>`;
}

function findingsHtml(results: CheckResults, docs: DocumentSummary[], ctx: Context): string {
  const open = results.findings.length <= OPEN_UP_TO ? ' open' : '';
  const byFile = new Map<string, Finding[]>();
  for (const f of results.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  let n = 0;
  return docs.map((d, i) => {
    const findings = byFile.get(d.file) ?? [];
    const counts = [d.errors && `${d.errors} 个错误`, d.warnings && `${d.warnings} 个警告`, d.infos && `${d.infos} 个提示`].filter(Boolean).join('，');
    return `<details class="doc" id="doc-${i + 1}"${open}><summary><h3>${esc(rel(d.file, ctx))}</h3> <span class="note">${counts}</span></summary>${findings.map((f) => findingHtml(f, ++n, ctx)).join('')}</details>`;
  }).join('');
}

function clauseAnchor(f: Finding): string {
  return `clause-${encodeURIComponent(f.pack)}-${f.clause.number}`;
}

/** Each clause the findings cite, in full, once: a finding quotes its words and links here. */
function clausesHtml(results: CheckResults): string {
  const cited = new Map<string, Finding>();
  for (const f of results.findings) if (f.clause.number > 0 && f.clause.quote && !cited.has(clauseAnchor(f))) cited.set(clauseAnchor(f), f);
  if (cited.size === 0) return '';
  const items = [...cited].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([anchor, f]) => `<dt id="${anchor}">第${f.clause.number}条（${esc(f.pack)}）</dt><dd>${esc(f.clause.text)}</dd>`);
  return `<h2>引用的条款</h2><dl class="clauses">${items.join('')}</dl>`;
}

function errorsHtml(errors: FileError[], ctx: Context): string {
  if (errors.length === 0) return '';
  const rows = errors.map((e) => `<tr><td>${esc([rel(e.file, ctx), e.line, e.column].filter((x) => x !== undefined).join(':'))}</td><td>${esc(e.message)}</td></tr>`);
  return `<h2>无法检查的文件</h2><table><tbody>${rows.join('')}</tbody></table>`;
}

/** Print with every section open: a closed <details> would print as its summary alone. */
const PRINT_SCRIPT = "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});";

/** An index compared against: a file's name, its header's SHA-256 (which holds every part's checksum), size and time; a server's URL, generation and last write. */
function indexCell(index: IndexFacts): string {
  const header = index.header ? `；文件头 SHA-256 <code>${esc(index.header)}</code>（文件头记有各部分的校验和）` : '';
  const stamp = index.bytes !== undefined ? `；${index.bytes} 字节${index.modified ? `，修改于 ${esc(index.modified)}` : ''}` : '';
  const server = index.generation !== undefined ? `；${esc(serverWords(index))}` : '';
  return `${esc(index.file)}（${esc(index.pack)}）${header}${stamp}${server}`;
}

/** The whole report as one HTML file. */
export function formatHtml(results: CheckResults, options: FormatOptions): string {
  const ctx: Context = { cwd: options.cwd, facts: options.report, pairs: 0, shown: new Map() };
  const docs = byDocument(results);
  const facts = options.report;
  const quiet = quietNote(options.hidden);
  const meta = [
    ['检查时间', facts ? esc(facts.checkedAt) : '—'],
    ['检查工具', `laiyuan ${esc(results.tool.version)}（报告格式 ${results.version}）`],
    ['文件指纹', 'SHA-256，按检查时读到的字节计算'],
    ...(facts?.indexes ?? []).map((i) => ['比对的存档索引', indexCell(i)]),
  ];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="laiyuan ${esc(results.tool.version)}"><title>laiyuan 转载核查报告</title><style>${HTML_STYLE}</style></head>
<body><header><h1>转载核查报告</h1><dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></header>
<main><h2>概要</h2>${countsTable(results)}${quiet ? `<p class="note">${quiet}（计数不含这些）。</p>` : ''}
<h2>按来源文章</h2>${articleRows(byArticle(results), ctx)}
<h2>按文档</h2>${documentRows(docs, ctx, quiet)}
${errorsHtml(results.errors, ctx)}
${clausesHtml(results)}
<h2>逐条证据</h2><p class="legend">图例：<ins>绿底</ins> = 本文新增或改动的文字；<del>红底删除线</del> = 原文中被删去或改动的文字；繁简、全半角、标点和空格的差异不标；<span class="hdr">灰色斜体</span> = 日期、来源、责编等页面信息，不作比较。</p>
${docs.length > 0 ? findingsHtml(results, docs, ctx) : nothingFound(quiet)}</main>
<footer>由 laiyuan ${esc(results.tool.version)} 生成${facts ? `，${esc(facts.checkedAt)}` : ''}。段落为检查时读到的文字；条款引自出版方声明原文。</footer>
<script>${PRINT_SCRIPT}</script></body></html>
`;
}
