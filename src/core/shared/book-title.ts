/**
 * A title between 书名号, as Chinese text quotes it: a title already wholly in 《》 as it stands,
 * else in 《》 with the 书名号 inside it made single (GB/T 15834: 《〈区域全面经济伙伴关系协定〉生效三周年》),
 * never 《《…》…》. Page titles (<title>, og:title) often start with a programme's or a law's name.
 */
export function bookTitle(title: string): string {
  if (/^《[^《》]*》$/u.test(title)) return title;
  return `《${title.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
}
