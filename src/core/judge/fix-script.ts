import type { Document } from '../read/types.js';
import type { TextEdit } from './types.js';
import { toTraditional, writtenTraditional } from '../shared/traditional.js';
import { oncePer } from '../shared/once-per.js';

/** Whether the text a reader sees (markup, scripts and hidden menus aside) is written in traditional characters. */
const traditionalDocument = oncePer((doc: Pick<Document, 'text'>) => writtenTraditional(doc.text));

/**
 * A fix and its remedy in the document's own script: in a traditional-character article the
 * credit is written 來源:國際在線, the notice's 来源:国际在线 in that script (read back as the
 * required form, see isRequiredForm), so that --fix, a reviewdog suggestion and the remedy agree.
 */
export function inDocumentScript(doc: Pick<Document, 'text'>, fix: TextEdit[], remedy: string, expected: string | null | undefined): { fix: TextEdit[]; remedy: string } {
  if (!traditionalDocument(doc)) return { fix, remedy };
  const written = fix.map((e) => ({ ...e, text: toTraditional(e.text) }));
  return { fix: written, remedy: expected ? remedy.replaceAll(`「${expected}`, `「${toTraditional(expected)}`) : remedy };
}
