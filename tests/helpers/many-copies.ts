// An archive that holds one 通稿 61 times over (republished day after day, only the date and
// 编辑 line changed), beside a few other stories: every fingerprint of its body stands at more
// than match.maxPostings (50) places. A word-for-word reprint of it and a three-sentence excerpt
// share nothing but those common fingerprints with the archive, and must still be found.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { articleText as otherStory } from './common-phrase.js';

/** Copies of the 通稿 in the archive: more than the default maxPostings. */
export const COPIES = 61;

export const TITLE = '我国首个深远海漂浮式风电平台并网发电';
export const BODY = [
  '记者从中国海油获悉，我国首个深远海漂浮式风电平台“海油观澜号”日前成功并网发电，标志着我国深远海风电关键技术取得重大进展。',
  '“海油观澜号”位于距海南文昌136公里的海域，工作海域水深超过100米，总装机容量7.25兆瓦。平台投产后，所发电力通过一条5公里长的动态海缆接入文昌油田群电网，年均发电量将达2200万千瓦时。',
  '据介绍，该平台由风机、浮式基础和系泊系统组成，浮式基础重约4000吨，采用半潜式设计，通过9根锚链固定在海床上。项目团队攻克了浮式基础设计、锚链系泊和动态海缆等多项关键技术难题。',
  '业内专家表示，我国深远海风能资源丰富，漂浮式风电可有效拓展海上风电开发空间。随着技术不断成熟、成本逐步下降，漂浮式风电有望成为未来海上风电开发的重要方向。',
];

/** The 通稿 as the archive's copy n (1..COPIES) holds it: only its date line and 编辑 line differ. */
export function copyText(n: number): string {
  const day = new Date(Date.UTC(2023, 4, 20 + n)).toISOString().slice(0, 10);
  return `${TITLE}\n${day} 08:${String(n % 60).padStart(2, '0')}:00　来源：国际在线\n${BODY.join('\n')}\n（编辑：记者${n}号　责任编辑：王${'一二三四五六七八九十'[n % 10]}）\n`;
}

/** A folder with laiyuan.yaml (default maxPostings; boilerplate only past 95 %), corpus/ and content/. */
export function manyCopiesSite(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.95\n');
  for (let n = 1; n <= COPIES; n++) writeFileSync(path.join(site, `corpus/t${String(n).padStart(2, '0')}.txt`), copyText(n));
  for (let n = 1; n <= 7; n++) writeFileSync(path.join(site, `corpus/a${n}.txt`), otherStory(n));
  const sentences = BODY[1].split(/(?<=。)/u).concat(BODY[2].split(/(?<=。)/u)).filter((s) => s.length > 0);
  const content = {
    // the story reprinted word for word, under the outlet's own date, 来源 and 编辑 lines
    'reprint.txt': `${TITLE}\n2023-06-20 14:05　来源：示例新闻网\n${BODY.join('\n')}\n（责任编辑：李明）\n`,
    // three of its sentences, in the outlet's own report
    'excerpt.txt': `海上风电再添新成员\n来源：示例新闻网\n${sentences.slice(0, 3).join('')}\n本网记者了解到，广东、福建等地也在规划建设漂浮式风电示范项目。\n`,
  };
  for (const [name, text] of Object.entries(content)) writeFileSync(path.join(site, 'content', name), text);
  return site;
}

interface Copy {
  articleId: string;
  date: string | null;
}

interface Report {
  findings: Array<{ file: string; ruleId: string; source?: Copy & { alsoIn: Copy[] }; reuse?: { kind: string; coverage: number; passages: Array<{ text: string }> } }>;
}

/**
 * The findings of `check content --format json` on the site: the reprint and the excerpt are each
 * found, in copies of the 通稿 only, one finding per rule against the copy published first, which
 * names the other copies found (before, one finding per copy: 40 of each rule).
 */
export function expectCopiesFound(stdout: string): void {
  const reuses = (JSON.parse(stdout) as Report).findings.flatMap((f) => (f.reuse && f.source ? [{ file: path.basename(f.file), rule: f.ruleId, id: f.source.articleId, date: f.source.date, alsoIn: f.source.alsoIn, ...f.reuse }] : []));
  for (const file of ['reprint.txt', 'excerpt.txt']) {
    const found = reuses.filter((r) => r.file === file);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((r) => r.rule)).size).toBe(found.length);
    for (const r of found) {
      expect(r.id).toMatch(/^t\d\d$/u);
      expect(r.alsoIn.length).toBeGreaterThan(0);
      for (const other of r.alsoIn) expect([other.articleId, (other.date ?? '') >= (r.date ?? '')]).toEqual([expect.stringMatching(/^t\d\d$/u), true]);
    }
  }
  for (const r of reuses.filter((x) => x.file === 'reprint.txt')) expect(r).toMatchObject({ kind: 'reprint', coverage: expect.closeTo(0.9, 1) });
  for (const r of reuses.filter((x) => x.file === 'excerpt.txt')) {
    expect(r.kind).toBe('excerpt');
    expect(r.passages.map((p) => p.text).join('')).toContain('通过一条5公里长的动态海缆接入文昌油田群电网');
  }
}
