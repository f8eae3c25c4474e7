// An archive page whose 来源 names no outlet (来源：网络, 来源：网友, 来源：网络综合) says its text came from
// elsewhere (clause 4's 来源:XXX(非国际在线)) without naming from where: third-party content with no
// source to credit, as a page marked 第三方版权 naming none is. Regression trial T1, section 3: 网络 was
// read as an outlet's name, so an uncredited copy was told to write 来源:网络, --fix inserted it, and a
// copy crediting 国际在线 got a wrong-source error asking 来源:网络. 来源：本站 names the site itself: the
// publisher's own. A dateline naming an outlet still names it.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';
import { useFiles } from '../helpers/site.js';

const PARAGRAPHS = [
  '记者从市交通运输局获悉，为缓解早晚高峰拥堵，本市将于下月起新开通8条通勤定制公交线路，连接主要居住区与产业园区，全程大站快车运行。',
  '据介绍，定制公交实行一人一座、预约乘车，乘客可通过手机应用提前预订座位；首批线路运行三个月后，将根据客流情况调整站点和班次。',
  '市交通运输局有关负责人表示，今年还将优化调整公交线路30条，新增公交专用道20公里，进一步提升公共交通出行分担率。',
];
const HEADLINE = '本市下月起新开8条通勤定制公交线路';
const page = (credit: string, first = PARAGRAPHS[0]): WrittenPage => ({ id: 'gongjiao', headline: HEADLINE, head: `2023-05-12 09:30:00 ${credit} 责编:刘洋`, paragraphs: [first, ...PARAGRAPHS.slice(1)] });

describe('an archive page whose 来源 names no outlet', () => {
  it.each(['来源：网络', '来源：互联网', '来源：网友', '来源：网络综合', '来源：综合网络', '来源：網絡'])('%s: third-party, no source to credit', async (credit) => {
    expect(await originOfPage(page(credit))).toMatchObject({ kind: 'third-party', source: '' });
  });

  it('来源：本站 (the site itself): the publisher’s own', async () => {
    expect(await originOfPage(page('来源：本站'))).toMatchObject({ kind: 'own', source: '国际在线' });
  });

  it('来源：网络 over a story opening with 新华社北京5月12日电: 新华社’s', async () => {
    expect(await originOfPage(page('来源：网络', `新华社北京5月12日电 ${PARAGRAPHS[0]}`))).toMatchObject({ kind: 'third-party', source: '新华社' });
  });
});

describe('copies of a page crediting 来源：网络, outside any licence', () => {
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const found = (credit: string) => checkAgainst([page('来源：网络')], copy(credit), [], 'content/news/gongjiao.txt');

  it('crediting nothing: missing-attribution asking the original source without naming one, no fix', async () => {
    const findings = await found('');
    expect(findings.map((f) => [f.ruleId, f.attribution.expected])).toEqual([['missing-attribution', null]]);
    expect(findings[0].fix).toBeUndefined();
    expect(findings[0].message).not.toContain('来源:网络');
    // before: 注明为第三方版权的稿件 (a page crediting 来源：网络 says no 第三方版权)
    expect(findings[0].message).toBe('所用内容是国际在线标明出自第三方、未指明哪家媒体的稿件，但全文没有注明来源，应注明原始来源');
  });

  it('crediting 来源：网络: no credit, missing-attribution asking no outlet, no fix', async () => {
    const findings = await found('来源：网络');
    expect(findings.map((f) => [f.ruleId, f.attribution.expected, f.fix])).toEqual([['missing-attribution', null, undefined]]);
  });

  it('crediting 来源：中国新闻网: no finding (its outlet cannot be told, and is not 国际在线)', async () => {
    expect(await found('来源：中国新闻网')).toEqual([]);
  });

  it('crediting 来源：国际在线: a wrong-source warning, not an error asking 来源:网络', async () => {
    const findings = await found('来源：国际在线');
    expect(findings.map((f) => [f.ruleId, f.severity, f.attribution.expected])).toEqual([['wrong-source', 'warning', null]]);
    expect(findings[0].message).toBe('注明的来源是「国际在线」，但所用内容是国际在线标明出自第三方、未指明哪家媒体的稿件，应注明原始来源，而不是国际在线');
  });
});

describe('the command line, from the corpus and from an index built of it', () => {
  const archived = [HEADLINE, '2023-05-12 09:30:00', '', ...PARAGRAPHS, '来源：网络', ''].join('\n');
  const { run } = useFiles('laiyuan-no-outlet-', () => ({
    'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
    'corpus/gongjiao.txt': archived,
    'content/uncredited.txt': [HEADLINE, '', ...PARAGRAPHS, ''].join('\n'),
  }));

  it('check, check --index and match agree: no outlet named 网络, nothing to fix', () => {
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx']).code).toBe(0);
    for (const index of [[], ['--index', 'archive.lyx']]) {
      const checked = run(['check', 'content', '--date', '2024-01-01', '--format', 'json', ...index]);
      const findings = (JSON.parse(checked.stdout) as { findings: Array<{ ruleId: string; attribution: { expected: string | null } }> }).findings;
      expect(findings.map((f) => [f.ruleId, f.attribution.expected])).toEqual([['missing-attribution', null]]);
      expect(run(['check', 'content', '--date', '2024-01-01', '--fix-dry-run', ...index]).stdout).not.toContain('来源:网络');
      expect(run(['match', 'content', ...index]).stdout).not.toMatch(/来源 网络/u);
    }
  });
});
