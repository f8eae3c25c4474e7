// The outlets a credit's value names, read as editors write them: 来源：国际在线、新华社 names two;
// 来源：据国际在线 and 来源：综合国际在线 name 国际在线 (据 and 综合 say the article draws on it); 来源：国际在线等
// names it among others left unnamed; a web address names its host.
import type { SourceClaim } from '../metadata/types.js';
import { hostOf } from '../metadata/web-address.js';

/** 和 and 与 join names only between two (新华社和人民日报): the 和 of 和讯网 starts one. */
const SEPARATORS = /[、，,;；/]|\s[和与]\s|(?<=\S{2})[和与](?=\S{2})/u;
/** Words before an outlet's name that say the article draws on it. */
const DRAWS_ON = /^(?:据|综合自|综合)(?=\S{2})/u;
/** Words after the last name that say there are other sources, unnamed. */
const AND_OTHERS = /(?<=\S{2})等(?:媒体|网站)?$/u;

/** The outlets a claim names, each as written without 据, 综合 or 等; a web address as its host. */
export function outletsOf(claim: SourceClaim): string[] {
  const host = hostOf(claim.value);
  if (host !== undefined) return [host];
  return claim.value
    .split(SEPARATORS)
    .map((s) => s.trim().replace(DRAWS_ON, '').replace(AND_OTHERS, ''))
    .filter((s) => s !== '');
}

/** Whether a claim credits more than one outlet (来源：国际在线、新华社), or one among others it leaves unnamed (来源：国际在线等). */
export function namesSeveral(claim: SourceClaim): boolean {
  if (hostOf(claim.value) !== undefined) return false;
  return SEPARATORS.test(claim.value) || AND_OTHERS.test(claim.value.trim());
}
