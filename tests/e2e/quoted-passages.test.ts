// A passage that starts right after an opening quote or bracket it closes takes the mark: it is
// quoted “空账”倒逼制度完善…, not 空账”倒逼制度完善… (normalising drops quotes with punctuation,
// so a passage began at the first character after one). The same span in every report: check
// JSON and SARIF (region and snippet) and match, in Markdown, HTML (an entity) and JSON Lines.
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const LEAD = '个人养老金制度全面推开一年来，开户人数快速增长，但实际缴存比例偏低，不少账户成了只开不存的“空账”。业内人士认为，提高税收优惠力度、丰富产品供给，是扭转“开户热、缴存冷”的关键。';
const EMPTY = '“空账”倒逼制度完善。截至今年9月末，全国个人养老金开户人数已超过7200万，但实际缴存人数不足三成，人均缴存金额约2800元，远低于每年12000元的缴存上限。';
const VIEW = '中国社会科学院世界社保研究中心主任郑秉文表示，现行政策对中低收入群体吸引力不足，“不少年轻人月收入达不到个税起征点，缴存没有节税效果，自然缺乏动力”。他建议在领取环节进一步降低税率，并探索对低收入参加人给予财政补贴。';

const PAGE = [
  '首页    |    国际    |    国内    |    财经    |    科技',
  '',
  '个人养老金账户“开户热、缴存冷” 业内建议优化激励机制',
  '2025-11-18 10:26:41来源:国际在线责编:周宁',
  '',
  `  【提要】${LEAD}`,
  '',
  `  ${EMPTY}`,
  '',
  `  ${VIEW}`,
  '',
].join('\n');

/** An outlet's own lead, then the report from its second paragraph on, the quote opening a line. */
const MARKDOWN = ['---', 'title: 个人养老金为何“开户热、缴存冷”', 'date: 2025-11-20', '---', '', '# 个人养老金为何“开户热、缴存冷”', '', '本报综合消息，个人养老金账户的缴存情况引发关注。', '', EMPTY, '', VIEW, ''].join('\n');
const HTML = `<html><head><title>养老金账户缴存冷</title></head><body>\n<h1>养老金账户缴存冷</h1>\n<p>本报综合消息。</p>\n<p>${EMPTY.replace('“空账”', '&ldquo;空账&rdquo;')}</p>\n<p>${VIEW}</p>\n</body></html>\n`;
const RECORD = JSON.stringify({ id: 'fin-1120', title: '个人养老金“开户热、缴存冷”', date: '2025-11-20', text: `［提要］${LEAD}\n${EMPTY}` });

const { run } = useFiles('laiyuan-quoted-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
  'corpus/cri-yanglao.txt': PAGE,
  'content/kongzhang.md': MARKDOWN,
  'content/kongzhang.html': HTML,
  'content/feed.jsonl': `${RECORD}\n`,
}));

/** 1-based line and column (code points) of `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: [...before[before.length - 1]].length + 1 };
}

/** Per file: how the passage reads, how the file writes it (SARIF's snippet), and where it starts. */
const FILES = {
  'content/kongzhang.md': { text: '“空账”倒逼制度完善', raw: '“空账”倒逼制度完善', at: at(MARKDOWN, EMPTY) },
  'content/kongzhang.html': { text: '“空账”倒逼制度完善', raw: '&ldquo;空账&rdquo;倒逼制度完善', at: at(HTML, '&ldquo;空账') },
  'content/feed.jsonl': { text: '［提要］个人养老金', raw: '［提要］个人养老金', at: { line: 1, column: at(RECORD, '［提要］').column } },
};

describe('a passage that starts after an opening mark it closes', () => {
  it('takes the mark, on both sides, with the finding at the mark (check --format json)', () => {
    const results = JSON.parse(run(['check', 'content', '--format', 'json']).stdout) as CheckResults;
    for (const [file, want] of Object.entries(FILES)) {
      const finding = results.findings.find((f) => f.file === file && f.ruleId === 'unauthorized-reuse');
      const first = finding?.reuse?.passages[0];
      expect(first?.text, file).toMatch(new RegExp(`^${want.text}`, 'u'));
      expect(first?.sourceText, file).toMatch(/^[“【]/u);
      expect({ line: first?.line, column: first?.column }, file).toEqual(want.at);
      expect({ line: finding?.line, column: finding?.column }, file).toEqual(want.at);
    }
  });

  it('gives SARIF the same region, its snippet opening with the mark as the file writes it', () => {
    const log = JSON.parse(run(['check', 'content', '--format', 'sarif']).stdout) as Log;
    for (const [file, want] of Object.entries(FILES)) {
      const result = log.runs[0].results?.find((r) => r.ruleId === 'unauthorized-reuse' && r.locations?.[0].physicalLocation?.artifactLocation?.uri === file);
      const region = result?.locations?.[0].physicalLocation?.region;
      expect({ line: region?.startLine, column: region?.startColumn }, file).toEqual(want.at);
      expect(region?.snippet?.text?.startsWith(want.raw), file).toBe(true);
    }
  });

  it('gives match the same passage', () => {
    const pretty = run(['match', 'content/kongzhang.md']).stdout;
    expect(pretty).toContain(`passage 1  ${FILES['content/kongzhang.md'].at.line}:1–`);
    expect(pretty).toContain('document: “空账”倒逼制度完善');
    expect(pretty).toContain('source:   “空账”倒逼制度完善');
  });
});
