// The named entities that turn up in Chinese news; HTML gets all of them from htmlparser2.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', ldquo: '“',
  rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  times: '×', divide: '÷', deg: '°', plusmn: '±', yen: '¥', euro: '€', sect: '§', para: '¶',
};

export const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** The text an entity body (between '&' and ';') stands for, or undefined. */
export function entityValue(body: string): string | undefined {
  if (body[0] !== '#') return Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}
