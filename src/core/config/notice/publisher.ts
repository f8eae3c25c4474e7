// Who runs the site and who holds the rights: 主办, 版权所有, 独家负责…经营, 运营, Copyright ©.
import { ORG, siteOf, toSegment, type Reader } from './reading.js';

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
const ORG_END = /(?:公司|集团|社|台|网|报|报社|中心|传媒|杂志|媒体|平台|委员会|出版社|科技|在线)$/u;
const WORD = new RegExp(`${ORG}+`, 'gu');
const QUOTED_SITE = /^[“"]?(\p{Script=Han}{2,12}?)[”"]?(?:\([^)]{0,40}\))?由/u;

const KEY = /主办|主管|版权所有|版权(?:均|皆)?(?:归|属于)|独家负责|运营|经营|copyright|©|all rights reserved/iu;

export const readPublisher: Reader = (sentence) => {
  const { norm } = sentence;
  const key = KEY.exec(norm);
  if (!key || /原作者|用户|作者本人|归作者/u.test(norm)) return [];
  const owner = OWNER.exec(norm);
  const licensor = LICENSOR.map((r) => r.exec(norm)).find((m) => m !== null);
  const holder = licensor ? licensor[1] : /版权所有|copyright|©|all rights reserved/iu.test(norm) ? (holderBeforeRights(norm) ?? holderAfterRights(norm)) : undefined;
  const site = QUOTED_SITE.exec(norm)?.[1] ?? siteWord(norm) ?? (holder ? siteOf(holder) : undefined);
  // a copyright line naming nobody (Copyright © 1997-2019 by www.people.com.cn) still says the rights are the site's
  if (!owner && !holder && !site && !/copyright|©|all rights reserved|版权所有/iu.test(norm)) return [];
  return [
    {
      kind: 'publisher',
      quote: toSegment(sentence, key.index),
      ...(site ? { site } : {}),
      ...(owner ? { owner: owner[1] ?? owner[2] } : {}),
      ...(holder ? { licensor: holder } : {}),
    },
  ];
};

/** A site's own name in a copyright line (Copyright©和讯网 北京和讯…有限公司): a word ending 网 or 在线. */
function siteWord(norm: string): string | undefined {
  if (!/版权所有|copyright|©|all rights reserved/iu.test(norm)) return undefined;
  return hanWords(norm).find((w) => /(?:网|在线)$/u.test(w) && w.length <= 12);
}

function hanWords(text: string): string[] {
  return [...text.replace(/\([^)]{0,30}\)/gu, ' ').replace(/copyright|©|\d{4}(?:-\d{4})?|by\b/giu, ' ').matchAll(WORD)]
    .map((m) => m[0].replace(/^[-.·]+|[-.·]+$/gu, ''))
    .filter((w) => /\p{Script=Han}/u.test(w));
}

/** In 长江互动传媒网版权所有 or Copyright©和讯网 北京和讯…有限公司 All Rights Reserved 版权所有: the last name of an organisation. */
function holderBeforeRights(norm: string): string | undefined {
  const at = norm.search(/版权所有|all rights reserved/iu);
  const before = at >= 0 ? norm.slice(0, at) : norm;
  const words = hanWords(before);
  const holder = [...words].reverse().find((w) => ORG_END.test(w)) ?? words[0];
  return holder?.replace(/旗下.*$/u, '');
}

const AFTER_RIGHTS = new RegExp(`版权所有\\s(${ORG}{2,40})`, 'u');

/** In 版权所有 新浪公司 (a space, no colon): the name after it, when it ends like an organisation's (not 版权所有 不得转载). */
function holderAfterRights(norm: string): string | undefined {
  const name = AFTER_RIGHTS.exec(norm)?.[1];
  return name !== undefined && ORG_END.test(name) ? name : undefined;
}
