import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/docs.js';
import { checkJson, workspace } from './workspace.js';

const R03 = fixture('reuse/r03-dunhuang-wrong-source.html');
const R04 = fixture('reuse/r04-changbaishan-no-attribution.txt');
const META = '<meta name="source" content="新华网">';

describe('laiyuan check with inline suppressions (built CLI)', () => {
  it('a directive with a reason silences its finding; one without is reported and fails the run', () => {
    const { dir, write } = workspace({
      'content/dunhuang.html': R03.replace(META, `<!-- laiyuan-disable-next-line wrong-source -- 新华网与国际在线联合采访 -->\n${META}`),
      'content/changbaishan.txt': `# laiyuan-disable-file unauthorized-reuse -- 长白山管委会通稿，已获国际在线书面授权\n${R04}`,
    });
    const ok = checkJson(dir, ['content']);
    expect(ok.results.findings.map((f) => [f.file, f.ruleId])).toEqual([['content/dunhuang.html', 'unauthorized-reuse']]);
    expect(ok.code).toBe(1);

    write('content/dunhuang.html', `<!-- laiyuan-disable-file unauthorized-reuse, wrong-source -->\n${R03}`);
    const bad = checkJson(dir, ['content']);
    expect(bad.results.findings.map((f) => [f.ruleId, f.line]).sort()).toEqual([['laiyuan-directive', 1], ['unauthorized-reuse', 12], ['wrong-source', 7]]);
    expect(bad.code).toBe(1);

    write('content/dunhuang.html', `<!-- laiyuan-disable-file unauthorized-reuse, wrong-source -- 内部存档页面 -->\n${R03}`);
    const clean = checkJson(dir, ['content']);
    expect(clean.results.findings).toEqual([]);
    expect(clean.code).toBe(0);
  });

  it('--report-unused-disable-directives reports directives that silence nothing, as warnings', () => {
    const { dir } = workspace({
      'content/changbaishan.txt': `// laiyuan-disable-file wrong-source -- 旧稿曾标错来源，已改\n${R04.replace('2022-12-10 16:42', '2022-12-10 16:42 来源：国际在线')}`,
    });
    const quiet = checkJson(dir, ['content']);
    expect(quiet.results.findings.map((f) => f.ruleId)).toEqual(['unauthorized-reuse']);
    const loud = checkJson(dir, ['content', '--report-unused-disable-directives']);
    expect(loud.results.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['unused-disable-directive', 'warning', 1], ['unauthorized-reuse', 'error', 4]]);
    expect(loud.results.summary).toMatchObject({ errors: 1, warnings: 1 });
  });

  it('a directive finding reaches every format: the GitHub annotation stands on the directive\'s line', () => {
    const { dir, read } = workspace({ 'content/a.txt': `laiyuan-disable-next-line unauthorized-reuse\n${R04}` });
    const run = checkJson(dir, ['content', '--output-github', 'annotations.txt']);
    expect(run.results.findings.find((f) => f.ruleId === 'laiyuan-directive')?.message).toBe('抑制指令「laiyuan-disable-next-line unauthorized-reuse」没有写明理由，因此不生效');
    const annotation = read('annotations.txt').split('\n').find((l) => l.includes('laiyuan-directive'));
    expect(annotation).toMatch(/^::error file=content\/a\.txt,line=1,/u);
    expect(annotation).toContain('没有写明理由');
  });
});
