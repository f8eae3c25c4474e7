// What a by-hand trial of 0f9b1ae found in the page head, through the CLI: a corpus page's title was
// the byline above its 来源 line (摘编了国际在线的文章《记者 李雪》), and a headline credit under a
// breadcrumb was not read (inspect showed no 来源, --fix wrote a second one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const TITLE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const BODY = [
  '11月20日上午，一列满载汽车零部件、光伏组件和日用百货的中欧班列从长春国际陆港缓缓驶出，经满洲里口岸出境，预计18天后抵达德国汉堡。这是今年中欧班列（长春）开行的第401列，标志着“长满欧”国际物流通道年开行量首次突破400列。',
  '长春国际陆港发展有限公司总经理助理孙立平介绍，今年以来，公司新开通了至波兰马拉舍维奇、俄罗斯莫斯科沃尔西诺和哈萨克斯坦阿拉木图的3条线路，去程货源逐步扩展到机械设备、医疗器械、冷冻食品等200多个品类。',
  '通关效率的提升是班列提速的关键。长春海关在陆港设立了24小时预约通关窗口，推行“提前申报、到港验放”模式，一列班列的通关时间由原来的8小时压缩到不足2小时。',
  '吉林省商务厅副厅长郭振东表示，下一步，吉林将加快建设长春国际陆港多式联运中心，力争到2025年班列年开行量达到600列。',
];

const { run, dir } = useFiles('laiyuan-page-head-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nlicences:\n  - publisher: cri\n    licensee: 示例新闻网\n    actions: [转载, 摘编]\n    validFrom: 2023-01-01\n    validTo: 2026-12-31\n    paths: [\'content/licensed/**\']\n',
  'corpus/cri-banlie.txt': [TITLE, '记者 李雪', '2023-11-21 09:45 来源：国际在线', '', ...BODY].join('\n'),
  'content/news/banlie.txt': ['首页 > 新闻', '长春中欧班列年开行量首破400列', '', ...BODY.slice(0, 3)].join('\n'),
  'content/licensed/banlie.txt': ['首页 > 新闻', `${TITLE}　来源：国际在线`, '', ...BODY].join('\n'),
}));

function reuseMessages(args: string[]): string[] {
  const results = JSON.parse(run([...args, '--format', 'json']).stdout) as CheckResults;
  return results.findings.map((f) => `${f.ruleId} ${f.message.replace(/^.*的文章|（覆盖原文.*$/gu, '')} ${f.source?.title ?? ''}`);
}

describe('the page head through the CLI', () => {
  it('a corpus page\'s title is its headline, not the byline above its 来源 line; an index built over it says the same', () => {
    // before: 转载了国际在线的文章《记者 李雪》
    const expected = [`unauthorized-reuse 《${TITLE}》 ${TITLE}`];
    expect(reuseMessages(['check', 'content/news'])).toEqual(expected);
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx']).stderr).toBe('');
    expect(reuseMessages(['check', 'content/news', '--index', 'archive.lyx'])).toEqual(expected);
  });

  it('a headline credit under a breadcrumb is read: inspect shows it, check finds nothing, --fix writes nothing', () => {
    expect(run(['inspect', 'content/licensed/banlie.txt']).stdout).toMatch(/来源\s+国际在线\s+2:\d+\s+「来源：国际在线」/u);
    expect(run(['check', 'content/licensed']).code).toBe(0);
    const before = readFileSync(path.join(dir(), 'content/licensed/banlie.txt'), 'utf8');
    run(['check', '--fix', 'content/licensed']);
    expect(readFileSync(path.join(dir(), 'content/licensed/banlie.txt'), 'utf8')).toBe(before);
  });
});
