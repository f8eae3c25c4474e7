import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../../src/core/suppress/directives.js';

const parse = (raw: string) => parseDirectives({ raw }).map(({ kind, rules, reason, text }) => ({ kind, rules, reason, text }));

describe('parseDirectives', () => {
  it('reads rules separated by commas (half- or full-width) or 、, and the reason after --', () => {
    expect(parse('<!-- laiyuan-disable-next-line wrong-source，unauthorized-reuse、out-of-scope -- 已获口头授权，书面协议 CRI-2024-017 待签 -->')).toEqual([{
      kind: 'disable-next-line',
      rules: ['wrong-source', 'unauthorized-reuse', 'out-of-scope'],
      reason: '已获口头授权，书面协议 CRI-2024-017 待签',
      text: 'laiyuan-disable-next-line wrong-source，unauthorized-reuse、out-of-scope -- 已获口头授权，书面协议 CRI-2024-017 待签',
    }]);
  });

  it('no rule list means every rule; an empty reason is no reason', () => {
    expect(parse('laiyuan-disable-file --   \n')).toEqual([{ kind: 'disable-file', rules: [], reason: null, text: 'laiyuan-disable-file --' }]);
    expect(parse('# laiyuan-enable\r\n')).toEqual([{ kind: 'enable', rules: [], reason: null, text: 'laiyuan-enable' }]);
  });

  it('a directive only counts at the start of its own line or comment', () => {
    expect(parse('来源：新华网 laiyuan-disable-line wrong-source -- 联合采访\n据新华社报道，laiyuan-disable 不是指令。')).toEqual([]);
    expect(parse('<!-- 编辑注：laiyuan-disable-line wrong-source -- 联合采访 -->')).toEqual([]);
  });

  it('an unknown word after laiyuan- is kept as a directive of no kind, to be reported', () => {
    expect(parse('<!-- laiyuan-disable-nextline wrong-source -- 联合采访 -->')[0]).toMatchObject({ kind: null, rules: ['wrong-source'] });
  });

  it('spans: the whole comment, or the line from the directive on, in order of the text', () => {
    const raw = '标题\r\n  // laiyuan-disable wrong-source -- 联合采访\r\n正文<!-- laiyuan-enable -->\r\n';
    const spans = parseDirectives({ raw }).map((d) => raw.slice(d.span.start, d.span.end));
    expect(spans).toEqual(['laiyuan-disable wrong-source -- 联合采访', '<!-- laiyuan-enable -->']);
  });
});
