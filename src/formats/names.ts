import type { ChunkedFormatter, Formatter } from './options.js';

export type FormatName = 'pretty' | 'json' | 'sarif' | 'github' | 'junit' | 'checkstyle' | 'rdjson' | 'html' | 'markdown';

/**
 * Each format's module, imported only when a run asks for that format: a check that prints
 * JSON never loads the terminal's width tables, nor the HTML report's styles.
 */
const LOADERS: Record<FormatName, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).formatPretty,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
  rdjson: async () => (await import('./rdjson.js')).formatRdjson,
  html: async () => (await import('./html.js')).formatHtml,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
};

export const FORMAT_NAMES = Object.keys(LOADERS) as FormatName[];

/** Formats that state when the check ran and the SHA-256 of the files they name. */
export const REPORT_FORMATS: readonly FormatName[] = ['html', 'markdown'];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(LOADERS, name);
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}

/** The format's text in pieces: JSON, SARIF and JUnit are made a piece at a time (a large report is never one string), the others whole. */
export async function loadChunkedFormatter(name: FormatName): Promise<ChunkedFormatter> {
  if (name === 'json') return (await import('./json.js')).jsonChunks;
  if (name === 'sarif') return (await import('./sarif.js')).sarifChunks;
  if (name === 'junit') return (await import('./junit.js')).junitChunks;
  const whole = await loadFormatter(name);
  return (results, options) => [whole(results, options)];
}
