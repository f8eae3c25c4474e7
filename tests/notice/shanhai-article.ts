// One article of 山海科技, a made-up tech outlet, for tests of packs compiled from its notices:
// the corpus copy (with its own 来源 line) and the body a reprint takes.
export const ARTICLE = `国产折叠屏手机出货量同比增长四成
2024-05-20 10:12 来源：山海科技
第一季度国内折叠屏手机出货量约为两百万台，同比增长四成以上，增速明显高于整体手机市场。
业内人士分析，铰链结构和屏幕材料的成本持续下降，使得折叠屏机型的售价逐步下探至五千元区间，吸引了更多首次换机的用户。
多家厂商表示，下半年还将推出更轻薄的横向折叠机型，并针对办公场景优化分屏和多窗口功能。`;
export const BODY = ARTICLE.split('\n').slice(2).join('\n');

/** A reprint of the article under a new headline, with `credit` (a 来源 line, or none) beside its date. */
export function reprint(credit: string): string {
  return `折叠屏手机一季度出货量大增\n2024-05-21${credit ? ` ${credit}` : ''}\n\n${BODY}\n`;
}
