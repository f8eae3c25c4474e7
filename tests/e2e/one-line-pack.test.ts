import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/io/packs.js';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

// A publisher whose whole notice is one line under each article (本文系人民网独家稿件，未经授权，
// 不得转载): the pack holds what that line says and nothing invented, and findings say no more.
const ARTICLE = `今年秋粮收购进度过半 主产区粮食收购价格总体平稳
人民网北京11月20日电 记者从国家粮食和物资储备局获悉，截至目前，主产区各类粮食企业累计收购秋粮已超过一亿吨，收购进度过半，整体快于上年同期。
据介绍，今年秋粮品质总体较好，玉米、稻谷等主要品种收购价格保持平稳，部分地区优质稻谷价格略有上涨，农民售粮积极性较高。
国家粮食和物资储备局有关负责人表示，将指导各地加强收购网点布局，延长收购时间，为农民提供烘干、清理等产后服务，切实防止出现农民“卖粮难”。
本文系人民网独家稿件，未经授权，不得转载。`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-oneline-'));
  mkdirSync(path.join(dir, 'corpus'));
  mkdirSync(path.join(dir, 'content/licensed'), { recursive: true });
  copyFileSync(path.join(ROOT, 'fixtures/config/packs/people-oneline.yaml'), path.join(dir, 'people.yaml'));
  writeFileSync(path.join(dir, 'corpus/qiuliang.txt'), `${ARTICLE}\n`);
  const licence = '  - publisher: people\n    licensee: 某网\n    actions: [转载]\n    paths: [content/licensed/**]\n';
  writeFileSync(path.join(dir, 'laiyuan.yaml'), `packs: [./people.yaml]\ncorpus:\n  people: [corpus/]\nlicences:\n${licence}`);
  const body = ARTICLE.split('\n').slice(1, -1).join('\n');
  writeFileSync(path.join(dir, 'content/copied.md'), `# 秋粮收购进度过半\n\n${body}\n`);
  writeFileSync(path.join(dir, 'content/licensed/uncredited.md'), `# 秋粮收购进度过半\n\n${body}\n`);
});

describe('a hand-written pack of a one-line notice (人民网 style)', () => {
  it('loads with no term the notice does not have', async () => {
    const loaded = await loadPack('fixtures/config/packs/people-oneline.yaml', ROOT);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const pack = loaded.value;
    expect(pack.publisher).toEqual({ name: '人民网', aliases: [] });
    expect(pack.ownContent?.markers).toEqual(['人民网独家稿件']);
    expect(pack.restricted).toEqual({ actions: ['转载'], clause: 1 });
    for (const term of ['attribution', 'thirdParty', 'contact'] as const) expect(pack[term], term).toBeUndefined();
    expect(pack.licensing).toEqual({});
  });

  it('reports an unlicensed copy in the notice\'s own terms: no 30日, no licensor, no 书面', () => {
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout);
    expect(findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['content/copied.md unauthorized-reuse']);
    const [finding] = findings;
    expect(finding.clause).toEqual({ number: 1, text: '本文系人民网独家稿件，未经授权，不得转载。' });
    expect(finding.source.title).toBe('今年秋粮收购进度过半 主产区粮食收购价格总体平稳');
    expect(finding.message).toContain('转载了人民网的文章');
    expect(finding.message).not.toContain('书面');
    expect(finding.remedy).toBe('取得人民网的授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容。');
    expect(`${finding.message}${finding.remedy}`).not.toMatch(/30日|日内|联系/u);
  });

  it('asks no credit of a licensed copy, since the notice asks none, and rules show says why', () => {
    const show = laiyuan(['rules', 'show', 'people'], { cwd: dir });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('missing-attribution does not run for pack people: the notice has no attribution');
    expect(show.stdout).toContain('nonstandard-attribution does not run for pack people: the notice has no exact form of attribution');
    expect(show.stdout).not.toContain('unauthorized-reuse does not run');
    const json = JSON.parse(laiyuan(['rules', 'show', 'people', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.packs[0].notRunning.map((r: { rule: string }) => r.rule)).toEqual(['missing-attribution', 'wrong-source', 'nonstandard-attribution', 'commercial-reuse']);
  });

  it('finds the notice\'s own-content marker in a document that carries it', () => {
    writeFileSync(path.join(dir, 'marked.txt'), `秋粮收购进度过半\n本文系人民网独家稿件\n记者从国家粮食和物资储备局获悉，主产区秋粮收购进度过半。\n`);
    const run = laiyuan(['check', 'marked.txt', '--format', 'json'], { cwd: dir });
    const { findings } = JSON.parse(run.stdout);
    expect(findings.map((f: { ruleId: string; message: string }) => f.ruleId)).toEqual(['unauthorized-reuse']);
    expect(findings[0].message).toContain('含有人民网自有版权内容的标记「人民网独家稿件」');
  });
});
