// Data: names under which Chinese editors credit the same outlet, one group per outlet. A credit
// naming any name of a group names the others (来源：中新网 credits a page 国际在线 reprinted from
// 中国新闻网). Names that contain one another need no entry (央视 and 央视新闻, 新华社 and 新华网:
// see namesOrigin). List only true equivalents: a short name, a former name, the agency and the
// site it runs under its own name; never a paper and a site merely of the same group (人民日报 is not
// 人民网, 环球时报 not 环球网, 光明日报 not 光明网, 人民日报海外版 not 海外网, 中国青年报 not 中国青年网).
// A pack's publisher is every name of its group too (otherNamesOf): a 中国新闻网 pack's own pages
// are datelined 中新网…电 and 中新社…电.
import { keyText } from './keytext.js';
import { lazy } from './once-per.js';

export const OUTLET_ALIASES: readonly (readonly string[])[] = [
  // 中新社 (China News Service) and 中国新闻网, its site, short 中新网
  ['中国新闻社', '中新社', '中国新闻网', '中新网', 'chinanews.com'],
  // 新华通讯社, short 新华社, and its site 新华网
  ['新华通讯社', '新华社', '新华网', 'xinhuanet.com'],
  // 中央人民广播电台's site: 中国广播网 (short 中广网) was renamed 央广网 in 2012
  ['中央人民广播电台', '中国广播网', '中广网', '央广网', 'cnr.cn'],
  // 中央电视台, short 央视, CCTV
  ['中央电视台', '央视', 'CCTV'],
  // 央视网 was 中国网络电视台 (CNTV) from 2009 to 2016
  ['央视网', '中国网络电视台', 'CNTV', 'cctv.com'],
  ['中国国际电视台', 'CGTN'],
  ['中国日报', 'China Daily', 'chinadaily.com.cn'],
  ['中国青年报', '中青报', '中青在线'],
  ['北京青年报', '北青报', '北青'],
  ['南方都市报', '南都'],
  ['每日经济新闻', '每经'],
  // renamed in 2020
  ['法治日报', '法制日报'],
  // foreign outlets by their Chinese and Latin names
  ['路透社', 'Reuters'],
  ['美联社', 'Associated Press', 'AP'],
  ['法新社', '法国新闻社', 'AFP', 'Agence France-Presse'],
  ['共同社', '共同通讯社', 'Kyodo', 'Kyodo News'],
  ['韩联社', '韩国联合通讯社', 'Yonhap', 'Yonhap News Agency'],
  ['彭博社', 'Bloomberg'],
  ['美国有线电视新闻网', 'CNN'],
  ['英国广播公司', 'BBC'],
  ['日本广播协会', '日本放送协会', 'NHK'],
];

/** A name as a group is looked up by: folded (script, width, Latin case: see keyText), no spaces, a site's address without www. */
function lookupForm(name: string): string {
  return keyText(name)
    .replace(/\s+/gu, '')
    .replace(/^www\./u, '');
}

/** Each looked-up name of OUTLET_ALIASES to the numbers of the groups holding it; made at the first use. */
const groupsByName = lazy((): ReadonlyMap<string, readonly number[]> => {
  const groups = new Map<string, number[]>();
  OUTLET_ALIASES.forEach((names, group) => {
    for (const name of names) {
      const form = lookupForm(name);
      groups.set(form, [...(groups.get(form) ?? []), group]);
    }
  });
  return groups;
});

/**
 * The other names of the outlets `names` name (a publisher's name and aliases): the names of every
 * group of OUTLET_ALIASES holding one of them, in any script, width or case, as listed there,
 * less those `names` already give (中国新闻网 → 中国新闻社, 中新社, 中新网, chinanews.com). A name
 * in no group adds none: 国际在线 is in none, and 人民网 is not 人民日报 (see above).
 */
export function otherNamesOf(names: readonly string[]): string[] {
  const given = new Set(names.map(lookupForm));
  const groups = new Set([...given].flatMap((form) => groupsByName().get(form) ?? []));
  const others = [...groups].sort((a, b) => a - b).flatMap((group) => OUTLET_ALIASES[group]);
  return [...new Set(others)].filter((name) => !given.has(lookupForm(name)));
}
