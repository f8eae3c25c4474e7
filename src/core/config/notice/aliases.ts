// Other names a notice itself gives its publisher: the group it belongs to (快科技（驱动之家旗下媒体）,
// 驱动之家旗下快科技, 快科技是驱动之家旗下的科技媒体), a name it is also known by (快科技，又名驱动之家;
// 快科技（原名驱动之家）), its full or short name (驱动之家科技有限公司（简称快科技）). A credit naming one
// names the publisher's rights holder by the notice's own words, not another outlet.
import { escapeRegex } from '../../shared/escape-regex.js';
import { restore, sentencesOf, type Sentence } from './text.js';

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
