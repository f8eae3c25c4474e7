// Authorization required for named uses: 未经(书面)授权/许可/同意/协议 … 不得/禁止/严禁 转载、摘编、
// 复制、链接、镜像、下载、使用; 禁止转载; 刊用…务经书面授权; 复制必究. And the sanction: 违者必究,
// 侵权必究, 追究法律责任 (a penalty: it makes no term of its own).
import type { UseAction } from '../types.js';
import { fromSegment, whole, type Reader, type Reading } from './reading.js';

const WITHOUT = /(?:未经|未获|未得到|未取得|没有)[^,。]{0,24}?(?:授权|许可|同意|允许|协议)/u;
const FORBID = /(?:不得|禁止|严禁|请勿|不可|不允许|不准|谢绝)[^。]{0,6}?(?:转载|摘编|复制|链接|镜像|下载|使用|改编|转帖|传播|刊登|刊用|转发|销售)/u;
const MUST_ASK = /(?:务经|须经|需经|必须经|应经|须取得|需取得|应取得)[^,。]{0,6}?(?:授权|许可|同意)/u;
const BARE = /(?:禁止|严禁|谢绝|请勿)(?:转载|复制|镜像|摘编)|(?:转载|复制|摘编)必究/u;
const PENALTY = /必究|追究[^。]{0,10}?(?:法律)?责任|法律手段|法律责任/u;

const VERBS: [RegExp, UseAction][] = [
  [/转载|转帖|转发|刊登|刊用/u, '转载'],
  [/摘编/u, '摘编'],
  [/复制|镜像|下载/u, '复制'],
  [/改编/u, '改编'],
  [/使用|链接|传播/u, '其他方式使用'],
  [/销售/u, '销售'],
];

export const readRestriction: Reader = (sentence) => {
  const { norm } = sentence;
  const readings: Reading[] = [];
  const without = WITHOUT.exec(norm);
  const forbid = FORBID.exec(norm);
  const ask = MUST_ASK.exec(norm);
  const bare = BARE.exec(norm);
  if (/超范围|授权范围/u.test(norm)) return PENALTY.test(norm) ? [{ kind: 'penalty', quote: whole(sentence) }] : [];
  const at = without && (forbid || /不得|禁止|严禁/u.test(norm)) ? without.index : ask ? segmentStartOfUse(norm, ask.index) : forbid ? forbid.index : bare?.index;
  if (at !== undefined && !/商业转载/u.test(norm.slice(at))) {
    const quote = ask && at !== ask.index ? whole(sentence) : fromSegment(sentence, at);
    // 澎湃新闻，未经授权不得转载: the name standing alone before the restriction is the site's
    const lead = /^(\p{Script=Han}{2,10}),/u.exec(norm);
    const site = lead && quote[0] === lead[0].length ? { site: lead[1] } : {};
    readings.push({ kind: 'restricted', quote, actions: actionsIn(norm.slice(quote[0], quote[1])), ...site });
  }
  const penalty = PENALTY.exec(norm);
  if (penalty && readings.length === 0) readings.push({ kind: 'penalty', quote: whole(sentence) });
  return readings;
};

/** 刊用本网站稿件，务经书面授权: the use named before the demand. */
function segmentStartOfUse(norm: string, at: number): number {
  const use = /刊用|转载|使用|复制/u.exec(norm);
  return use && use.index < at ? use.index : at;
}

/** The uses a restriction names, in the notice's order, as the kinds of use laiyuan knows. */
export function actionsIn(words: string): UseAction[] {
  const found: { at: number; action: UseAction }[] = [];
  for (const [pattern, action] of VERBS) {
    const m = new RegExp(pattern.source, 'gu').exec(words.replace(/授权使用|使用授权/gu, '    '));
    if (m) found.push({ at: m.index, action });
  }
  const actions = found.sort((a, b) => a.at - b.at).map((f) => f.action);
  return actions.length > 0 ? [...new Set(actions)] : ['其他方式使用'];
}

/**
 * The notice's own word for a use in a restriction's words (刊用 for 转载 in 刊用本网站稿件，务经书面
 *授权; 使用 in 未经书面授权禁止使用), else the use's name (使用 for 其他方式使用).
 */
export function useWord(quote: string, action: UseAction): string {
  const pattern = VERBS.find(([, a]) => a === action)?.[0];
  const found = pattern?.exec(quote.replace(/\s+/gu, '').replace(/授权使用|使用授权/gu, '授权'));
  return found ? found[0] : action === '其他方式使用' ? '使用' : action;
}
