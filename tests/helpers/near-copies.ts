// An archive that holds one 通稿 in several versions (republished, only the date line and the
// 编辑 line changed; one version updated with a closing sentence, the last with its figures
// corrected), beside two distinct reports: one
// repeats the 通稿's background paragraph word for word, the other shares nothing with it. And the
// documents an outlet made of them: a reprint, an edited copy, an excerpt of two distinct articles,
// and a report that takes only the shared paragraph; and copies of the corrected version, one under
// a 转载 licence.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TITLE = '京津冀首条跨省市域铁路开通运营';
const LEAD = '12月26日上午，京津冀首条跨省市域铁路——北京至唐山城际铁路正式开通运营，首趟列车从北京城市副中心站驶出，经停燕郊、大厂、香河等站，约50分钟后抵达唐山西站。';
const FIGURES = '京唐城际铁路全长148.7公里，设计时速350公里，全线共设8座车站。开通初期每天安排开行动车组列车18对，高峰时段最小发车间隔为20分钟，北京城市副中心至燕郊最快只需10分钟。';
/** The background paragraph the 通稿 and the 副中心站 report both carry word for word. */
export const BACKGROUND = '作为京津冀协同发展交通一体化的重点工程，京唐城际铁路于2016年12月开工建设，沿线经过北京通州、河北廊坊和唐山等地，将与京哈高铁、津秦高铁等线路衔接，形成环京地区快速通勤网络。';
const VOICE = '家住燕郊、在北京国贸上班的王女士说，以前每天早上要在检查站排队换乘公交，单程近两个小时，今后坐城际铁路到副中心再换乘地铁，通勤时间能缩短一半。';
const PLAN = '国铁集团有关负责人表示，下一步将根据客流变化适时增开列车，并推动车站与城市公交、地铁实现无缝换乘，让沿线群众出行更加便捷。';
const STORY = [LEAD, FIGURES, BACKGROUND, VOICE, PLAN];
/** The last version's story: the railway's figures corrected (length, stations, trains, intervals, times), nothing else. */
const CORRECTED = [
  LEAD.replace('约50分钟', '约46分钟'),
  '京唐城际铁路全长149.32公里，设计时速200公里，全线共设9座车站。开通初期每天安排开行动车组列车24对，高峰时段最小发车间隔为15分钟，北京城市副中心至燕郊最快只需8分钟。',
  BACKGROUND,
  VOICE,
  PLAN,
];

/** Versions of the 通稿 in the archive; version 4 is the update with the first day's passenger count, the last the correction. */
export const VERSIONS = 7;

/** Version n's date: a day apart from 2024-12-26 on, the correction on 2025-01-03. */
function dayOf(n: number): string {
  return n === VERSIONS ? '2025-01-03' : `2024-12-${String(25 + n).padStart(2, '0')}`;
}

/** The 通稿 as version n (1..VERSIONS) holds it: its own date line and 编辑 line. */
export function versionText(n: number): string {
  const update = n === 4 ? '截至当天18时，京唐城际铁路首日发送旅客3.2万人次。' : '';
  const story = n === VERSIONS ? CORRECTED : STORY;
  return `${TITLE}\n${dayOf(n)} ${String(8 + n).padStart(2, '0')}:1${n}:00　来源：国际在线\n${story.join('\n')}${update}\n（编辑：记者${n}号　责任编辑：${'赵钱孙李周吴郑'[n - 1]}敏）\n`;
}

/** The other report that carries BACKGROUND: on the 副中心站, not the railway's opening. */
const HUB = [
  '北京城市副中心站综合交通枢纽主体结构全面封顶',
  '2024-11-18 10:20:00　来源：国际在线',
  '11月18日，北京城市副中心站综合交通枢纽工程主体结构全面封顶，这座亚洲最大的地下综合交通枢纽进入机电安装和装饰装修阶段。',
  '副中心站地下共三层，总建筑面积约128万平方米，将汇集京唐城际、城际铁路联络线和地铁M101线等多条线路，日均客流预计可达25万人次。',
  BACKGROUND,
  '施工方介绍，枢纽屋面将建设约1.5万平方米的光伏发电系统，站内采用自然采光和地源热泵技术，建成后每年可节约标准煤约2000吨。',
].join('\n');

/** A report that shares nothing with the 通稿. */
const SNOW = [
  '张家口崇礼雪季开板 首日迎客超万人次',
  '2024-11-30 09:05:00　来源：国际在线',
  '11月30日，河北张家口崇礼区七大滑雪场全部开板迎客，首日接待滑雪爱好者超过1.2万人次，雪场周边酒店入住率接近八成。',
  '今年雪季，崇礼新增雪道12条，总数达到181条，太子城高铁站开通了直达雪场的免费接驳巴士，游客出站后半小时内即可踏上雪道。',
  '崇礼区文旅局负责人表示，雪季期间将举办国际雪联自由式滑雪空中技巧世界杯等30余项赛事活动，预计接待游客超过400万人次。',
].join('\n');

/** The archive: one JSON Lines record a line, each with its id, date and address. */
function archive(): string {
  const records = [];
  for (let n = 1; n <= VERSIONS; n++) {
    records.push({ id: `cri-jingtang-v${n}`, title: TITLE, date: dayOf(n), url: `https://news.cri.cn/20241226/jingtang-${n}.html`, text: versionText(n) });
  }
  records.push({ id: 'cri-hub-1118', title: HUB.split('\n')[0], date: '2024-11-18', url: 'https://news.cri.cn/20241118/hub.html', text: HUB });
  records.push({ id: 'cri-snow-1130', title: SNOW.split('\n')[0], date: '2024-11-30', url: 'https://news.cri.cn/20241130/snow.html', text: SNOW });
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

const sentences = (text: string) => text.split(/(?<=[。！？])/u).filter((s) => s.length > 0);

/** The documents checked, by file name. */
export const DOCUMENTS: Record<string, string> = {
  // the 通稿 word for word, under the outlet's own date and 来源 lines
  'reprint.txt': `${TITLE}\n2024-12-27 07:30　来源：燕赵晚报\n${STORY.join('\n')}\n（责任编辑：刘洋）\n`,
  // the 通稿 rewritten: a new headline, sentences reworded and reordered, the plan left out
  'edited.txt': [
    '50分钟从北京到唐山 京唐城际铁路今天开通',
    '来源：燕赵晚报',
    '京津冀第一条跨省的市域铁路——北京至唐山城际铁路今天上午正式开通运营。首趟列车从北京城市副中心站驶出，经停燕郊、大厂、香河等站，大约50分钟后抵达唐山西站。',
    '家住燕郊、在北京国贸上班的王女士说，以前每天早上要在检查站排队换乘公交，单程近两个小时，今后坐城际铁路到副中心再换乘地铁，通勤时间能缩短一半。',
    '据了解，京唐城际铁路全长148.7公里，设计时速350公里，全线一共设8座车站。开通初期每天开行动车组列车18对，高峰时段最小发车间隔20分钟，从副中心到燕郊最快只要10分钟。',
    '京唐城际铁路于2016年12月开工建设，是京津冀协同发展交通一体化的重点工程，线路经过北京通州、河北廊坊和唐山等地，将与京哈高铁、津秦高铁等线路衔接，形成环京地区快速通勤网络。',
  ].join('\n') + '\n',
  // two sentences of the 通稿 and two of the 崇礼 report, in the outlet's own round-up
  'two-stories.txt': [
    '周末出行提示：坐城际 去滑雪',
    '来源：燕赵晚报',
    `本周河北出行有两件新鲜事。${sentences(FIGURES).slice(0, 2).join('')}`,
    `另一件事和冰雪有关。${sentences(SNOW.split('\n')[3]).join('')}${sentences(SNOW.split('\n')[2]).join('')}`,
    '本报提醒，周末出行请提前查询列车时刻和雪场开放情况。',
  ].join('\n') + '\n',
  // the corrected version word for word, under the outlet's own lines
  'corrected.txt': `${TITLE}\n2025-01-04 07:30　来源：燕赵晚报\n${CORRECTED.join('\n')}\n（责任编辑：刘洋）\n`,
  // the same, credited to 国际在线, by a licensee whose licence covers 转载 only (content/licensed/)
  'licensed/corrected.txt': `${TITLE}\n2025-01-04 07:30　来源：国际在线\n${CORRECTED.join('\n')}\n（责任编辑：刘洋）\n`,
  // the corrected version, dated after the first version but before the correction
  'dated-between.txt': `${TITLE}\n2024-12-29 07:30　来源：燕赵晚报\n${CORRECTED.join('\n')}\n（责任编辑：刘洋）\n`,
  // only the background paragraph the 通稿 and the 副中心站 report share
  'background.txt': [
    '环京通勤圈再添新线',
    '来源：燕赵晚报',
    '本报记者近日走访了燕郊、大厂等地的多个小区，不少居民对即将开通的新线充满期待。',
    BACKGROUND,
    '居民们希望，新线开通后公交接驳能够同步跟上，让“最后一公里”也变得方便。',
  ].join('\n') + '\n',
};

/** A 转载 licence from 国际在线 for content/licensed/. */
const LICENCE = "licences:\n  - publisher: cri\n    licensee: 燕赵晚报\n    actions: [转载]\n    paths: ['content/licensed/**']\n";

/**
 * A folder with laiyuan.yaml, corpus/archive.jsonl and content/ holding DOCUMENTS. Boilerplate only
 * past 95 % of the articles: in an archive this small the versions are most of it (in a real one,
 * thousands of articles, they are far below the default 5 %).
 */
export function nearCopiesSite(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content/licensed'), { recursive: true });
  writeFileSync(path.join(site, 'laiyuan.yaml'), `packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.95\n${LICENCE}`);
  writeFileSync(path.join(site, 'corpus/archive.jsonl'), archive());
  for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(path.join(site, 'content', name), text);
  return site;
}
