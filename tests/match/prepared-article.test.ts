// An archive article made ready to align in one pass over its text (normalizeLines tells its
// lines and the breaks between the units kept) is what the long way makes of it: the text
// normalised, the lines split apart again and the boilerplate ones masked, then sentences and
// clauses found in the masked text. Pages as archives hold them: a site footer on every page, the
// publisher's notice pasted under a story, line ends of \n, \r\n or \r, half-width stops.
import { describe, expect, it } from 'vitest';
import { findBoilerplate, indexedText, judgedLines, lineKey, spansWhere, type Boilerplate } from '../../src/core/match/boilerplate.js';
import { preparedArticle } from '../../src/core/match/corpus-index.js';
import { clauseStarts, sentenceStarts } from '../../src/core/match/sentences.js';
import { normalize, normalisedOffset, withoutSpans, type NormText } from '../../src/core/normalize/index.js';
import { splitLines } from '../../src/core/shared/lines.js';
import { article, fixture } from '../helpers/docs.js';

const FOOTER = '本网站所刊登的各种新闻信息和各种专题专栏资料，均为本网站版权所有，未经协议授权禁止下载使用。';
const NOTICE = '凡本网注明“来源：国际在线”的所有作品，版权均属于国际在线，未经本网授权不得转载、摘编或利用其它方式使用上述作品。';
const STORIES = ['cri-01-zhongou-banlie-changchun', 'cri-02-rouxing-gaitaikuang-dianchi', 'cri-04-changbaishan-huaxue-jie'].map((name) => fixture(`corpus/cri/${name}.txt`));
const boilerplate = findBoilerplate(
  STORIES.map((story) => `${story}\n${FOOTER}\n`),
  0.05,
  NOTICE,
);

/** Each line of 8 units or more, split with splitLines and found in the map. */
function normalisedLines(text: string, norm: NormText) {
  return splitLines(text)
    .map(({ start, end }) => ({ line: norm.text.slice(normalisedOffset(norm, start), normalisedOffset(norm, end)), span: { start, end } }))
    .filter(({ line }) => line.length >= 8);
}

/** The long way: lines split with splitLines and found in the map, masked, then the breaks. */
function longWay(text: string, bp: Boilerplate) {
  const full = normalize(text);
  const norm = withoutSpans(full, spansWhere(normalisedLines(text, full), (line) => bp.lines.has(line) || bp.notice.includes(line)));
  return { text: norm.text, map: [...norm.map], sentences: [...sentenceStarts(text, norm)], clauses: [...clauseStarts(text, norm)] };
}

function oneWay(text: string, bp: Boilerplate) {
  const ready = preparedArticle(article('cri-04', text), bp, 0);
  return { text: ready.norm.text, map: [...ready.norm.map], sentences: [...ready.sentences], clauses: [...ready.clauses] };
}

describe('an archive article made ready in one pass', () => {
  const story = STORIES[2];

  it('masks the footer and a notice line, and breaks sentences and clauses as the long way does, whatever the line ends', () => {
    for (const eol of ['\n', '\r\n', '\r', '\n\r']) {
      const text = `${story}\n${FOOTER}\n${NOTICE.slice(0, 40)}\n`.replace(/\n/gu, eol);
      const ready = oneWay(text, boilerplate);
      expect(ready).toEqual(longWay(text, boilerplate));
      expect(ready.text).not.toContain('本网站版权所有');
      expect(ready.text).not.toContain('版权均属于国际在线');
      expect(ready.text).toContain(normalize('长白山').text);
      expect(ready.clauses.length).toBeGreaterThan(ready.sentences.length);
    }
  });

  it('finds the same breaks with nothing masked, half-width stops, decimals and abbreviations among them', () => {
    const typed = `${story.replace(/。/gu, '.')}\n冰雪旅游收入达到31.5亿元，代表团访问了U.S.和欧洲多国.接待游客达到2023.\n`;
    for (const text of [story, typed]) {
      const ready = oneWay(text, boilerplate);
      expect(ready).toEqual(longWay(text, boilerplate));
      expect(ready.sentences.length).toBeGreaterThan(5);
    }
    expect(oneWay(typed, boilerplate).sentences.length).toBe(oneWay(`${story}\n冰雪旅游收入达到31.5亿元，代表团访问了U.S.和欧洲多国。接待游客达到2023。\n`, boilerplate).sentences.length);
  });

  it('keeps a line only part of whose beginning is boilerplate', () => {
    const text = `${story}\n${FOOTER.slice(0, 12)}本台记者李明报道：冰雪季期间景区客流持续增长。\n`;
    const ready = oneWay(text, boilerplate);
    expect(ready).toEqual(longWay(text, boilerplate));
    expect(ready.text).toContain(normalize('本台记者李明报道').text);
  });

  it('tells an index build the lines the long way splits, whatever the line ends, short lines and blank ones left out', () => {
    for (const eol of ['\n', '\r\n', '\r', '\n\r']) {
      const text = `${story}\n\n${FOOTER}\n短行：八字以下\n　　${NOTICE.slice(0, 40)}`.replace(/\n/gu, eol);
      const { norm, lines } = judgedLines(text);
      expect(norm).toEqual(normalize(text));
      expect(lines).toEqual(normalisedLines(text, normalize(text)));
      expect(lines.map(({ line }) => line)).toContain(normalize(FOOTER).text);
      expect(lines.every(({ line }) => line.length >= 8)).toBe(true);
    }
  });

  it('gives an index build, in one pass, the long way\'s line keys in order and its text with the notice lines masked', () => {
    const notice: Boilerplate = { lines: new Set(), notice: normalize(NOTICE).text };
    for (const eol of ['\n', '\r\n', '\r', '\n\r']) {
      const text = `${story}\n\n${FOOTER}\n短行：八字以下\n　　${NOTICE.slice(0, 40)}\n${FOOTER}\n${NOTICE.slice(10, 30)}是通知的一段，不全在通知里`.replace(/\n/gu, eol);
      const keys: number[] = [];
      const masked = indexedText(text, notice, (key) => keys.push(key));
      const full = normalize(text);
      const lines = normalisedLines(text, full);
      expect(keys).toEqual(lines.map(({ line }) => lineKey(line)));
      expect(masked).toBe(withoutSpans(full, spansWhere(lines, (line) => notice.notice.includes(line))).text);
      expect(masked).not.toContain(normalize(NOTICE.slice(0, 40)).text);
      expect(masked).toContain(normalize('不全在通知里').text);
      expect(masked).toContain(normalize(FOOTER).text);
    }
    expect(indexedText(story, notice, () => undefined)).toBe(normalize(story).text);
  });
});
