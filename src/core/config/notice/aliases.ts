// Other names a notice itself gives its publisher: the group it belongs to (快科技（驱动之家旗下媒体）,
// 驱动之家旗下快科技, 快科技是驱动之家旗下的科技媒体), a name it is also known by (快科技，又名驱动之家;
// 快科技（原名驱动之家）), its full or short name (驱动之家科技有限公司（简称快科技）). A credit naming one
// names the publisher's rights holder by the notice's own words, not another outlet. And the other
// names of its outlet that OUTLET_ALIASES lists, where the notice writes them (中新社, 中新网 in
// 中国新闻网's 不代表中新社和中新网观点): the pack then shows the names its pages are credited by.
import { escapeRegex } from '../../shared/escape-regex.js';
import { restore, sentencesOf, writtenOf, type Sentence } from './text.js';
import { OUTLET_ALIASES, otherNamesOf } from '../../shared/outlet-aliases.js';
import { lazy } from '../../shared/once-per.js';

/** A name: no punctuation, and none of the words that join one to what it is (为, 是, 系, 的). */
const NAME = '([^\\s,。:;“”"()、为是系的]{2,16}?)';
/** What a group's member is called after 旗下: 旗下媒体, 旗下的科技媒体, 旗下网站. */
const MEMBER = '(?:的)?(?:科技|新闻|资讯|财经)?(?:媒体|网站|网|品牌|平台|子站|频道|产品)?';
const ALSO = '(?:又名|又称|亦称|也称|原名|曾用名|简称)';
const BEFORE = '(?:^|[,:“"(为是系])';

/** The other names `sentence` gives the publisher called `name`, as written; none when it names it not. */
export function aliasesIn(sentence: Sentence, name: string): string[] {
  const folded = sentencesOf({ number: 1, text: name })[0]?.norm;
  if (!folded || !sentence.norm.includes(folded)) return [];
  const n = escapeRegex(folded);
  const patterns = [
    new RegExp(`${n}\\(${NAME}旗下${MEMBER}\\)`, 'u'),
    new RegExp(`${n}(?:是|为|系)${NAME}旗下`, 'u'),
    new RegExp(`${BEFORE}${NAME}旗下${MEMBER}${n}`, 'u'),
    new RegExp(`${n}[,(]?${ALSO}[:]?[“"]?${NAME}[”"]?(?:[),。]|$)`, 'u'),
    new RegExp(`${BEFORE}${NAME}[,(]?${ALSO}[:]?[“"]?${n}(?:[”"),。]|$)`, 'u'),
  ];
  const found = patterns.map((p) => p.exec(sentence.norm)?.[1]).filter((a): a is string => a !== undefined && a !== folded);
  return [...new Set(found.map((a) => restore(sentence, a)))];
}

/** The names of OUTLET_ALIASES folded as a notice's sentences are, longest first, made at the first use. */
const listedNames = lazy((): readonly string[] => {
  const folded = OUTLET_ALIASES.flat().map(foldedName);
  return [...new Set(folded)].filter((n) => n !== '').sort((a, b) => b.length - a.length);
});

function foldedName(name: string): string {
  return sentencesOf({ number: 1, text: name })[0]?.norm ?? '';
}

const LATIN = /[a-z0-9]/u;

/**
 * The other names of the publisher's outlet in OUTLET_ALIASES (see otherNamesOf) that `sentence`
 * writes, as written: 中国新闻网's notice says 不代表中新社和中新网观点, and its pages are datelined
 * 中新网…电, 中新社…电. A name is read whole: not inside a longer listed name (央视 in 央视网, another
 * outlet), nor Latin letters inside a longer word (AP in APP).
 */
export function outletNamesIn(sentence: Sentence, name: string): string[] {
  const wanted = new Set(otherNamesOf([name]).map(foldedName));
  if (wanted.size === 0) return [];
  const { norm } = sentence;
  const taken = new Uint8Array(norm.length);
  const found: [number, string][] = [];
  for (const listed of listedNames()) {
    for (let at = norm.indexOf(listed); at >= 0; at = norm.indexOf(listed, at + 1)) {
      const end = at + listed.length;
      if (taken.subarray(at, end).includes(1)) continue;
      if ((LATIN.test(listed[0]) && LATIN.test(norm[at - 1] ?? '')) || (LATIN.test(listed[listed.length - 1]) && LATIN.test(norm[end] ?? ''))) continue;
      taken.fill(1, at, end);
      if (wanted.has(listed)) found.push([at, listed]);
    }
  }
  const inOrder = found.sort((a, b) => a[0] - b[0]).map(([at, listed]) => writtenOf(sentence, at, at + listed.length));
  return [...new Set(inOrder)];
}
