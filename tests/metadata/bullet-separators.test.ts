// Header fields parted by bullet glyphs (▪ ◆ ◇ ■ □ ● ○ ▶ ► ★ ☆, an emoji) read as when a bar parts
// them: the 来源, the editor and the date.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { textDoc } from '../helpers/docs.js';

const HEADLINE = '卫生部：明年农民住院费用有望报销一半';
const BODY = '卫生部农村卫生管理司有关负责人昨日表示，我国将继续提高新农合住院费用的报销比例。';
const read = (line: string) => extractMetadata(textDoc([HEADLINE, line, '', BODY].join('\n')));

describe('bullets between header fields', () => {
  it.each(['▪', '◆', '◇', '■', '□', '●', '○', '▶', '►', '★', '☆', '📰', '🔥', '✅', '👍🏻'])('2024-01-01 %s 来源：新浪网 %s 编辑：张三', (g) => {
    const m = read(`2024-01-01 ${g} 来源：新浪网 ${g} 编辑：张三`);
    expect(m.sources.map((s) => [s.value, s.line.value])).toEqual([['新浪网', '来源：新浪网']]);
    expect(m.editors.map((e) => e.value)).toEqual(['张三']);
    expect(m.dates.map((d) => d.value)).toEqual(['2024-01-01']);
  });

  it.each(['▪', '◆', '▶', '★', '📰'])('unspaced: 2024-01-01%s来源：新浪网%s编辑：张三', (g) => {
    const m = read(`2024-01-01${g}来源：新浪网${g}编辑：张三`);
    expect(m.sources.map((s) => s.value)).toEqual(['新浪网']);
    expect(m.editors.map((e) => e.value)).toEqual(['张三']);
  });

  it.each(['◆', '▶', '►', '☆', '📰'])('opening the line: %s 来源：新浪网', (g) => {
    expect(read(`${g} 来源：新浪网`).sources.map((s) => s.value)).toEqual(['新浪网']);
  });
});
