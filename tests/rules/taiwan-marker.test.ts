// OpenCC's Taiwan phrase conversion (s2twp) turns 国际在线 into 國際線上 and 消息 into 訊息: a
// traditional reprint keeping its lead 國際線上北京訊息 carries 国际在线's own-content marker (clause 3)
// as 國際在線北京消息 does. It was read as no marker.
import { describe, expect, it } from 'vitest';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { checkAgainst, pageText } from './written-corpus.js';

const STORY = [
  '記者從北京市交通委員會獲悉，北京地鐵17號線北段今天開通試運營，沿線居民從未來科學城到望京的通勤時間將縮短至半小時以內。',
  '據介紹，新開通區段全長約15公里，設站6座，高峰時段最小行車間隔為4分鐘，全線採用全自動運行系統。',
];
const copy = (lead: string) => ['北京地鐵17號線北段今天開通', '', `${lead}（記者 李明）${STORY[0]}`, '', STORY[1], ''].join('\n');

describe('a traditional copy keeping 國際線上北京訊息, outside any licence', () => {
  for (const lead of ['國際線上北京訊息', '國際在線北京消息']) {
    it(`${lead}: unauthorized-reuse at the marker`, async () => {
      const found = await checkAgainst([], copy(lead), [], 'content/news/ditie.txt');
      expect(found.map((f) => [f.ruleId, f.line])).toContainEqual(['unauthorized-reuse', 3]);
    });
  }
});

it('an archive page leading with 國際線上北京訊息 is the publisher’s own, whatever outlet its head names', async () => {
  const text = pageText({ id: 'ditie', headline: '北京地鐵17號線北段今天開通', head: '2024-01-05 10:00\n新京報', paragraphs: [`國際線上北京訊息（記者 李明）${STORY[0]}`, STORY[1]] });
  expect(articleOf(textDoc(text, 'corpus/ditie.txt'), await criPack()).origin).toMatchObject({ kind: 'own', source: '国际在线' });
});
