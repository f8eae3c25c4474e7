// A rights holder's archive export as JSON Lines, over the 5 MB a single article file may be: some
// 6,000 records of news (the 稿库 of a year), and one story deep in it that a site reprinted.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PLACES = ['长春', '吉林', '延边', '通化', '白山', '松原', '四平', '辽源', '白城', '梅河口', '公主岭', '珲春'];
const TOPICS: Array<(p: string, n: number) => string> = [
  (p, n) => `${p}市统计局发布数据显示，前${(n % 11) + 1}个月全市规模以上工业增加值同比增长${(n % 9) + 2}.${n % 10}%，其中汽车制造业增长${(n % 7) + 3}.${(n * 3) % 10}%。`,
  (p, n) => `${p}市今年新建改造城市道路${(n % 40) + 12}条，新增停车泊位${(n % 900) + 300}个，中心城区早晚高峰平均车速提高了${(n % 6) + 1}公里每小时。`,
  (p, n) => `记者从${p}市农业农村局获悉，全市${(n % 30) + 20}万亩水稻已全部收获，平均亩产${(n % 80) + 560}公斤，比去年增加${(n % 25) + 5}公斤。`,
  (p, n) => `${p}冰雪旅游季第${(n % 20) + 1}周接待游客${(n % 50) + 10}万人次，实现旅游收入${(n % 9) + 1}.${n % 10}亿元，滑雪场日均客流同比增长${(n % 30) + 10}%。`,
  (p, n) => `${p}市人社局介绍，今年以来全市城镇新增就业${(n % 9000) + 3000}人，组织线上线下招聘会${(n % 60) + 40}场，提供岗位${(n % 20000) + 10000}个。`,
];

/** Record n of the filler: a headline, a date, its 来源 and a few paragraphs of figures. */
function filler(n: number): Record<string, string> {
  const place = PLACES[n % PLACES.length];
  const paragraphs = Array.from({ length: 6 }, (_, i) => TOPICS[(n + i) % TOPICS.length](place, n * 7 + i));
  const date = `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  return { id: `cri-2024-${String(n).padStart(5, '0')}`, title: `${place}经济社会发展稳中向好（第${n}期）`, date, source: '国际在线', text: paragraphs.join('\n') };
}

/** The story the site reprinted: found nowhere else in the archive. */
export const NEEDLE = {
  id: 'cri-2024-lake',
  title: '查干湖冬捕开幕 头鱼拍出二十九万元',
  date: '2024-12-28',
  source: '国际在线',
  text: [
    '国际在线吉林消息：12月28日，第二十三届查干湖冰雪渔猎文化旅游节在松原市前郭尔罗斯蒙古族自治县开幕，渔把头带领渔工在冰面上凿开冰眼、下网走网，一网打出鲜鱼十余万斤。',
    '当天上午，重达二十一斤的头鱼经过竞拍，以二十九万九千九百九十九元成交，拍卖所得将全部用于查干湖生态保护和渔民帮扶。',
    '查干湖冬捕沿袭了辽金时期的传统捕鱼方式，已被列入国家级非物质文化遗产名录。今年冬捕期间，景区还推出了冰上篝火、查玛舞表演和渔家宴等活动，预计接待游客超过六十万人次。',
  ].join('\n'),
};

/** Where the story stands in the archive (0-based line): past the first megabytes, read a piece at a time. */
export const NEEDLE_LINE = 3000;

/** The records of the archive, one JSON line each, the story at NEEDLE_LINE (when there are as many); over 5 MB in all. */
export function archiveLines(count = 6000): string[] {
  const lines = Array.from({ length: count }, (_, n) => JSON.stringify(filler(n)));
  if (NEEDLE_LINE < count) lines[NEEDLE_LINE] = JSON.stringify(NEEDLE);
  return lines;
}

/** A site: the archive export as its corpus (corpus/稿库-2024.jsonl), and a page that reprints the story. */
export function exportSite(dir: string): void {
  mkdirSync(path.join(dir, 'corpus'));
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  writeFileSync(path.join(dir, 'corpus', '稿库-2024.jsonl'), archiveLines().join('\n') + '\n');
  writeFileSync(path.join(dir, 'content', 'chaganhu.txt'), `${NEEDLE.title}\n2024-12-29 08:00　来源：国际在线\n${NEEDLE.text}\n`);
}
