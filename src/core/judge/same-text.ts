import { distance } from 'fastest-levenshtein';
import type { Article, Reuse } from '../match/types.js';
import type { Span } from '../shared/types.js';
import { candidatesFull, earlier } from '../match/index.js';
import { normalize, withoutSpans } from '../normalize/index.js';
import { headersOf } from './reuse-report.js';
import { spend } from '../shared/budget.js';
import { mapped } from '../shared/mapped.js';

/** A reuse as it is judged: of the copy the document matches best, naming the archive's other copies of the same text. */
export interface HeldReuse extends Reuse {
  /** Other archive articles whose reuse is the same (near-identical text, the same passages), published first first. */
  alsoIn?: readonly Article[];
  /** The archive may hold more copies than alsoIn names: every candidate aligned was reused, and their number is capped. */
  alsoInPartial?: true;
}

/** Least share of the larger reuse's document characters the other must cover too. */
export const SAME_SPANS = 0.8;
/** Most edit distance between two copies' texts, as a share of the longer. */
const MOST_CHANGED = 0.1;
/** Longest differing middle measured: beyond it two texts are taken as different (an edit distance costs its square). */
const MOST_MEASURED = 4000;
/** Edit distances measured per reuse, on average at most: past them texts not equal are taken as different. */
const MEASURES_PER_REUSE = 2;

interface Group {
  /** The reuse the others are compared with: the first met. */
  seed: Reuse;
  members: Reuse[];
}

/**
 * One reuse per text the archive holds several times: a 通稿 stored again and again with only
 * its date or 编辑 line changed, or updated with a sentence or new figures, is one reuse, of the
 * copy the document matches best (see `bestCopy`), naming the others. Two reuses are one when their articles have the
 * same origin, the document passages cover nearly the same characters (the overlap is at least
 * 80 % of the larger), and the articles' texts, page-header lines (dates, 来源, 编辑) left out and
 * normalised, differ by at most 10 % of the longer (edit distance), and neither replaces a year the
 * other names (yearReplaced: one template filled in for another year). Distinct articles that share
 * a paragraph are not one (their texts differ far more), nor are two excerpts from two articles
 * (their passages are elsewhere in the document). Each reuse is compared with the first reuse of
 * each group so far (reuses × groups, both bounded by the candidates aligned), and an edit distance
 * is measured only past the cheap tests, within a bound: many distinct articles of one length that
 * share the paragraph a document takes cost no more than twice the copies of one text would.
 */
export function oneReusePerText(reuses: readonly Reuse[]): HeldReuse[] {
  if (reuses.length < 2) return [...reuses];
  const groups: Group[] = [];
  const texts = new Map<Article, string>();
  const years = new Map<Article, ReadonlySet<number>>();
  const measures = { left: MEASURES_PER_REUSE * reuses.length };
  const same = (a: Article, b: Article) => !yearReplaced(yearsOf(a), yearsOf(b)) && nearlySame(textOf(a), textOf(b), measures);
  const textOf = (a: Article) => {
    let text = texts.get(a);
    if (text === undefined) texts.set(a, (text = bodyText(a)));
    return text;
  };
  const yearsOf = (a: Article) => {
    let named = years.get(a);
    if (named === undefined) years.set(a, (named = yearsNamed(a)));
    return named;
  };
  for (const reuse of reuses) {
    const group = groups.find((g) => sameReuse(g.seed, reuse, same));
    if (group) group.members.push(reuse);
    else groups.push({ seed: reuse, members: [reuse] });
  }
  const partial = candidatesFull(reuses.length);
  return mapped(groups, (g) => held(g, partial)).sort((x, y) => y.coverage - x.coverage || x.article.id.localeCompare(y.article.id));
}

function held(group: Group, partial: boolean): HeldReuse {
  if (group.members.length === 1) return group.seed;
  const best = bestCopy(group.members);
  const others = group.members.filter((r) => r !== best).sort((a, b) => (earlier(a.article, b.article) ? -1 : earlier(b.article, a.article) ? 1 : 0));
  const alsoIn = others.map((r) => r.article);
  // every field named: `{ ...best, alsoIn }` gets a hidden class of its own each time on Node 20
  // (V8 11), and each reader of the reuses goes megamorphic (see 063150d)
  const { article, kind, coverage, docCoverage, similarity, passages } = best;
  return partial ? { article, kind, coverage, docCoverage, similarity, passages, alsoIn, alsoInPartial: true } : { article, kind, coverage, docCoverage, similarity, passages, alsoIn };
}

/** Closer than float noise: two copies whose reused passages read the same score the same. */
const TIE = 1e-9;

/** Copies whose reused characters (blanks left out) differ by at most this share of the larger reproduce the same text. */
const SAME_REUSED = 0.02;

/**
 * The copy the document matches best: the text it reproduces most faithfully (similarity), then
 * the one that accounts for more of the document (an update's added sentence, copied too), then
 * the ones it reproduces the most characters of (within 2 % of the most), and of those the copy
 * published first (then the lower id). A verbatim copy of a version with changed figures is a
 * 转载 of that version, not a 改编 of the first. Characters, not the share of each copy: a copy
 * with a shorter date line, or a re-import without its page header, is a larger share of a
 * shorter text for the same passages, and would be cited over the copy that ran first. Each
 * step keeps those near the best of all, not of a neighbour, so the order of the copies never
 * changes the choice.
 */
function bestCopy(members: readonly Reuse[]): Reuse {
  let kept = nearMost(members, (r) => r.similarity, TIE);
  kept = nearMost(kept, (r) => r.docCoverage, TIE);
  const chars = new Map(kept.map((r) => [r, reusedChars(r)]));
  kept = nearMost(kept, (r) => chars.get(r) ?? 0, SAME_REUSED * Math.max(...chars.values()));
  return kept.reduce((x, y) => (earlier(y.article, x.article) ? y : x));
}

/** The members whose value is within `slack` of the largest. */
function nearMost(members: readonly Reuse[], value: (r: Reuse) => number, slack: number): Reuse[] {
  const most = Math.max(...members.map(value));
  return members.filter((r) => value(r) >= most - slack);
}

/** The characters of the copy the passages span, blanks left out: a copy saved with CRLF or with paragraphs indented by 　　 reproduces no more. */
function reusedChars(reuse: Reuse): number {
  const { text } = reuse.article.doc;
  return merged(reuse.passages.map((p) => p.source)).reduce((n, s) => n + text.slice(s.start, s.end).replace(/\s+/gu, '').length, 0);
}

function sameReuse(a: Reuse, b: Reuse, same: (a: Article, b: Article) => boolean): boolean {
  const [x, y] = [a.article.origin, b.article.origin];
  if (x.kind !== y.kind || x.source !== y.source) return false;
  const [spansA, spansB] = [merged(a.passages.map((p) => p.doc)), merged(b.passages.map((p) => p.doc))];
  if (overlap(spansA, spansB) < SAME_SPANS * Math.max(covered(spansA), covered(spansB))) return false;
  return same(a.article, b.article);
}

/** A year as a text names it: 2024年, ２０２４ 年 (four digits, no digit before), 二〇二四年, 一九九八年. */
const YEAR = /(?<![0-9０-９〇○零一二三四五六七八九])(?:[12１２][0-9０-９]{3}|[一二][〇○零一二三四五六七八九]{3})(?=\s?年)/gu;
/** Chinese numerals of a year, by their value. */
const CHINESE_DIGITS = new Map([...'〇一二三四五六七八九'].map((c, i) => [c, String(i)]));

/** The years (1900–2099) the article's text names, its page-header lines (a date line) left out. */
function yearsNamed(article: Article): ReadonlySet<number> {
  const { text } = article.doc;
  const headers = headersOf(article.doc);
  const years = new Set<number>();
  let h = 0;
  for (const m of text.matchAll(YEAR)) {
    while (h < headers.length && headers[h].end <= m.index) h++;
    if (h < headers.length && headers[h].start <= m.index) continue;
    const year = Number([...m[0].normalize('NFKC').replace(/[○零]/gu, '〇')].map((c) => CHINESE_DIGITS.get(c) ?? c).join(''));
    if (year >= 1900 && year < 2100) years.add(year);
  }
  return years;
}

/**
 * Whether each text names a year the other does not: one template filled in for another year
 * (2023年春运 / 2024年春运, a yearly 通知 or 公告 with its dates and figures), two articles however
 * little else differs. A copy updated with a sentence may name a year more; only a year replaced
 * tells another year's article.
 */
function yearReplaced(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const lacks = (x: ReadonlySet<number>, y: ReadonlySet<number>) => [...x].some((year) => !y.has(year));
  return lacks(a, b) && lacks(b, a);
}

/** The article's text as compared: normalised, its page-header lines left out. */
function bodyText(article: Article): string {
  return withoutSpans(normalize(article.doc.text), headersOf(article.doc)).text;
}

function nearlySame(a: string, b: string, measures: { left: number }): boolean {
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  const most = Math.floor(MOST_CHANGED * longer);
  if (Math.abs(a.length - b.length) > most) return false;
  // an update or a correction leaves most of the text as it was: only the part between the
  // common beginning and end is measured
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  if (Math.max(a.length, b.length) - start - end > MOST_MEASURED || measures.left <= 0) return false;
  measures.left--;
  const [x, y] = [a.slice(start, a.length - end), b.slice(start, b.length - end)];
  // bit-parallel: a machine word per 32 characters of one, for each character of the other
  spend(Math.ceil(x.length / 32) * y.length);
  return distance(x, y) <= most;
}

/** Spans sorted and joined where they touch or overlap. */
export function merged(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((p, q) => p.start - q.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export function covered(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + s.end - s.start, 0);
}

/** Characters two sorted, disjoint span lists have in common. */
export function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    n += Math.max(0, Math.min(a[i].end, b[j].end) - Math.max(a[i].start, b[j].start));
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return n;
}
