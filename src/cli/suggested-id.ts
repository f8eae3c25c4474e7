// A pack id to suggest for a notice, made from its own publisher: the site's address as the notice
// writes it (www.people.com.cn → people), else the name's Latin letters (CSDN → csdn, EDN电子技术设计 → edn),
// else the address of a known outlet of that name (新华网 → xinhuanet), else the site's address as a
// comment line above the notice gives it (# publisher: 澎湃新闻 (thepaper.cn) → thepaper: an address
// standing alone, not a link's, which may lead anywhere: a mirror, a saved copy); undefined when none is found.
import { OUTLET_ALIASES } from '../core/shared/outlet-aliases.js';
import { readNotice } from '../core/config/notice/text.js';

const HOST = /\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,4}\.[a-z]{2,6}\b/giu;
/** Labels of a host that name no site: www., news., the endings (.com.cn), example (RFC 2606). */
const GENERIC = /^(?:www|m|news|example|com|net|org|cn|gov|edu|info|tv|cc|hk|tw)$/u;
const ID = /^[a-z][a-z0-9-]*$/u;

export function suggestedId(source: string, name: string | undefined): string | undefined {
  const text = readNotice(source).clauses.map((c) => c.text).join('\n');
  const written = siteLabel(text, false);
  if (written !== undefined) return written;
  const latin = /^[A-Za-z][A-Za-z0-9 .&-]*[A-Za-z0-9]/u.exec(name?.trim() ?? '')?.[0].toLowerCase().replace(/[^a-z0-9]+/gu, '-');
  if (latin !== undefined && ID.test(latin)) return latin;
  const group = name === undefined ? undefined : OUTLET_ALIASES.find((names) => names.includes(name));
  const known = group?.find((n) => /\.[a-z]{2,}$/u.test(n))?.split('.')[0];
  if (known !== undefined) return known;
  const comments = source.split(/\r\n|\r|\n/u).filter((l) => /^\s*#/u.test(l)).join('\n').normalize('NFKC');
  return siteLabel(comments, true);
}

/**
 * The site's own label of the first address in `text` that gives one (a label starting with a
 * letter): the last before the endings, news.sina.com.cn → sina; `alone`: only an address that is
 * no link's (no / before or after it: https://github.com/… is where a copy was kept).
 */
function siteLabel(text: string, alone: boolean): string | undefined {
  for (const m of text.matchAll(HOST)) {
    if (alone && (text[m.index - 1] === '/' || text[m.index + m[0].length] === '/')) continue;
    const label = m[0].toLowerCase().split('.').filter((l) => !GENERIC.test(l)).pop();
    if (label !== undefined && ID.test(label)) return label;
  }
  return undefined;
}
