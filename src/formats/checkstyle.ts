// Checkstyle XML: a <file> per file, an <error> per finding or file error.
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { FormatOptions } from './options.js';
import { relativePath } from './paths.js';
import { TOOL_NAME } from './tool.js';
import { XML_DECLARATION, xmlAttr } from './xml.js';
import { clauseTag } from './clause.js';

function findingXml(f: Finding): string {
  const attrs = [
    ['line', f.line],
    ['column', f.column],
    ['severity', f.severity],
    ['message', `${f.message}${clauseTag(f)}`],
    ['source', `${TOOL_NAME}.${f.ruleId}`],
  ] as const;
  return `    <error ${attrs.map(([k, v]) => `${k}="${xmlAttr(v)}"`).join(' ')}/>`;
}

function errorXml(e: FileError): string {
  const attrs: [string, string | number][] = [];
  if (e.line !== undefined) attrs.push(['line', e.line]);
  if (e.column !== undefined) attrs.push(['column', e.column]);
  attrs.push(['severity', 'error'], ['message', e.message], ['source', `${TOOL_NAME}.file-error`]);
  return `    <error ${attrs.map(([k, v]) => `${k}="${xmlAttr(v)}"`).join(' ')}/>`;
}

export function formatCheckstyle(results: CheckResults, options: FormatOptions): string {
  const files = new Map<string, string[]>();
  const add = (file: string, xml: string): void => {
    const path = relativePath(file, options.cwd);
    files.set(path, [...(files.get(path) ?? []), xml]);
  };
  for (const f of results.findings) add(f.file, findingXml(f));
  for (const e of results.errors) add(e.file, errorXml(e));
  const body = [...files].map(([path, errors]) => [`  <file name="${xmlAttr(path)}">`, ...errors, '  </file>'].join('\n'));
  return [XML_DECLARATION, '<checkstyle version="4.3">', ...body, '</checkstyle>', ''].join('\n');
}
