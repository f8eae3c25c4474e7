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
  if (!traditionalDocument(doc) || !expected) return { fix, remedy, message };
  // only the credit laiyuan writes: a line the fix moves, or a quote of the page, stays as the page wrote it
  const credit = toTraditional(expected);
  const written = (text: string): string => asked(text, expected, credit);
  return { fix: fix?.map((e) => ({ ...e, text: e.text.replaceAll(expected, credit) })), remedy: written(remedy), message: written(message) };
}

/** Words after which a finding's 「…」 is the credit it asks for (应注明「…」, 改为「…」), not a quote of the page (来源写作「…」, 把「…」, 删去「…」). */
const ASKING = ['注明', '原始来源', '写上', '加上', '改为', '写法是', '要求写作'];

/** `text` with the notice's form `expected` written `credit` where the finding asks for it. */
function asked(text: string, expected: string, credit: string): string {
  const quoted = `「${expected}`;
  let out = '';
  let from = 0;
  for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + quoted.length)) {
    const before = text.slice(from, at);
    out += before + (ASKING.some((w) => text.startsWith(w, at - w.length)) ? `「${credit}` : quoted);
    from = at + quoted.length;
  }
  return out + text.slice(from);
}

/** What a finding says the editor should write, and the credit it requires in the notice's form. */
interface Said {
  fix?: TextEdit[];
  remedy: string;
  message: string;
  expected?: string | null;
}
