// The HTML and YAML parsers, loaded when a file first needs them: a check of plain text or
// Markdown without front matter never pays for htmlparser2 (and the DOM packages it brings) or
// yaml (some seventy modules). parseDocuments is synchronous, so its caller loads them first.
import type * as Html from 'htmlparser2';
import type * as Yaml from './yaml-parser.js';
import type { DocFormat } from './types.js';
import { hasFrontMatter } from './front-matter-fence.js';

let html: typeof Html | undefined;
let yaml: typeof Yaml | undefined;

/** Loads the parsers that reading `text` as `format` needs; call before parseDocuments. */
export async function loadParsersFor(format: DocFormat, text: string): Promise<void> {
  if (format === 'html') html ??= await import('htmlparser2');
  if (format === 'markdown' && hasFrontMatter(text)) yaml ??= await import('./yaml-parser.js');
}

/** Loads every parser: for callers that parse many kinds of text synchronously (tests, tools). */
export async function loadAllParsers(): Promise<void> {
  html ??= await import('htmlparser2');
  yaml ??= await import('./yaml-parser.js');
}

export function htmlParser(): typeof Html {
  if (!html) throw new Error('htmlparser2 is not loaded: await loadParsersFor(format, text) before parseDocuments');
  return html;
}

export function yamlParser(): typeof Yaml {
  if (!yaml) throw new Error('yaml is not loaded: await loadParsersFor(format, text) before parseDocuments');
  return yaml;
}
