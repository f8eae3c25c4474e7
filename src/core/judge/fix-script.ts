import type { Document } from '../read/types.js';
import type { TextEdit } from './types.js';
import { toTraditional, writtenTraditional } from '../shared/traditional.js';
import { oncePer } from '../shared/once-per.js';

/** Whether the text a reader sees (markup, scripts and hidden menus aside) is written in traditional characters. */
const traditionalDocument = oncePer((doc: Pick<Document, 'text'>) => writtenTraditional(doc.text));

/**
 * A fix, its remedy and its message in the document's own script: in a traditional-character article
 * the credit is written 來源:國際在線, the notice's 来源:国际在线 in that script (read back as the
 * required form, see isRequiredForm), so that --fix, a reviewdog suggestion, the remedy and the
 * message agree. A finding with no fix (an HTML page gets no inserted line) is written alike.
 */
export function inDocumentScript(doc: Pick<Document, 'text'>, said: Said): Omit<Said, 'expected'> {
  const { fix, remedy, message, expected } = said;
  if (!traditionalDocument(doc)) return { fix, remedy, message };
  const written = (text: string): string => (expected ? text.replaceAll(`「${expected}`, `「${toTraditional(expected)}`) : text);
  return { fix: fix?.map((e) => ({ ...e, text: toTraditional(e.text) })), remedy: written(remedy), message: written(message) };
}

/** What a finding says the editor should write, and the credit it requires in the notice's form. */
interface Said {
  fix?: TextEdit[];
  remedy: string;
  message: string;
  expected?: string | null;
}
