// A reprint written in traditional characters is fixed in its own script: the remedy, the
// reviewdog suggestion and --fix all write 來源:國際在線 (the notice's 来源:国际在线 in that script),
// which the next check takes for the required credit. The script is the article's as a reader sees
// it, not the file's: a portal's scripts and hidden menus in simplified characters do not count.
import { rmSync } from 'node:fs';
import OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
// 国际在线's 寒潮 report as a Taiwanese site carries it, credited 來源：國際在線網
const page: string = toTaiwan(reprint(REPRINTS.alias).toString('utf8'));
const HEADLINE = page.split('\n')[2];
const paragraphs = page.split('\n').filter((l) => l.startsWith('　　')).map((l) => l.trim());

/** A mainland portal's page template (its scripts, keywords and menu in simplified characters) around a traditional article. */
function portalPage(credit: string): string {
  const menu = '首页 新闻 国际 国内 财经 体育 娱乐 汽车 房产 教育 科技 视频 图片 专题 论坛 博客 读书 游戏'.split(' ');
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${HEADLINE}_示例资讯网</title>`,
    '<meta name="keywords" content="寒潮,预警,气温,降温,降雪,中央气象台,天气预报,出行提醒">',
    '<script>',
    'var tips = {share: "分享到微信朋友圈", weibo: "分享到新浪微博", copied: "复制链接成功，请粘贴给好友",',
    '  empty: "请输入评论内容", login: "请先登录后再发表评论", long: "评论内容过长，请删减后再提交",',
    '  done: "评论已提交，审核通过后显示", fail: "网络异常，请稍后再试", search: "请输入搜索关键词",',
    '  report: "举报不良信息", thanks: "感谢您的举报，我们会尽快处理", kinds: ["违法违规", "色情低俗", "虚假谣言", "侵犯权益", "广告营销"],',
    '  foot: "本站所有内容均由网友发布或转载，仅供参考，如有侵权请联系网站管理员删除，联系邮箱见关于我们页面"};',
    '</script>',
    '</head>',
    '<body>',
    `<nav>${menu.map((m) => `<a href="/${m}">${m}</a>`).join('')}</nav>`,
    `<h1>${HEADLINE}</h1>`,
    `<div class="info">2023-12-14 11:06　${credit}</div>`,
    ...paragraphs.slice(0, 3).map((p) => `<p>${p}</p>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

interface Suggestion {
  text: string;
}
function suggestions(dir: string): string[] {
  const run = laiyuan(dir, ['check', 'content', '--format', 'rdjson']);
  const diagnostics = JSON.parse(run.stdout).diagnostics as { suggestions?: Suggestion[] }[];
  return diagnostics.flatMap((d) => (d.suggestions ?? []).map((s) => s.text));
}

function remedies(dir: string): string[] {
  const findings = JSON.parse(laiyuan(dir, ['check', 'content', '--format', 'json']).stdout).findings as { remedy: string }[];
  return findings.map((f) => f.remedy.split('。')[0]);
}

describe('a fix in a traditional-character reprint', () => {
  it('rewrites 來源：國際在線網 as 來源:國際在線: remedy, suggestion and --fix agree, and the next check accepts it', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/hanchao.txt', page);
    expect(page).toContain(`${HEADLINE}\n2023-12-14 11:06 來源：國際在線網`);
    expect(HEADLINE).toMatch(/^寒潮來襲 中央氣象臺/u);
    expect(remedies(ws.dir)).toEqual(['把「來源：國際在線網」改为「來源:國際在線」']);
    expect(suggestions(ws.dir)).toEqual(['來源:國際在線']);
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
    expect(ws.read('content/hanchao.txt').toString('utf8')).toBe(page.replace('來源：國際在線網', '來源:國際在線'));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });

  it('rewrites a misworded traditional credit (來源︰國廣國際在線) the same way', () => {
    ws = makeWorkspace({ licence: true });
    const original = page.replace('來源：國際在線網', '來源︰國廣國際在線');
    ws.write('content/hanchao.txt', original);
    expect(suggestions(ws.dir)).toEqual(['來源:國際在線']);
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.txt').toString('utf8')).toBe(page.replace('來源：國際在線網', '來源:國際在線'));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });

  it('inserts 來源:國際在線 under the headline of a traditional reprint that credits nothing', () => {
    ws = makeWorkspace({ licence: true });
    const original = page.replace(' 來源：國際在線網', '');
    ws.write('content/hanchao.txt', original);
    expect(remedies(ws.dir)).toEqual(['在标题下方加上「來源:國際在線」']);
    expect(suggestions(ws.dir)).toEqual(['\n來源:國際在線']);
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.txt').toString('utf8')).toBe(original.replace(`${HEADLINE}\n`, `${HEADLINE}\n來源:國際在線\n`));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });

  it('asks for 來源:國際在線 in a traditional HTML page that credits nothing, in its message and remedy, as in its text file', () => {
    ws = makeWorkspace({ licence: true });
    const body = paragraphs.map((p) => `<p>${p}</p>`);
    ws.write('content/hanchao.html', ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">', `<title>${HEADLINE}</title>`, '</head>', '<body>', `<h1>${HEADLINE}</h1>`, ...body, '</body>', '</html>', ''].join('\n'));
    ws.write('content/hanchao.txt', page.replace(' 來源：國際在線網', ''));
    const findings = JSON.parse(laiyuan(ws.dir, ['check', 'content', '--format', 'json']).stdout).findings as { file: string; ruleId: string; message: string; remedy: string; attribution: { expected: string } }[];
    const said = findings.map((f) => [f.file, f.ruleId, f.message, f.remedy.split('。')[0], f.attribution.expected]);
    const message = '授权使用国际在线的内容，但全文没有注明来源，应注明「來源:國際在線」';
    // attribution.expected stays the notice's own form, as a public JSON field
    expect(said).toEqual([
      ['content/hanchao.html', 'missing-attribution', message, '在标题下方加上「來源:國際在線」', '来源:国际在线'],
      ['content/hanchao.txt', 'missing-attribution', message, '在标题下方加上「來源:國際在線」', '来源:国际在线'],
    ]);
  });

  it('quotes a simplified credit of a traditional page as the page writes it, and asks for 來源:國際在線', () => {
    ws = makeWorkspace({ licence: true });
    // the credit copied in simplified characters from the mainland original, under the body
    const original = `${page.replace(' 來源：國際在線網', '').trimEnd()}\n\n来源:国际在线\n`;
    ws.write('content/hanchao.txt', original);
    const findings = JSON.parse(laiyuan(ws.dir, ['check', 'content', '--format', 'json']).stdout).findings as { ruleId: string; message: string }[];
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(findings[0].message).toMatch(/^「来源:国际在线」在第 \d+ 行，已在正文开始之后；.*注明「來源:國際在線」/u);
  });

  it('takes a front matter source: 國際在線 for the required name, as it takes 來源:國際在線 for the required line', () => {
    ws = makeWorkspace({ licence: true });
    const body = paragraphs.flatMap((p) => [p, '']);
    ws.write('content/hanchao.md', ['---', `title: ${HEADLINE}`, 'source: 國際在線', '---', '', ...body].join('\n'));
    ws.write('content/hanchao-line.md', [`# ${HEADLINE}`, '', '來源:國際在線', '', ...body].join('\n'));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });

  it('writes the traditional credit into a traditional article on a page whose scripts and menu are simplified', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('laiyuan.yaml', ws.read('laiyuan.yaml').toString('utf8').replace('actions: [转载]', 'actions: [转载, 摘编]'));
    const original = portalPage('來源：國際在線網');
    ws.write('content/hanchao.html', original);
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
    expect(ws.read('content/hanchao.html').toString('utf8')).toBe(original.replace('來源：國際在線網', '來源:國際在線'));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });
});
