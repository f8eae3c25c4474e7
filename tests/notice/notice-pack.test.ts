import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from '../e2e/cli.js';

// A pack that is the notice itself: `packs: [notices/dongling.txt]` compiles the text on load;
// a pack file with `notice:` adds hand-written terms over it. Findings quote the notice.
const ARTICLE = `东岭港开通首条直达东南亚的集装箱航线
2024-03-18 09:20 来源：东岭新闻网
本网讯 十八日上午，一艘满载电子产品和机械配件的集装箱船从东岭港驶出，标志着该港首条直达东南亚的集装箱航线正式开通。
据港口负责人介绍，新航线每周一班，单程航行时间约七天，比以往经其他港口中转缩短近一半，预计每年可为本地外贸企业节省物流成本数千万元。
当地一家机械企业的负责人表示，过去出口货物需要先运到邻近大港再转船，如今在家门口就能装船出海，交货周期更有保障。`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-notice-pack-'));
  for (const sub of ['notices', 'corpus', 'content/licensed']) mkdirSync(path.join(dir, sub), { recursive: true });
  copyFileSync(path.join(ROOT, 'fixtures/notices/fanben-template.txt'), path.join(dir, 'notices/dongling.txt'));
  writeFileSync(path.join(dir, 'corpus/hangxian.txt'), `${ARTICLE}\n`);
  const body = ARTICLE.split('\n').slice(2).join('\n');
  writeFileSync(path.join(dir, 'content/copied.md'), `# 东岭港开通东南亚航线\n\n${body}\n`);
  writeFileSync(path.join(dir, 'content/licensed/alias.md'), `# 东岭港开通东南亚航线\n\n来源：东岭网\n\n${body}\n`);
  const licence = 'licences:\n  - publisher: dongling\n    licensee: 某网\n    actions: [转载]\n    paths: [content/licensed/**]\n';
  writeFileSync(path.join(dir, 'laiyuan.yaml'), `packs: [notices/dongling.txt]\ncorpus:\n  dongling: [corpus/]\n${licence}`);
  writeFileSync(path.join(dir, 'dongling.yaml'), 'id: dongling\nname: 东岭新闻网\nnotice: notices/dongling.txt\npublisher:\n  aliases: [东岭网]\nattribution:\n  accepted: [来源：东岭网]\n');
  writeFileSync(path.join(dir, 'with-overrides.yaml'), `packs: [./dongling.yaml]\ncorpus:\n  dongling: [corpus/]\n${licence}`);
});

interface Finding {
  file: string;
  ruleId: string;
  clause: { number: number; text: string };
  remedy: string;
  message: string;
}

function findings(config: string): Finding[] {
  const run = laiyuan(['check', 'content', '--config', config, '--format', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).findings;
}

describe('a notice file as a pack', () => {
  it('is compiled on load: its id from the file name, findings quoting the notice\'s own clauses', () => {
    const found = findings('laiyuan.yaml');
    expect(found.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['content/copied.md unauthorized-reuse', 'content/licensed/alias.md wrong-source']);
    const [copied, alias] = found;
    expect(copied.clause.number).toBe(1);
    expect(copied.clause.text).toBe('凡本网注明“来源：东岭新闻网”的所有作品，版权均属于东岭新闻网，未经本网书面授权，不得转载、摘编或利用其它方式使用上述作品。');
    expect(copied.remedy).toBe('取得东岭新闻网的书面授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容。如对内容或版权有疑问，请在事由发生之日起15日内与东岭新闻网联系（第4条）。');
    expect(alias.message).toBe('注明的来源是「东岭网」，但所用内容出自东岭新闻网，应注明「来源:东岭新闻网」');
    expect(alias.clause.number).toBe(2);
  });

  it('takes hand-written terms beside it in a pack file with notice: (an alias and an accepted form)', () => {
    expect(findings('with-overrides.yaml').map((f) => `${f.file} ${f.ruleId}`)).toEqual(['content/copied.md unauthorized-reuse']);
  });

  it('names the pack file, line and column when the notice it names is missing', () => {
    writeFileSync(path.join(dir, 'missing.yaml'), 'id: dongling\nname: 东岭新闻网\nnotice: notices/nowhere.txt\n');
    const run = laiyuan(['rules', 'show', './missing.yaml'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, 'laiyuan: missing.yaml:3:9: notice file not found: check the path (notices/nowhere.txt) (notice)\n']);
  });
});
