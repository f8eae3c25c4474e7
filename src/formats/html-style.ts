// The report's one stylesheet: system fonts only (no download), an A4 print layout.
export const HTML_STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --err: #b42318; --warn: #9a6700; --info: #0969da; --add: #dafbe1; --del: #ffebe9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px; color: var(--ink); line-height: 1.7;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; font-size: 15px; }
h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0; display: inline; } h4 { font-size: 15px; margin: 0 0 6px; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; color: var(--muted); }
.meta dt { font-weight: 600; } .meta dd { margin: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; white-space: nowrap; } td.num { text-align: right; white-space: nowrap; }
.counts td { font-size: 20px; font-weight: 600; text-align: center; } .counts th { text-align: center; }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
details.doc { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; padding: 6px 12px; }
details.doc > summary { cursor: pointer; font-weight: 600; }
.finding { border-top: 1px solid var(--line); padding: 12px 0; }
.finding:first-of-type { border-top: 0; }
.msg { margin: 4px 0; font-weight: 600; }
blockquote { margin: 6px 0; padding: 4px 12px; border-left: 4px solid var(--line); color: var(--muted); }
.clauses dt { font-weight: 600; margin-top: 6px; } .clauses dd { margin: 2px 0 0 0; }
.facts th { width: 7em; } .facts td { word-break: break-all; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 8px 0; }
.side { border: 1px solid var(--line); border-radius: 4px; padding: 6px 10px; }
.side h5 { margin: 0 0 4px; font-size: 13px; color: var(--muted); font-weight: 600; }
.side p { margin: 0; text-align: justify; }
ins { background: var(--add); text-decoration: none; outline: 1px solid #4ac26b; }
del { background: var(--del); text-decoration: line-through; }
.hdr { color: var(--muted); font-style: italic; }
.legend { color: var(--muted); font-size: 13px; }
.note { color: var(--muted); font-size: 13px; }
footer { margin-top: 32px; color: var(--muted); font-size: 13px; }
@media (max-width: 760px) { .pair { grid-template-columns: 1fr; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; } .finding, tr, .side { break-inside: avoid; }
  details.doc { border: 0; padding: 0; } details.doc > summary { list-style: none; font-size: 12pt; }
  a { color: inherit; text-decoration: none; } ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
