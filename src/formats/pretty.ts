// Output for people, after ESLint's stylish: findings grouped by file, then a summary line.
import pc from 'picocolors';
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { Severity } from '../core/shared/types.js';
import { useName } from '../core/judge/use-name.js';
import { cellWidth, padCells, padCellsStart, wrapCells, wrapTruncated } from './cells.js';
import type { FormatOptions } from './options.js';
import { relativePath } from './paths.js';
import { type Colors, passageLines } from './pretty-passage.js';
import { clauseLine } from './clause.js';

const TEXT_CELLS = 72;
const CLAUSE_LINES = 3;
const SHOWN_PASSAGES = 3;

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

/** The message wrapped to the table's message column; its first line goes in the row. */
function messageLines(message: string): string[] {
  return message.split(/\r\n|\r|\n/).flatMap((line) => wrapCells(line, TEXT_CELLS));
}

function reuseLine(reuse: NonNullable<Finding['reuse']>): string {
  const coverage = Math.round(reuse.coverage * 100);
  const count = reuse.passages.length > 0 ? `，共 ${reuse.passages.length} 段` : '';
  return `复用：${useName(reuse.kind)}，覆盖原文 ${coverage}%，相似度 ${reuse.similarity.toFixed(2)}${count}`;
}

function attributionLine(attribution: Finding['attribution'], c: Colors): string[] {
  const { claimed, expected } = attribution;
  if (claimed === null && expected === null) return [];
  const now = claimed === null ? '（无）' : `「${claimed}」`;
  const want = expected === null ? '' : `，应注明 ${c.green(`「${expected}」`)}`;
  return [`${c.cyan('来源标注')}：现注明 ${claimed === null ? now : c.red(now)}${want}`];
}

/** Everything under a finding's table row, unindented. */
function details(finding: Finding, options: FormatOptions, c: Colors): string[] {
  const lines = messageLines(finding.message).slice(1);
  const clause = clauseLine(finding);
  if (clause) lines.push(...wrapTruncated(clause, TEXT_CELLS, CLAUSE_LINES).map((l) => c.dim(l)));
  const { reuse, source } = finding;
  if (reuse) {
    lines.push(reuseLine(reuse));
    const shown = reuse.passages.slice(0, SHOWN_PASSAGES);
    shown.forEach((p, i) => lines.push(...passageLines(p, i, reuse.passages.length, source, { color: options.color, cwd: options.cwd, c })));
    const hidden = reuse.passages.length - shown.length;
    if (hidden > 0) lines.push(c.dim(`…另有 ${hidden} 段复用未列出`));
  } else if (source) {
    lines.push(`${c.cyan('来源文章')} ${source.title} ${c.dim(`(${relativePath(source.file, options.cwd)})`)}`);
  }
  lines.push(...attributionLine(finding.attribution, c));
  lines.push(...wrapCells(`处理：${finding.remedy}`, TEXT_CELLS));
  return lines;
}

function fileBlock(file: string, findings: Finding[], options: FormatOptions, c: Colors): string {
  const positions = findings.map((f) => `${f.line}:${f.column}`);
  const firstLines = findings.map((f) => messageLines(f.message)[0] ?? '');
  const posWidth = Math.max(...positions.map(cellWidth));
  const sevWidth = Math.max(...findings.map((f) => f.severity.length));
  const msgWidth = Math.max(...firstLines.map(cellWidth));
  const indent = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);
  const blocks = findings.map((f, i) => {
    const severity = severityColor(f.severity, c)(padCells(f.severity, sevWidth));
    const row = `  ${c.dim(padCellsStart(positions[i], posWidth))}  ${severity}  ${padCells(firstLines[i], msgWidth)}  ${c.dim(f.ruleId)}`;
    return [row, ...details(f, options, c).map((l) => indent + l)].join('\n');
  });
  return `${c.underline(relativePath(file, options.cwd))}\n${blocks.join('\n\n')}`;
}

function errorBlock(errors: FileError[], options: FormatOptions, c: Colors): string {
  const lines = errors.map((e) => {
    const at = [relativePath(e.file, options.cwd), e.line, e.column].filter((x) => x !== undefined).join(':');
    return `  ${c.red('✖')} ${c.underline(at)}  ${e.message.replace(/\s+/g, ' ')}`;
  });
  return [c.bold('无法检查的文件'), ...lines].join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLines(results: CheckResults, c: Colors): string[] {
  const { errors, warnings, infos, filesChecked } = results.summary;
  const total = errors + warnings + infos;
  const lines: string[] = [];
  if (total > 0) {
    const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) counts.push(`${infos} info`);
    const color = errors > 0 ? c.red : c.yellow;
    lines.push(color(c.bold(`✖ ${plural(total, 'problem')} (${counts.join(', ')})`)));
  }
  const failed = new Set(results.errors.map((e) => e.file)).size;
  if (failed > 0) lines.push(c.red(c.bold(`✖ ${plural(failed, 'file')} could not be checked`)));
  if (lines.length === 0) lines.push(c.green(`✔ no problems (${plural(filesChecked, 'file')} checked)`));
  return lines;
}

/** Human-readable report: a table per file, the clause, the reused passages with their differences. */
export function formatPretty(results: CheckResults, options: FormatOptions): string {
  const c = pc.createColors(options.color);
  const blocks = [...groupByFile(results.findings)].map(([file, findings]) => fileBlock(file, findings, options, c));
  if (results.errors.length > 0) blocks.push(errorBlock(results.errors, options, c));
  blocks.push(summaryLines(results, c).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
