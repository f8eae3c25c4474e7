import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatPretty } from './pretty.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';

export { TOOL_URI } from './tool.js';
export type { FormatOptions, Formatter } from './options.js';
import type { Formatter } from './options.js';

export type FormatName = 'pretty' | 'json' | 'sarif' | 'github' | 'junit' | 'checkstyle' | 'rdjson';

export const formatters: Record<FormatName, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
  rdjson: formatRdjson,
};

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
