// The name a notice has its works credited by: the X of 转载请注明来源：X, 注明出处：X, 使用时应注明“来源:X”,
// 凡本网注明“来源：X”的作品. Editors write that name in 来源 lines, so it is the pack's name even where the
// rights are a company's (版权均属于人民网股份有限公司 beside 注明“来源：人民网”: the name is 人民网).
import { readAttribution } from './attribution.js';
import { siteOf } from './reading.js';
import { restore, type Sentence } from './text.js';

/** 本网注明“来源：X”: how the site marks its own works. */
const MARKED = /本(?:网|站)(?:注明|标明|署名)[“"「](?:来源|出处)[:]\s?([^”"」()]{2,20})[”"」]/u;
/** XXX, 本网 and 非本网 stand for no one. */
const NO_ONE = /^本(?:网|站|报)$|xx|某|非/iu;

export function creditedName(sentences: readonly Sentence[]): string | undefined {
  for (const sentence of sentences) {
    const reading = readAttribution(sentence, {})[0];
    const named = reading?.required?.replace(/^来源:\s?/u, '') ?? reading?.site ?? MARKED.exec(sentence.norm)?.[1];
    if (named !== undefined && !NO_ONE.test(named)) return siteOf(restore(sentence, named.trim()));
  }
  return undefined;
}

/** A company's name without its legal form: 南江公司 → 南江, 南江传媒股份有限公司 → 南江传媒. */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;

/**
 * The site a company holder runs, where the notice writes it (南江公司 版权所有 beside 不代表南江网的观点):
 * the company's name without its legal form, then 网 or 在线; else that name alone where the notice's
 * disclaimer speaks of the outlet by it (南江公司 版权所有 beside 不代表南江立场: 南江).
 */
export function siteOfCompany(holder: string, sentences: readonly Sentence[]): string | undefined {
  const stem = holder.replace(LEGAL_FORM, '');
  if (stem === holder || [...stem].length < 2) return undefined;
  for (const sentence of sentences) {
    for (const site of [`${stem}网`, `${stem}在线`]) {
      const at = sentence.norm.indexOf(site);
      // 南江网络, 南江网址 are words of their own
      if (at >= 0 && !/^[络址页友民]/u.test(sentence.norm.slice(at + site.length))) return restore(sentence, site);
    }
  }
  const disclaimer = sentences.find((s) => VIEWS.test(afterDisclaiming(s.norm, stem)));
  return disclaimer && restore(disclaimer, stem);
}

const VIEWS = /^的?(?:观点|立场)/u;

/** What follows 不代表<stem> in a sentence, else ''. */
function afterDisclaiming(norm: string, stem: string): string {
  const at = norm.indexOf(`不代表${stem}`);
  return at < 0 ? '' : norm.slice(at + 3 + stem.length, at + 3 + stem.length + 3);
}
