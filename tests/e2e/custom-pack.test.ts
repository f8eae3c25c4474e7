import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

// A second publisher, 示例日报, whose notice is a pack file of the user's: the rules are the
// same code, the clauses and names come from the pack.
const ARTICLE = `示例日报讯（记者 王晓明）昨天上午，滨江新区首座跨江人行桥正式合龙。这座桥全长四百二十米，主跨二百六十米，采用钢结构斜拉设计，桥面最宽处达十二米，可同时容纳三千名行人通行。
据项目负责人介绍，大桥建设过程中克服了江面风大、水流急等困难，施工团队创新采用整体提升工艺，将主梁吊装时间缩短了一半。大桥预计明年春节前正式通车，届时两岸居民步行过江只需十分钟。
市民李女士家住江北，每天要到江南上班。她说，以前过江要绕行两座车行桥，骑车至少半小时，人行桥通车后上下班会方便很多，周末也能带孩子到江边散步。`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-pack-'));
  mkdirSync(path.join(dir, 'corpus'));
  mkdirSync(path.join(dir, 'content'));
  copyFileSync(path.join(ROOT, 'fixtures/config/packs/shili.yaml'), path.join(dir, 'shili.yaml'));
  writeFileSync(path.join(dir, 'corpus/qiao.txt'), `滨江新区首座跨江人行桥合龙\n2024-05-06 08:30 来源:示例日报\n${ARTICLE}\n`);
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [./shili.yaml]\ncorpus:\n  shili: [corpus/]\nlicences:\n  - publisher: shili\n    licensee: 某网\n    actions: [转载]\n');
  writeFileSync(path.join(dir, 'content/credited.md'), `---\ndate: 2024-05-07\n---\n# 跨江人行桥合龙\n\n来源:示例日报\n\n${ARTICLE}\n`);
  writeFileSync(path.join(dir, 'content/uncredited.md'), `---\ndate: 2024-05-07\n---\n# 跨江人行桥合龙了\n\n${ARTICLE}\n`);
});

describe('a pack of the user\'s own, loaded from a path', () => {
  it('shows its clauses by id', () => {
    const run = laiyuan(['rules', 'show', 'shili'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('示例日报');
  });

  it('passes the credited licensed reprint and fails the uncredited one, citing its own clause', () => {
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout);
    expect(findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['content/uncredited.md missing-attribution']);
    expect(findings[0].clause.number).toBe(3);
    expect(findings[0].attribution.expected).toBe('来源:示例日报');
    // its contact clause says 请在30日内与本报联系: 本报 is 示例日报, not its licensor 示例传媒有限公司
    expect(findings[0].remedy).toMatch(/请在事由发生之日起30日内与示例日报联系（第4条）。$/u);
  });

  it('match --corpus gives the archive to the config\'s first pack when --pack names none', () => {
    writeFileSync(path.join(dir, 'no-corpus.yaml'), 'packs: [./shili.yaml]\n');
    const run = laiyuan(['match', 'content/uncredited.md', '--corpus', 'corpus', '--config', 'no-corpus.yaml', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.reuses.map((r: { source: { articleId: string }; kind: string }) => [r.source.articleId, r.kind])).toEqual([['qiao', 'reprint']]);
  });
});
