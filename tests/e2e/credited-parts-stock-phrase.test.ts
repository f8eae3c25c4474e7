// A 综合 page of three archive articles, each part closed by its right credit: the third article
// shares a stock phrase (为深入贯彻习近平总书记重要讲话重要指示精神) with the first part, and that
// short passage took the first part's （来源：国际在线） for the third article's (a wrong-source
// warning asking 「来源:吉林日报」 there). A closing credit is the part's whose passages cover most of
// the text it closes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const CORPUS = path.resolve('fixtures/corpus/cri');
const ARTICLES = ['cri-05-lishu-moshi-heitudi', 'cri-13-jiuquan-yijian-sixing', 'cri-18-chaganhu-dongbu-kaimu'];
const CREDITS = ['（来源：国际在线）', '（来源：新华社）', '（来源：吉林日报）'];

/** An article's headline and body paragraphs, as an editor pastes them (no page head, no notice). */
function part(id: string): string[] {
  const page = readFileSync(path.join(CORPUS, `${id}.txt`), 'utf8').split(/\r?\n/);
  const header = page.findIndex((l) => /^\d{4}-\d{2}-\d{2}.*来源:/.test(l));
  const end = page.findIndex((l) => l.startsWith('国际在线版权与信息产品内容销售的声明'));
  const body = page.slice(header + 1, end).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('原标题'));
  return [page[header - 1].trim(), ...body];
}

const ROUNDUP = ['新闻早班车', '2024-06-01', '', ...ARTICLES.flatMap((id, i) => [...part(id).flatMap((p) => [p, '']), CREDITS[i], ''])].join('\n');

const { run } = useFiles('laiyuan-credited-parts-', () => ({
  'laiyuan.yaml': `packs: [cri]\ncorpus:\n  cri: [${JSON.stringify(CORPUS)}]\nlicences:\n  - publisher: cri\n    licensee: 示例新闻网\n    actions: [转载]\n    validFrom: 2024-01-01\n    validTo: 2027-12-31\n    paths: ['content/**']\n    agreement: CRI-2024-017\n`,
  'content/roundup.txt': ROUNDUP,
}));

describe('a compilation of three parts, each closed by its right credit', () => {
  it('no wrong-source: a stock phrase of the third article inside the first part does not take its credit', () => {
    const results = JSON.parse(run(['check', 'content', '--format', 'json', '--date', '2024-06-01']).stdout) as CheckResults;
    expect(results.findings.filter((f) => f.ruleId === 'wrong-source').map((f) => [f.line, f.attribution.claimed])).toEqual([]);
  });
});
