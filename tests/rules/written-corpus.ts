// Checks a text against a corpus of 国际在线 pages a test writes itself, for cases the shared test
// corpus has no page for (a reprint from 中国新闻网, an article quoted in a commentary).
import type { Finding } from '../../src/core/judge/types.js';
import type { Licence } from '../../src/core/config/types.js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { noticeText } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { documentOf } from './harness.js';

export interface WrittenPage {
  id: string;
  headline: string;
  /** The page's date line, as 国际在线 prints it: 2024-03-05 10:20:31来源:中国新闻网责编:王晓. */
  head: string;
  paragraphs: readonly string[];
}

/** A 国际在线 page as the site prints it: menu, headline, date and 来源 line, indented paragraphs. */
export function pageText(page: WrittenPage): string {
  const menu = '首页    |    国际    |    国内    |    财经    |    科技    |    文化    |    体育    |    视频';
  return [menu, '', page.headline, page.head, '', ...page.paragraphs.flatMap((p) => [`  ${p}`, '']), ''].join('\n');
}

/** How an archive reads a written page's origin (国际在线's own, or another outlet's), as a text file of the corpus. */
export async function originOfPage(page: WrittenPage) {
  return articleOf(textDoc(pageText(page), `corpus/${page.id}.txt`), await criPack()).origin;
}

/** The findings of `text` (a licensed file unless `licences` is given) against the written pages. */
export async function checkAgainst(pages: readonly WrittenPage[], text: string, licences: readonly Licence[], path = 'content/licensed/article.txt'): Promise<Finding[]> {
  return checkAgainstTexts(pages.map((p) => ({ id: p.id, text: pageText(p) })), text, licences, path);
}

/** The same against archive texts written whole (a corpus record as an export keeps it, its headline glued to its story). */
export async function checkAgainstTexts(records: ReadonlyArray<{ id: string; text: string }>, text: string, licences: readonly Licence[], path = 'content/licensed/article.txt'): Promise<Finding[]> {
  const pack = await criPack();
  const articles = records.map((r) => articleOf(documentOf(r.text, `corpus/${r.id}.txt`), pack));
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [...licences], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', buildIndex(articles, DEFAULT_MATCH, noticeText(pack))]]),
    rules: RULES,
  };
  return checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => '2025-06-01' }).findings;
}
