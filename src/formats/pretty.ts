// Output for people, after ESLint's stylish: one row per finding (position, severity, message,
// rule), grouped by file, then a summary line; fitted to the terminal's width. With `evidence`,
// the clause, the source article, the passages beside their source and the remedy under each row.
import pc from 'picocolors';
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { Severity } from '../core/shared/types.js';
import { cellWidth, padCells, padCellsStart, wrapCells, wrapTruncated } from './cells.js';
import type { FormatOptions } from './options.js';
import { relativePath } from './paths.js';
import { errorsApart } from './file-errors.js';
import { evidenceLines } from './pretty-evidence.js';
import { legend, type Colors } from './pretty-passage.js';
import { copiesLine } from './copies.js';

export const DEFAULT_WIDTH = 80;
/** Below this a terminal is taken to be this wide: the rows need room for position and severity. */
const MIN_WIDTH = 40;
/** Narrowest message column beside which the rule id keeps its own column. */
const MIN_MESSAGE = 60;
const EVIDENCE_INDENT = 4;

function severityColor(severity: Severity, c: Colors): (text: string) => string {
  if (severity === 'error') return c.red;
  return severity === 'warning' ? c.yellow : c.blue;
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

interface Layout {
  width: number;
  position: number;
  severity: number;
  /** Cells before the message. */
  lead: number;
  /** The message column's width when rule ids have a column of their own, else undefined. */
  message?: number;
}

function layoutOf(findings: Finding[], width: number): Layout {
  const position = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
  const severity = Math.max(...findings.map((f) => f.severity.length));
  const rule = Math.max(...findings.map((f) => f.ruleId.length));
  const lead = 2 + position + 2 + severity + 2;
  const room = width - lead - 2 - rule;
  if (room < MIN_MESSAGE) return { width, position, severity, lead };
  const longest = Math.max(...findings.map((f) => cellWidth(oneLine(f.message))));
  return { width, position, severity, lead, message: Math.min(room, longest) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A finding's row: the message wrapped under itself, the rule id in its column or after the message. */
function rowLines(f: Finding, layout: Layout, c: Colors): string[] {
  const prefix = `  ${c.dim(padCellsStart(`${f.line}:${f.column}`, layout.position))}  ${severityColor(f.severity, c)(padCells(f.severity, layout.severity))}  `;
  const indent = ' '.repeat(layout.lead);
  const rule = c.dim(f.ruleId);
  if (layout.message !== undefined) {
    const lines = wrapCells(f.message, layout.message);
    return [`${prefix}${padCells(lines[0] ?? '', layout.message)}  ${rule}`, ...lines.slice(1).map((l) => indent + l)];
  }
  const lines = wrapCells(f.message, layout.width - layout.lead).map((l, i) => (i === 0 ? prefix : indent) + l);
  const last = lines.length - 1;
  if (cellWidth(`${lines[last]}  ${f.ruleId}`) <= layout.width) lines[last] += `  ${rule}`;
  else lines.push(indent + rule);
  return lines;
}

/** The archive's other copies of the finding's source, one dim line under its row (none when it has none). */
function copiesRow(f: Finding, layout: Layout, c: Colors): string[] {
  const line = copiesLine(f.source);
  return line ? [' '.repeat(layout.lead) + c.dim(wrapTruncated(line, layout.width - layout.lead, 1)[0])] : [];
}

function fileBlock(file: string, findings: Finding[], options: FormatOptions, width: number, c: Colors): string {
  const layout = layoutOf(findings, width);
  const header = wrapCells(relativePath(file, options.cwd), width).map((l) => c.underline(l));
  const shown = new Set<string>();
  const rows = findings.map((f) => {
    const row = [...rowLines(f, layout, c), ...copiesRow(f, layout, c)];
    if (!options.evidence) return row.join('\n');
    const pad = ' '.repeat(EVIDENCE_INDENT);
    const details = evidenceLines(f, shown, { width: width - EVIDENCE_INDENT, color: options.color, cwd: options.cwd, c });
    return [...row, ...details.map((l) => pad + l)].join('\n');
  });
  return [...header, rows.join(options.evidence ? '\n\n' : '\n')].join('\n');
}

function errorBlock(title: string, errors: FileError[], options: FormatOptions, width: number, c: Colors): string {
  const lines = errors.flatMap((e) => {
    const at = [relativePath(e.file, options.cwd), e.line, e.column].filter((x) => x !== undefined).join(':');
    return wrapCells(`✖ ${at}  ${oneLine(e.message)}`, width - 2).map((l, i) => `  ${i === 0 ? c.red(l) : l}`);
  });
  return [c.bold(title), ...lines].join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLines(results: CheckResults, options: FormatOptions, c: Colors): string[] {
  const { errors, warnings, infos, filesChecked } = results.summary;
  const total = errors + warnings + infos;
  const lines: string[] = [];
  if (total > 0) {
    const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) counts.push(`${infos} info`);
    const color = errors > 0 ? c.red : c.yellow;
    lines.push(color(c.bold(`✖ ${plural(total, 'problem')} (${counts.join(', ')}) in ${plural(results.summary.filesWithFindings, 'file')} of ${filesChecked}`)));
    const fixable = results.findings.filter((f) => f.fix && f.fix.length > 0 && f.file !== options.stdinFile).length;
    if (fixable > 0) lines.push(`  ${plural(fixable, 'problem')} fixable with the --fix option`);
    if (!options.evidence && results.findings.some((f) => f.reuse)) lines.push(c.dim('  --evidence (-v) shows the reused passages beside the source'));
  }
  const hidden = hiddenWords(options);
  if (total > 0 && hidden) lines.push(c.dim(`  ${hidden}`));
  // the files read say so beside those that could not be: an error is never a file checked
  if (total === 0 && (filesChecked > 0 || results.errors.length === 0)) {
    const files = `${plural(filesChecked, 'file')} checked`;
    lines.push(c.green(hidden ? `✔ no errors (${files}; ${hidden})` : `✔ no problems (${files})`));
  }
  const { checked, corpus } = errorsApart(results.errors);
  const failed = new Set(checked.map((e) => e.file)).size;
  const unread = new Set(corpus.map((e) => e.file)).size;
  if (failed > 0) lines.push(c.red(c.bold(`✖ ${plural(failed, 'file')} could not be checked`)));
  if (unread > 0) lines.push(c.red(c.bold(`✖ ${plural(unread, 'corpus file')} could not be read`)));
  return lines;
}

/** What --quiet left out, owned to: `1 warning not shown with --quiet`. */
function hiddenWords(options: FormatOptions): string | undefined {
  const { hidden } = options;
  if (!hidden) return undefined;
  const counts = [hidden.warnings > 0 ? plural(hidden.warnings, 'warning') : '', hidden.infos > 0 ? `${hidden.infos} info` : ''].filter(Boolean);
  return `${counts.join(' and ')} not shown with --quiet`;
}

/** A line wrapped to `width`, its leading indentation kept on every line. */
function fit(line: string, width: number): string[] {
  const indent = /^ */u.exec(line)?.[0] ?? '';
  return wrapCells(line, width - indent.length).map((l) => indent + l);
}

/** Human-readable report, every line within `options.width` cells (default 80). */
export function formatPretty(results: CheckResults, options: FormatOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const c = pc.createColors(options.color);
  const blocks: string[] = [];
  if (options.evidence && results.findings.some((f) => f.reuse && f.reuse.passages.length > 0)) {
    blocks.push(wrapCells(legend(options.color), width).map((l) => c.dim(l)).join('\n'));
  }
  for (const [file, findings] of groupByFile(results.findings)) blocks.push(fileBlock(file, findings, options, width, c));
  const { checked, corpus } = errorsApart(results.errors);
  if (checked.length > 0) blocks.push(errorBlock('无法检查的文件', checked, options, width, c));
  if (corpus.length > 0) blocks.push(errorBlock('无法读取的语料文件', corpus, options, width, c));
  blocks.push(summaryLines(results, options, c).flatMap((l) => fit(l, width)).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
