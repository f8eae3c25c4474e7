// `index stats` and `index build` count in words: one line is "1 line", one article "1 article".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';

let site: string;

afterEach(() => rmSync(site, { recursive: true, force: true }));

/** Three 国际在线 reports about 长白山's snow season that open with the same lead paragraph: one boilerplate line (the bar is three articles). */
function archive(): void {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-stats-'));
  mkdirSync(path.join(site, 'corpus'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  const lead = '本网讯 记者从长白山管委会获悉，随着气温持续走低，长白山北景区近日迎来今冬首场大范围降雪，各大滑雪场陆续开板迎客。';
  const reports = [
    ['长白山雪季开启', '今年雪季，景区将推出夜场滑雪与冰雪研学等新项目。'],
    ['长白山冰雪节将于下月举行', '冰雪节期间，景区门票对全国大学生半价优惠。'],
    ['吉林雾凇岛迎来最佳观赏期', '吉林市雾凇岛近日连续出现大面积雾凇景观，吸引大批摄影爱好者前来拍摄。'],
  ];
  reports.forEach(([title, body], i) => writeFileSync(path.join(site, 'corpus', `cri-${i}.txt`), `${title}\n来源：国际在线\n${lead}\n${body}\n`));
}

describe('index stats wording', () => {
  it('says "1 line" for one boilerplate line, and the JSON count is 1', () => {
    archive();
    expect(laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], { cwd: site }).code).toBe(0);
    const json = JSON.parse(laiyuan(['index', 'stats', 'archive.lyx', '--format', 'json'], { cwd: site }).stdout) as { boilerplateLines: number; droppedFingerprints: number };
    expect(json.boilerplateLines).toBe(1);
    const text = laiyuan(['index', 'stats', 'archive.lyx'], { cwd: site }).stdout;
    const fingerprints = json.droppedFingerprints === 1 ? '1 fingerprint' : `${json.droppedFingerprints} fingerprints`;
    expect(text).toMatch(new RegExp(`^boilerplate left out +${fingerprints}, 1 line$`, 'mu'));
  });

  it('says "1 article from 1 file" when building from one article', () => {
    archive();
    rmSync(path.join(site, 'corpus', 'cri-1.txt'));
    rmSync(path.join(site, 'corpus', 'cri-2.txt'));
    const built = laiyuan(['index', 'build', 'corpus/cri-0.txt', '-o', 'one.lyx'], { cwd: site });
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^indexed 1 article from 1 file into one\.lyx: /u);
  });
});
