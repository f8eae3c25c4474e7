import { describe, expect, it } from 'vitest';
import { expectedAttribution, isRequiredForm, namesOrigin, outletToName, toWrite } from '../../src/core/judge/attribution.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { parseDocuments } from '../../src/core/read/index.js';
import type { SourceClaim } from '../../src/core/metadata/types.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';

const claimIn = (text: string): SourceClaim => extractMetadata(textDoc(text)).sources[0];

describe('attribution forms of the 国际在线 pack', () => {
  it.each([
    ['来源:国际在线', true],
    ['来源：国际在线', true],
    ['来源: 国际在线', true],
    ['（来源：国际在线）', true],
    ['来源：国际在线网', false],
    ['来源：CRI', false],
  ])('%s is the required form: %s', async (line, standard) => {
    const pack = await criPack();
    const claim = claimIn(`标题\n${line}\n正文。`);
    expect(namesOrigin(claim, { kind: 'own', source: '国际在线' }, pack)).toBe(true);
    expect(isRequiredForm(claim, pack)).toBe(standard);
  });

  it('reads an HTML entity in the source line as the character it stands for', async () => {
    const pack = await criPack();
    const { documents } = parseDocuments('<html><body><h1>标题</h1><p>来源&#65306;国际在线</p><p>正文。</p></body></html>', 'a.html', 'html');
    const claim = extractMetadata(documents[0]).sources[0];
    expect(claim.value).toBe('国际在线');
    expect(isRequiredForm(claim, pack)).toBe(true);
  });

  it('credits third-party content to its outlet, under any usual name of it', async () => {
    const pack = await criPack();
    const origin = { kind: 'third-party' as const, source: '吉林日报' };
    expect(namesOrigin(claimIn('标题\n来源：《吉林日报》\n正文'), origin, pack)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：吉林日报社\n正文'), origin, pack)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：国际在线\n正文'), origin, pack)).toBe(false);
    expect(expectedAttribution(origin, pack)).toBe('来源:吉林日报');
  });

  it('reads an outlet whose name starts with 和 whole (和讯网), not as 和 joining two', async () => {
    const pack = await criPack();
    expect(namesOrigin(claimIn('标题\n来源：和讯网\n正文'), { kind: 'third-party', source: '和讯' }, pack)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：和讯\n正文'), { kind: 'third-party', source: '和讯网' }, pack)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：新华社和人民日报\n正文'), { kind: 'third-party', source: '人民日报' }, pack)).toBe(true);
  });
});

describe('third-party content whose page names no source (origin source \'\')', () => {
  const unnamed = { kind: 'third-party' as const, source: '' };

  it('is credited by a 来源 naming any outlet but 国际在线 (alone or beside it), not by one naming 国际在线 or an alias, nor by a citation', async () => {
    const pack = await criPack();
    expect(namesOrigin(claimIn('标题\n来源：新华社\n正文'), unnamed, pack)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：国际在线、新华社\n正文'), unnamed, pack)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：国际在线\n正文'), unnamed, pack)).toBe(false);
    expect(namesOrigin(claimIn('标题\n来源：國際在線網\n正文'), unnamed, pack)).toBe(false);
    expect(namesOrigin(claimIn('标题\n  据新华社报道，中老铁路开通两年来累计发送旅客2400万人次。'), unnamed, pack)).toBe(false);
  });

  it('has no attribution or outlet name to write: none is made up', async () => {
    const pack = await criPack();
    expect(expectedAttribution(unnamed, pack)).toBeNull();
    expect(outletToName(unnamed, pack)).toBeNull();
    expect(toWrite(claimIn('标题\n来源：国际在线\n正文'), unnamed, pack)).toBeNull();
    expect(expectedAttribution({ kind: 'third-party', source: '新华社' }, pack)).toBe('来源:新华社');
  });
});

describe('a channel of the site is the site', () => {
  it('来源：人民网-文化频道 credits 人民网, and a pack compiled from 人民网\'s notice calls such a page its own', async () => {
    const { resolvePack } = await import('../../src/core/config/pack.js');
    const { compileNotice } = await import('../../src/core/config/notice/index.js');
    const compiled = compileNotice('示例人民网版权所有，未经书面授权禁止使用', { id: 'people', name: '人民网' });
    if (!compiled.ok) throw new Error(compiled.error);
    const loaded = resolvePack(compiled.value.data, 'people.txt');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const own = { kind: 'own' as const, source: '人民网' };
    expect(namesOrigin(claimIn('标题\n2019年06月15日08:18  来源：人民网-文化频道\n正文。'), own, loaded.value)).toBe(true);
    expect(namesOrigin(claimIn('标题\n来源：人民日报\n正文。'), own, loaded.value)).toBe(false);
    expect(namesOrigin(claimIn('标题\n来源：文化频道\n正文。'), own, loaded.value)).toBe(false);
  });
});
