// Who runs the site and who holds the rights: 主办, 版权所有, 独家负责…经营, 运营, Copyright ©; and the
// other names the notice gives it (see aliases.ts).
import { latinHolder } from './latin-holder.js';
import { aliasesIn, outletNamesIn } from './aliases.js';
import { ORG, siteOf, toSegment, whole, type Reader } from './reading.js';

const OWNER = new RegExp(`由(${ORG}{2,30}?)(?:主办|主管)|主办(?:单位)?[:]\\s?(${ORG}{2,30})`, 'u');
const LICENSOR = [
  new RegExp(`由(${ORG}{2,40}?)(?:独家)?负责[^,。]{0,20}?(?:经营|运营|版权)`, 'u'),
  new RegExp(`(${ORG}{2,40}?)(?:独家负责|负责)[^,。]{0,20}?(?:经营|运营|版权)`, 'u'),
  new RegExp(`由(${ORG}{2,40}?)(?:独家)?(?:运营|经营)`, 'u'),
  new RegExp(`版权(?:均|皆)?(?:归|属于)(${ORG}{2,40}?)(?:所有|,|$)`, 'u'),
  new RegExp(`(?:^|[,])(${ORG}{2,40}?)(?:独家)?运营`, 'u'),
  new RegExp(`版权所有[:]\\s?(${ORG}{2,40})`, 'u'),
];
/** An organisation's name ends like one. */
const ORG_END = /(?:公司|集团|社|台|网|报|报社|中心|传媒|杂志|媒体|平台|委员会|出版社|科技|在线|新闻|院|研究所|协会|局)$/u;
const WORD = new RegExp(`${ORG}+`, 'gu');
const QUOTED_SITE = /^[“"]?(\p{Script=Han}{2,12}?)[”"]?(?:\([^)]{0,40}\))?由/u;

/** Words that claim the rights, in a copyright line or a footer. */
const RIGHTS = /版权所有|copyright|©|all rights reserved/iu;

const KEY = /主办|主管|版权所有|版权(?:均|皆)?(?:归|属于)|独家负责|运营|经营|copyright|©|all rights reserved/iu;

export const readPublisher: Reader = (sentence, context) => {
  const { norm } = sentence;
  const key = KEY.exec(norm);
  // the other names the notice gives the publisher (快科技（驱动之家旗下媒体）), in any sentence that names it,
  // and those of its outlet (中新社, 中新网 of 中国新闻网) in any sentence
  const given = context.name === undefined ? [] : aliasesIn(sentence, context.name);
  const listed = context.name === undefined ? [] : outletNamesIn(sentence, context.name);
  const aliases = [...new Set([...given, ...listed])];
  const named = aliases.length > 0 ? { aliases } : {};
  // a sentence only writing its outlet's names (不代表中新社和中新网观点) is cited for the publisher where no other is
  const namesOnly = given.length === 0 ? { namesOnly: true } : {};
  if (!key) return aliases.length > 0 ? [{ kind: 'publisher', quote: whole(sentence), ...named, ...namesOnly }] : [];
  if (/原作者|用户|作者本人|归作者/u.test(norm)) return [];
  const owner = OWNER.exec(norm);
  const licensor = LICENSOR.map((r) => r.exec(norm)).find((m) => m !== null);
  const rights = RIGHTS.test(norm);
  const han = licensor ? licensor[1] : rights ? rightsHolder(norm) : undefined;
  const latin = han === undefined && rights ? latinHolder(norm) : undefined;
  const holder = han ?? latin?.name;
  const site = QUOTED_SITE.exec(norm)?.[1] ?? siteWord(norm) ?? (holder ? siteOfHolder(holder) : undefined);
  // a copyright line naming nobody (Copyright © 1997-2019 by www.people.com.cn) still says the rights are the site's
  if (!owner && !holder && !site && !rights) return aliases.length > 0 ? [{ kind: 'publisher', quote: whole(sentence), ...named, ...namesOnly }] : [];
  return [
    {
      kind: 'publisher',
      // a copyright line to its holder's name: Copyright © 1996-2024 SINA Corporation, All Rights Reserved 新浪公司 版权所有;
      // a Latin one to the name's end, past the commas of Co., Ltd.
      quote: latin ? [0, Math.max(latin.end, reservedEnd(norm))] : toSegment(sentence, Math.max(key.index, !licensor && holder ? norm.indexOf(holder) : -1)),
      ...(site ? { site } : {}),
      ...(owner ? { owner: owner[1] ?? owner[2] } : {}),
      ...(holder ? { licensor: holder } : {}),
      ...named,
    },
  ];
};

/** Where All Rights Reserved ends, else -1. */
function reservedEnd(norm: string): number {
  const at = norm.indexOf('all rights reserved');
  return at < 0 ? -1 : at + 'all rights reserved'.length;
}

/** The company that runs a site under the site's own name (人民网股份有限公司) is credited as the site (人民网). */
const SITE_COMPANY = new RegExp(`^(${ORG}{1,30}?(?:网|在线))(?:股份有限公司|有限责任公司|有限公司)$`, 'u');

function siteOfHolder(holder: string): string {
  return SITE_COMPANY.exec(holder)?.[1] ?? siteOf(holder);
}

/** A site's own name in a copyright line (Copyright©和讯网 北京和讯…有限公司): a word ending 网 or 在线. */
function siteWord(norm: string): string | undefined {
  if (!RIGHTS.test(norm)) return undefined;
  return hanWords(norm).find((w) => /(?:网|在线)$/u.test(w) && w.length <= 12);
}

function hanWords(text: string): string[] {
  return [...text.replace(/\([^)]{0,30}\)/gu, ' ').replace(/copyright|©|\d{4}(?:-\d{4})?|by\b/giu, ' ').matchAll(WORD)]
    .map((m) => m[0].replace(/^[-.·]+|[-.·]+$/gu, ''))
    .filter((w) => /\p{Script=Han}/u.test(w));
}

/**
 * The holder a copyright line names, wherever it stands: before 版权所有 (长江互动传媒网版权所有,
 * All Rights Reserved 新浪公司 版权所有, ©2024 央视网 版权所有), else after it (版权所有 ©新浪公司,
 * 版权所有 © 2003-2024 人民网股份有限公司), else the first name before it. Never words of the
 * restriction (版权所有 不得转载, 未经授权不得转载 版权所有 …).
 */
function rightsHolder(norm: string): string | undefined {
  const at = rightsAt(norm);
  const words = hanWords(at >= 0 ? norm.slice(0, at) : norm).filter((w) => !NOT_NAME.test(w));
  const named = [...words].reverse().find((w) => ORG_END.test(w)) ?? holderAfterRights(norm) ?? words[0];
  return named?.replace(/旗下.*$/u, '');
}

/** Where the rights are claimed: 版权所有, else All Rights Reserved (a line may hold both, 版权所有 the nearer the name). */
function rightsAt(norm: string): number {
  const at = norm.indexOf('版权所有');
  return at >= 0 ? at : norm.search(/all rights reserved/u);
}

/** Words of a restriction or a sanction, never a holder's name. */
const NOT_NAME = /^本(?:网|站|报|刊|台)|不得|禁止|严禁|未经|必究|转载|复制|侵权|翻录|保留/u;
/** What may stand between 版权所有 and the name after it: a colon, ©, (c), Copyright, years. */
const BETWEEN = /^(?:[\s:©]|\(c\)|copyright|\d{4}(?:-\d{4})?){0,8}/u;
const NAME = new RegExp(`^${ORG}{2,40}`, 'u');

/** In 版权所有 新浪公司, 版权所有 ©新浪公司: the name after it, when it ends like an organisation's (not 版权所有 不得转载). */
function holderAfterRights(norm: string): string | undefined {
  const at = norm.indexOf('版权所有');
  if (at < 0) return undefined;
  const rest = norm.slice(at + '版权所有'.length);
  const name = NAME.exec(rest.slice(BETWEEN.exec(rest)?.[0].length ?? 0))?.[0];
  return name !== undefined && ORG_END.test(name) && !NOT_NAME.test(name) ? name : undefined;
}
