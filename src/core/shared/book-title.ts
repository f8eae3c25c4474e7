/**
 * A title between 书名号, as Chinese text quotes it: a title already wholly in 《》 as it stands,
 * else in 《》 with the 书名号 inside it made single (GB/T 15834: 《〈区域全面经济伙伴关系协定〉生效三周年》),
 * never 《《…》…》. Page titles (<title>, og:title) often start with a programme's or a law's name.
 */
export function bookTitle(title: string): string {
  if (/^《[^《》]*》$/u.test(title)) return title;
  return `《${title.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
}

/**
 * What a finding's message ends with when its document reuses several articles (a compilation):
 * the article it is about, 「（所用文章《…》）」. A report that names the article on a line of its own
 * (the github format's 来源文章) leaves it out.
 */
export function usedArticleSuffix(title: string): string {
  return `（所用文章${bookTitle(title)}）`;
}
