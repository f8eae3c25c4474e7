// A headline that starts with 记者, 作者 or 分享到 is the title, through the CLI (7d3c3ce passed it over
// as a byline: 转载了国际在线的文章《首页 | 国际 | 国内 | 财经》).
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const NAV = '首页 | 国际 | 国内 | 财经';
const TITLE = '记者探访长白山雪季开板';
const COPY_TITLE = '记者眼中的长白山雪季';
const BODY = [
  '12月1日，长白山万达国际度假区雪季正式开板，首日迎来滑雪爱好者3000余人次。度假区今年新增中高级雪道4条，雪道总长度超过30公里，造雪面积较去年扩大近一成，索道运力每小时可达1.2万人次。',
  '长白山保护开发区管委会文化和旅游局副局长王宏宇介绍，今冬长白山将推出冰雪温泉、林海雪原徒步、雾凇观赏等12条精品线路，周边酒店元旦假期预订量同比增长两成以上，来自广东、上海的游客占比明显提高。',
  '为保障游客出行，长白山机场加密了至北京、上海、广州等城市的航班，吉林至长白山的高铁也在雪季期间增开了“冰雪旅游专列”。',
];

const { run } = useFiles('laiyuan-headline-like-byline-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
  'corpus/cri-changbaishan.txt': [NAV, '', TITLE, '2023-12-01 10:00:00来源:国际在线责编:张萌', '', ...BODY].join('\n'),
  'content/news/changbaishan.txt': [NAV, '', COPY_TITLE, '记者 李雪', '2023-12-02 08:30', '', ...BODY].join('\n'),
}));

describe('a headline that starts like a byline, through the CLI', () => {
  it('is the corpus article\'s title and the checked document\'s', () => {
    const results = JSON.parse(run(['check', 'content/news', '--format', 'json']).stdout) as CheckResults;
    const reuse = results.findings.filter((f) => f.ruleId === 'unauthorized-reuse');
    expect(reuse.map((f) => [f.source?.title, f.message.includes(`《${TITLE}》`)])).toEqual([[TITLE, true]]);
    expect(reuse.map((f) => f.document?.title)).toEqual([COPY_TITLE]);
  });
});
