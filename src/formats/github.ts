// GitHub Actions workflow commands: one annotation per finding and per file error, naming the
// archive article it is about; a source the archive holds in several copies is one annotation,
// naming the others. Paths are from the repository's root (options.repositoryRoot, GITHUB_WORKSPACE)
// for a file inside it, as GitHub attaches annotations by that path; otherwise from the cwd.
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { Severity } from '../core/shared/types.js';
import type { FormatOptions } from './options.js';
import { pathBase, rootRelativePath, type PathBase } from './paths.js';
import { clauseLine, clauseTag } from './clause.js';
import { copiesLine } from './copies.js';
import { errorTitle } from './file-errors.js';
import { usedArticleSuffix } from '../core/shared/book-title.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message: %, CR and LF encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: [string, string | number | undefined][], message: string): string {
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

function annotation(finding: Finding, base: PathBase): string {
  const clause = clauseLine(finding, true);
  const message = [ownMessage(finding), clause, sourceLine(finding, base), copiesLine(finding.source), `处理：${finding.remedy}`].filter(Boolean).join('\n');
  return command(COMMANDS[finding.severity], [
    ['file', rootRelativePath(finding.file, base)],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', `laiyuan ${finding.ruleId}${clauseTag(finding, ' (', ')')}`],
  ], message);
}

/**
 * The finding's message without the article a compilation's finding names at its end (（所用文章《…》）):
 * the 来源文章 line below names it, with its file, as it does for a document reusing one article.
 */
function ownMessage(finding: Finding): string {
  if (!finding.source) return finding.message;
  const suffix = usedArticleSuffix(finding.source.title);
  return finding.message.endsWith(suffix) ? finding.message.slice(0, -suffix.length) : finding.message;
}

/** The archive article the finding's text comes from, as junit names it: on the PR's line, not only in -v. */
function sourceLine(finding: Finding, base: PathBase): string | undefined {
  const { source } = finding;
  return source ? `来源文章：${source.title}（${rootRelativePath(source.file, base)}）` : undefined;
}

function errorAnnotation(error: FileError, base: PathBase): string {
  return command('error', [
    ['file', rootRelativePath(error.file, base)],
    ['line', error.line],
    ['col', error.column],
    ['title', `laiyuan: ${errorTitle(error)}`],
  ], error.message);
}

/** One workflow command a line; GitHub turns them into annotations on the files. */
export function formatGithub(results: CheckResults, options: FormatOptions): string {
  const base = pathBase(options);
  const lines = [
    ...results.findings.map((f) => annotation(f, base)),
    ...results.errors.map((e) => errorAnnotation(e, base)),
  ];
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
