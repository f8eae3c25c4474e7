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

describe('laiyuan rules compile of a portal notice ending in its footer', () => {
  const body = [
    '本网站所有内容未经许可不得转载。',
    '免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。文章观点仅代表作者本人，不代表南江立场。',
  ].join('\n');

  it.each([
    'All Rights Reserved 南江公司 版权所有',
    '版权所有 ©南江公司',
    'Copyright © 1996-2024 NANJIANG Corporation, All Rights Reserved 南江公司 版权所有',
  ])('ending %s: the pack is 南江公司\'s, the footer its publisher clause', (footer) => {
    const run = laiyuan(['rules', 'compile', '-', '--id', 'nanjiang'], { input: `${body}\n${footer}\n` });
    expect([run.code, run.stderr.includes(NAMELESS)]).toEqual([0, false]);
    expect(run.stdout).toContain('id: nanjiang\nname: 南江公司\n');
    expect(run.stdout).toContain(`publisher:\n  clause: 3\n  quote: ${footer}\n  name: 南江公司\n`);
    expect(run.stderr.split('\n').map((l) => l.split(/\s{2,}/u))).toContainEqual(['3', 'publisher', footer]);
  });
});
