import { describe, expect, it } from 'vitest';
import { compileNotice } from '../../src/core/config/notice/index.js';
import { laiyuan } from '../e2e/cli.js';

// Page footers and 版权声明 name their holder in many places around 版权所有, ©, Copyright and All
// Rights Reserved; each form below is one a Chinese news site's footer uses. The name is read
// wherever it stands; a rights line that names nobody still names nobody.
const NAMELESS = "the notice does not say whose it is: give the publisher's name with --name";

function compiled(notice: string): { name?: unknown; licensor?: unknown } | string {
  const result = compileNotice(notice, { id: 'x' });
  if (!result.ok) return result.error;
  const publisher = result.value.data.publisher as { licensor?: string } | undefined;
  return { name: result.value.data.name, ...(publisher?.licensor ? { licensor: publisher.licensor } : {}) };
}

describe('whose a copyright line says the rights are', () => {
  it.each([
    // All Rights Reserved before the name, 版权所有 after it (新浪's footer)
    ['All Rights Reserved 南江公司 版权所有', '南江公司'],
    ['Copyright © 1996-2024 NANJIANG Corporation, All Rights Reserved 南江公司 版权所有', '南江公司'],
    // © between 版权所有 and the name, with or without a space or years
    ['版权所有 ©南江公司', '南江公司'],
    ['版权所有 © 南江日报社股份有限公司', '南江日报社股份有限公司'],
    ['版权所有©南江日报社', '南江日报社'],
    ['版权所有（C）南江日报社', '南江日报社'],
    ['版权所有 © 2003-2024 南江报业传媒集团', '南江报业传媒集团'],
    // the name before 版权所有
    ['©2024 南江电视台 版权所有', '南江电视台'],
    ['Copyright (c) 2003-2024 南江网 版权所有 京ICP证000000号', '南江网'],
    // colon, 版权归…所有
    ['版权所有：南江日报社', '南江日报社'],
    ['本网站所有内容版权归南江日报社所有，未经许可不得转载。', '南江日报社'],
    // traditional characters, the name as written
    ['南江日報社 版權所有', '南江日報社'],
    ['版權所有 ©南江傳媒集團', '南江傳媒集團'],
    ['本網站所有內容版權歸南江日報社所有', '南江日報社'],
    ['Copyright © 2024 南江市新闻研究所 All Rights Reserved 版权所有 © 南江市新闻研究所', '南江市新闻研究所'],
  ])('%s', (line, name) => {
    expect(compiled(line)).toEqual({ name });
  });

  it.each([
    '版权所有 不得转载',
    '版权所有，侵权必究',
    '版权所有 侵权必究',
    '版权所有 © 翻录必究',
    '未经授权不得转载 版权所有',
    'All Rights Reserved 版权所有 复制必究',
  ])('%s names nobody', (line) => {
    expect(compiled(line)).toBe(NAMELESS);
  });

  it('the site and the company holding its rights, in one footer, stay site and licensor', () => {
    expect(compiled('Copyright © 2024 南江网 南江在线信息服务有限公司 All Rights Reserved 版权所有 © 南江在线信息服务有限公司')).toEqual({ name: '南江网', licensor: '南江在线信息服务有限公司' });
  });
});

describe('a copyright line in Latin letters only', () => {
  it.each([
    // the English footers of Chinese outlets: the name as written, its last full stop dropped, Co., Ltd. kept
    ['Copyright © 2024 Nanjiang Daily. All rights reserved.', 'Nanjiang Daily'],
    ['Copyright (c) 2003-2024 Nanjiang Daily Information Co (NDIC). All Rights Reserved.', 'Nanjiang Daily Information Co (NDIC)'],
    ['© 2024 Beihai Media Co., Ltd. All Rights Reserved.', 'Beihai Media Co., Ltd.'],
    ['COPYRIGHT © 2010-2024 BY NANJIANG NEWS GROUP', 'NANJIANG NEWS GROUP'],
    ['Ｃｏｐｙｒｉｇｈｔ ©２０２４ Nanjiang Daily', 'Nanjiang Daily'],
  ])('%s', (line, name) => {
    expect(compiled(line)).toEqual({ name });
  });

  it('a web address is where the site is, not whose it is', () => {
    expect(compiled('Copyright © 1997-2024 by www.nanjiang.com.cn. all rights reserved')).toBe(NAMELESS);
  });

  it.each([
    // the Chinese line beside it names the publisher, first or last, the address naming no one
    '南江网版权所有\nCopyright © 1997-2024 by www.nanjiang.com.cn. all rights reserved',
    'Copyright © 1997-2024 by www.nanjiang.com.cn. all rights reserved\n南江网版权所有',
    '南 江 网 版 权 所 有 ， 未 经 许 可 不 得 转 载\nCopyright © 1997-2024 by www.nanjiang.com.cn. all rights reserved',
  ])('beside a Chinese rights line: %s', (notice) => {
    expect(compiled(notice)).toEqual({ name: '南江网' });
  });

  it('a name in Chinese is the publisher before one in Latin letters, wherever each stands', () => {
    expect(compiled('Copyright © 2024 Nanjiang Daily. All rights reserved.\n南江日报社版权所有，未经授权不得转载。')).toEqual({ name: '南江日报社' });
  });
});

describe('a company holding the rights, and the name its works are credited by', () => {
  it.each([
    // the notice's own 来源 or 转载 wording names the outlet; the company is the licensor
    ['版权所有 © 2003-2024 南江网股份有限公司\n转载请注明来源：南江网', '南江网', '南江网股份有限公司'],
    ['凡本网注明“来源：南江网”的所有作品，版权均属于南江网股份有限公司，未经授权不得转载。', '南江网', '南江网股份有限公司'],
    ['本网站所有内容版权归南江报业传媒集团所有。\n转载本网稿件请注明出处：南江新闻网', '南江新闻网', '南江报业传媒集团'],
    ['南江日报社版权所有，未经授权不得转载。\n经授权使用的，使用时应注明“来源:南江网”。', '南江网', '南江日报社'],
    // no credit wording: a company named for its site is that site
    ['南江网股份有限公司版权所有，未经书面授权禁止使用', '南江网', '南江网股份有限公司'],
    ['Copyright © 2024 南江在线有限公司 版权所有', '南江在线', '南江在线有限公司'],
    // the site the company runs, where the notice writes it
    ['声明：本文为南江号作者发布，观点仅代表作者本人，不代表南江网立场。\n南江公司 版权所有', '南江网', '南江公司'],
    // or by the company's own name, without its legal form, as the disclaimer speaks of the outlet
    ['声明：本文为南江号作者发布，观点仅代表作者本人，不代表南江的观点和立场。\n南江公司 版权所有', '南江', '南江公司'],
  ])('%s', (notice, name, licensor) => {
    expect(compiled(notice)).toEqual({ name, licensor });
  });

  it.each([
    // 网络 is not 网: a network company's name is not a site's
    ['南江网络科技有限公司版权所有', '南江网络科技有限公司'],
    ['南江公司 版权所有\n本公司网络服务条款另行公布。', '南江公司'],
    // the template's XXX and 本网 name no one
    ['凡本网注明“来源：XXX（非南江网）”的作品，均转载自其它媒体。\n南江日报社版权所有', '南江日报社'],
  ])('%s keeps its holder', (notice, name) => {
    expect(compiled(notice)).toEqual({ name });
  });
});

describe('a first line claiming the rights is a term, not the notice title', () => {
  it.each([
    ['本网站所有内容版权归南江网所有\n未经授权禁止转载、摘编、复制。', '南江网'],
    ['本站全部稿件版权均归南江日报社\n未经书面许可不得转载。', '南江日报社'],
    ['所有作品版权属于南江新闻网\n转载请联系本网取得授权。', '南江新闻网'],
    ['南江公司 版权所有\n未经授权禁止转载、摘编、复制。', '南江公司'],
  ])('%s', (notice, name) => {
    expect(compiled(notice)).toEqual({ name });
  });
});

describe('a notice of hosted content, naming no holder, names its platform', () => {
  it.each([
    ['本文由入驻云帆号的作者撰写，仅代表作者本人观点，云帆网仅提供信息存储空间服务。', '云帆网'],
    ['声明\n本文由入驻南江号的机构发布，文章观点仅代表该机构，南江新闻仅提供信息发布平台。', '南江新闻'],
    ['声明：本文（含图片、视频）为南江网旗下自媒体平台“南江号”作者发布，本平台仅提供信息存储空间服务。', '南江网'],
    ['免责声明：本文来自自媒体，不代表南江在线的观点和立场。', '南江在线'],
  ])('%s', (notice, name) => {
    expect(compiled(notice)).toEqual({ name });
  });

  it.each([
    '本文仅代表作者本人观点，本平台仅提供信息存储空间服务。',
    '转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。',
    '本站刊发的文章不代表南江社和南江网观点。',
  ])('%s names no one', (notice) => {
    expect(compiled(notice)).toBe(NAMELESS);
  });
});

describe('laiyuan rules compile of a portal notice ending in its footer', () => {
  const body = [
    '本网站所有内容未经许可不得转载。',
    '声明：本频道汇集的自媒体稿件由作者自行上传，版权归原作者所有，如需转载请先征得作者同意。文中观点属作者个人，不代表南江立场。',
  ].join('\n');

  it.each([
    'All Rights Reserved 南江公司 版权所有',
    '版权所有 ©南江公司',
    'Copyright © 1996-2024 NANJIANG Corporation, All Rights Reserved 南江公司 版权所有',
  ])('ending %s: the pack is 南江\'s (as its disclaimer says), 南江公司 the licensor, the footer its publisher clause', (footer) => {
    const run = laiyuan(['rules', 'compile', '-', '--id', 'nanjiang'], { input: `${body}\n${footer}\n` });
    expect([run.code, run.stderr.includes(NAMELESS)]).toEqual([0, false]);
    expect(run.stdout).toContain('id: nanjiang\nname: 南江\n');
    expect(run.stdout).toContain(`publisher:\n  clause: 3\n  quote: ${footer}\n  name: 南江\n  licensor: 南江公司\n`);
    expect(run.stderr.split('\n').map((l) => l.split(/\s{2,}/u))).toContainEqual(['3', 'publisher', footer]);
  });
});
