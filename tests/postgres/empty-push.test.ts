// `index push` of an index file of no articles (one built with --allow-no-corpus) is refused as a
// build or an update of no articles is: one line naming the file, exit 2, the server's index left
// as it was; --allow-no-corpus pushes it all the same. Before, it replaced the server's index.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { freshSchema } from './schema.js';

const site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-empty-push-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const run = (args: string[]) => laiyuan(args, { cwd: site });

const ARTICLE =
  '西安至十堰高铁全线贯通运营\n2024-11-30 10:00:00来源:国际在线责编:马宁\n国际在线西安消息：11月30日，西安至十堰高速铁路全线贯通运营，两地间最快一小时五十分钟可达。\n这条高铁穿越秦岭山区，隧道和桥梁占线路总长的九成以上，沿线设车站八座。\n';

it('push of an index of no articles: refused in one line, the server left as it was; with --allow-no-corpus pushed', { timeout: 120000 }, () => {
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs:\n  - cri\n');
  mkdirSync(path.join(site, '稿库'));
  writeFileSync(path.join(site, '稿库', 'cri-31-xishi-gaotie.txt'), ARTICLE);
  mkdirSync(path.join(site, '空目录'));
  const s = freshSchema();
  expect(run(['index', 'build', '稿库', '-o', 'archive.lyx']).code).toBe(0);
  expect(run(['index', 'push', 'archive.lyx', '--to', s.url]).code).toBe(0);
  expect(run(['index', 'build', '空目录', '-o', 'empty.lyx', '--allow-no-corpus']).code).toBe(0);
  const refused = run(['index', 'push', 'empty.lyx', '--to', s.url]);
  expect(refused.code).toBe(2);
  expect(refused.stdout).toBe('');
  const lines = refused.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^laiyuan: empty\.lyx: the index holds no articles; check refuses an index of no articles: .* give --allow-no-corpus to push it all the same; postgres:\/\/\S+ not written \(left as it was\)$/u);
  expect(JSON.parse(run(['index', 'stats', s.url, '-f', 'json']).stdout)).toMatchObject({ articles: 1 });
  const pushed = run(['index', 'push', 'empty.lyx', '--to', s.url, '--allow-no-corpus']);
  expect(pushed.code).toBe(0);
  expect(pushed.stdout).toMatch(/^pushed 0 articles from 0 files into /u);
  expect(JSON.parse(run(['index', 'stats', s.url, '-f', 'json']).stdout)).toMatchObject({ articles: 0 });
});
