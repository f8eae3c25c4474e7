import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatPretty } from './pretty.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';

export { TOOL_URI } from './tool.js';
export type { FormatOptions, Formatter } from './options.js';
import type { Formatter } from './options.js';

export type FormatName = 'pretty' | 'json' | 'sarif' | 'github' | 'junit' | 'checkstyle' | 'rdjson' | 'html' | 'markdown';

export const formatters: Record<FormatName, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
  rdjson: formatRdjson,
  html: formatHtml,
  markdown: formatMarkdown,
};

/** Formats that state when the check ran and the SHA-256 of the files they name. */
export const REPORT_FORMATS: readonly FormatName[] = ['html', 'markdown'];

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
