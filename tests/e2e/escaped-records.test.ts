// A JSON Lines record written with \uXXXX escapes (Python's json.dumps by default) reads as the
// same record written in UTF-8: the same credits, findings and lines; columns count the file's
// characters, so a finding inside an escaped string points at the escape that writes its first character.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from './cli.js';
import { checkContent, withoutColumns } from './written-forms.js';

const TITLE = '上海前十月社会消费品零售总额同比增长5.2%';
const STORY = [
  '上海市商务委员会12月1日发布消息，今年前十个月全市社会消费品零售总额同比增长5.2%，其中网上零售额增长明显，餐饮收入保持两位数增长。',
  '业内人士表示，随着一系列促消费政策落地见效，首发经济和夜间消费持续升温，年末消费市场有望保持平稳增长态势。',
  '据介绍，上海将继续举办“五五购物节”等品牌活动，推动商圈改造提升，并加快建设国际消费中心城市。',
];
const CORPUS = { id: 'cri-20261201-007', title: TITLE, date: '2026-12-01', url: 'https://news.cri.cn/20261201/xiaofei.html', text: ['来源：澎湃新闻', ...STORY, '（本文系第三方版权内容，非国际在线）'].join('\n') };
// reprinted with the outlet's credit but no line of the notice's required form
const CONTENT = { id: 'site-0042', title: TITLE, date: '2026-12-02', text: ['来源：澎湃新闻', ...STORY].join('\n') };
const BARE = { id: 'site-0043', title: TITLE, date: '2026-12-02', text: STORY.join('\n') };

/** What Python's json.dumps(record) writes: every character beyond ASCII as \uXXXX. */
const escaped = (record: object) => JSON.stringify(record).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function site(write: (record: object) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-escaped-'));
  mkdirSync(path.join(dir, 'corpus'));
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  writeFileSync(path.join(dir, 'corpus/archive.jsonl'), write(CORPUS) + '\n');
  writeFileSync(path.join(dir, 'content/site.jsonl'), [CONTENT, BARE].map(write).join('\n') + '\n');
  return dir;
}

let plain = '';
let escapes = '';
beforeAll(() => {
  plain = site((r) => JSON.stringify(r));
  escapes = site(escaped);
});
afterAll(() => [plain, escapes].forEach((dir) => rmSync(dir, { recursive: true, force: true })));


describe('a JSON Lines record written with \\u escapes', () => {
  it('gives the findings of the same record written in UTF-8, columns apart', () => {
    const [a, b] = [checkContent(plain), checkContent(escapes)];
    expect(a.findings.map((f) => [f.ruleId, f.line])).toEqual([['missing-attribution', 2]]);
    expect(b.findings.map((f) => f.ruleId)).not.toContain('unauthorized-reuse');
    expect(withoutColumns(b.findings)).toBe(withoutColumns(a.findings));
    // the same character starts the finding: written in the plain line, escaped in the other
    const at = (line: string, column: number) => [...line].slice(column - 1).join('');
    const first = at(JSON.stringify(BARE), a.findings[0].column)[0];
    expect(first).toMatch(/[^\x00-\x7f]/u);
    expect(at(escaped(BARE), b.findings[0].column).startsWith(escaped({ c: first }).slice(6, -2))).toBe(true);
  });

  it('gives SARIF the snippet the same record written in UTF-8 gets: the words of the region, not those its columns count in the read line', () => {
    const snippets = [plain, escapes].map((dir) => {
      const log = JSON.parse(laiyuan(['check', 'content', '--format', 'sarif'], { cwd: dir }).stdout) as Log;
      return log.runs[0].results?.map((r) => r.locations?.[0].physicalLocation?.region?.snippet?.text);
    });
    expect(snippets[0]?.length).toBeGreaterThan(0);
    expect(snippets[0]?.every((s) => s !== undefined && STORY.join('\n').includes(s.slice(0, 8)))).toBe(true);
    expect(snippets[1]).toEqual(snippets[0]);
  });

  it('reads the 来源 of the content and of the corpus record, its column that of the escape in the file', () => {
    for (const file of ['content/site.jsonl', 'corpus/archive.jsonl']) {
      const run = laiyuan(['inspect', file], { cwd: escapes });
      expect(run.stdout).toMatch(/来源\s+澎湃新闻/u);
      const column = Number(/来源\s+澎湃新闻\s+1:(\d+)/u.exec(run.stdout)?.[1]);
      expect(escaped(file.startsWith('content') ? CONTENT : CORPUS).slice(column - 1)).toMatch(/^\\u6f8e\\u6e43\\u65b0\\u95fb/u);
    }
  });
});
