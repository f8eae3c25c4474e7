// The copy a finding cites does not depend on the order the archive's copies come in: with a
// tolerance on the characters reproduced, pairwise "better" was not transitive (copies reproduced
// in 970, 985 and 1,000 characters each tie with a neighbour), so one order cited the longest
// copy and another the first published.
import { describe, expect, it } from 'vitest';
import type { Article, Reuse } from '../../src/core/match/types.js';
import { oneReusePerText } from '../../src/core/judge/same-text.js';
import { article } from '../helpers/docs.js';

const STORY = [
  '6月6日上午，随着G8101次列车从长春西站驶出，沈白高铁长春至白山段正式开通运营，长白山脚下的白山市结束了不通高铁的历史。长春至白山最快1小时50分钟可达，比原来缩短约3小时。',
  '新线设长春西、吉林、桦甸、白山等8座车站，设计时速250公里。开通初期，铁路部门每日安排动车组列车14对，并将根据客流情况适时增开。',
  '白山市文化广电和旅游局负责人表示，高铁开通将带动长白山、鸭绿江沿线的生态旅游和冰雪旅游，当地已推出“高铁+景区”联票等产品，暑期预计接待游客同比增长三成以上。',
  '据了解，沈白高铁全长约430公里，是国家“八纵八横”高速铁路网的重要组成部分，全线贯通后，沈阳至白山的旅行时间将压缩至2小时左右，东北东部地区将形成新的快速客运通道。',
].join('');

/** A copy holding the story less its last `cut` characters, dated `date`, reproduced whole. */
function copy(id: string, date: string, cut: number): Reuse {
  const text = STORY.slice(0, STORY.length - cut);
  const a: Article = { ...article(id, text), date };
  return { article: a, kind: 'reprint', coverage: 1, docCoverage: 1, similarity: 1, passages: [{ doc: { start: 0, end: text.length }, source: { start: 0, end: text.length }, similarity: 1 }] };
}

describe('the copy a finding cites, of several near the most reproduced', () => {
  const n = STORY.length;
  const copies = [copy('cri-first', '2023-06-06', Math.round(0.03 * n)), copy('cri-second', '2023-06-07', Math.round(0.015 * n)), copy('cri-third', '2023-06-08', 0)];

  it.each([
    ['first to last', [0, 1, 2]],
    ['last to first', [2, 1, 0]],
    ['middle first', [1, 2, 0]],
  ])('is the same whatever the order (%s): the first published of those within 2 %% of the most', (_name, order) => {
    const held = oneReusePerText(order.map((i) => copies[i]));
    expect(held).toHaveLength(1);
    // cri-first reproduces 3 % less than cri-third: not cited; cri-second is within 2 % and ran before cri-third
    expect([held[0].article.id, ...(held[0].alsoIn ?? []).map((a) => a.id)]).toEqual(['cri-second', 'cri-first', 'cri-third']);
  });
});
