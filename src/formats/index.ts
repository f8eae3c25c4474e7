import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatPretty } from './pretty.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import type { FormatName } from './names.js';
import type { Formatter } from './options.js';

export { TOOL_URI } from './tool.js';
export type { FormatOptions, Formatter } from './options.js';
export { FORMAT_NAMES, REPORT_FORMATS, isFormatName, loadFormatter, type FormatName } from './names.js';

/** Every formatter, loaded at once (the CLI loads only the one it prints with: names.ts). */
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
