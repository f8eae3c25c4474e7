// A credit both misworded and below the body's start (来源：CRI at the foot): one run says both,
// and --fix either mends both (text, Markdown: moved under the headline, rewritten) or, where it
// cannot move it (HTML), the remedy says so; never a place warning the report did not give.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, documentOf, lines, paragraphs, type Case } from './harness.js';

const RULE = 'nonstandard-attribution';
const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const PLACE = '已在正文开始之后';

async function only(text: string, c: Case = LICENSED) {
  const findings = await check(text, c);
  expect(findings.map((f) => f.ruleId)).toEqual([RULE]);
  return findings[0];
}

describe('a nonstandard credit at the foot', () => {
  it.each([
    ['on its own line', lines(HEADLINE, '', ...HANCHAO, '', '来源：CRI', ''), '来源：CRI'],
    ['closing the last paragraph, its bracket never closed', lines(HEADLINE, '', ...HANCHAO.slice(0, -1), `${HANCHAO[HANCHAO.length - 1]}（来源：CRI`), '（来源：CRI'],
    ['as 据国际在线报道 on its own line', lines(HEADLINE, '', ...HANCHAO, '据国际在线报道'), '据国际在线报道'],
  ])('in a text file, %s: reported for wording and place, moved and rewritten in one fix', async (_name, text, claimed) => {
    const f = await only(text);
    expect(f.message).toContain(`来源写作「${claimed}」`);
    expect(f.message).toContain(PLACE);
    expect(f.remedy).toMatch(new RegExp(`^删去「${claimed}」，在标题下方、正文之前写上「来源:国际在线」`, 'u'));
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed.startsWith(lines(HEADLINE, '来源:国际在线', ''))).toBe(true);
    expect(fixed).not.toContain(claimed);
    expect(fixed.endsWith(`${HANCHAO[HANCHAO.length - 1]}\n`) || fixed.endsWith(HANCHAO[HANCHAO.length - 1])).toBe(true);
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('in Markdown whose title is in front matter: the credit goes above the first paragraph', async () => {
    const text = ['---', `title: ${HEADLINE}`, '---', '', ...HANCHAO, '', '来源：CRI', ''].join('\n');
    const md: Case = { ...LICENSED, path: 'content/licensed/hanchao.md' };
    const f = await only(text, md);
    expect(f.message).toContain(PLACE);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toContain(['---', '', '来源:国际在线', '', HANCHAO[0]].join('\n'));
    expect(fixed).not.toContain('CRI');
    expect(await check(fixed, md)).toEqual([]);
  });

  it('in HTML, where --fix cannot move it: the remedy says so, and what is left is the place the report gave', async () => {
    const text = `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><p>记者 张三</p>${HANCHAO.map((p) => `<p>${p}</p>`).join('')}<p>（来源：CRI</p></body></html>`;
    const html: Case = { ...LICENSED, path: 'content/licensed/hanchao.html' };
    const f = await only(text, html);
    expect(f.message).toContain('来源写作「（来源：CRI」');
    expect(f.message).toContain(PLACE);
    expect(f.remedy).toMatch(/^把「（来源：CRI」改为「来源:国际在线」，并移到标题下方、正文之前（--fix 只改写法，不能移动它）/u);
    const after = await only(applyEdits(text, f.fix ?? []), html);
    expect(after.message).toContain(PLACE);
  });

  it('as 据国际在线报道 inside the last paragraph: no rewrite of the sentence, the remedy adds the credit at the top', async () => {
    const text = lines(HEADLINE, '', ...HANCHAO, '另据国际在线报道，多地已启动防寒应急响应。');
    const f = await only(text);
    expect(f.message).toContain(PLACE);
    expect(f.remedy).toMatch(/^在标题下方、正文之前写上「来源:国际在线」/u);
    expect(f.fix).toBeUndefined();
  });

  it('under the headline: the wording alone, rewritten in place', async () => {
    const f = await only(lines(HEADLINE, '来源：CRI', ...HANCHAO));
    expect(f.message).not.toContain(PLACE);
    expect(f.remedy).toMatch(/^把「来源：CRI」改为「来源:国际在线」/u);
  });
});

// A by-hand trial's foot credits: moving one must leave what stood beside it as an editor would,
// not （ 记者 张三） nor a lone （组图） line; in Markdown, a blockquote or emphasis line goes whole.
describe('moving a nonstandard foot credit leaves its neighbours tidy', () => {
  const body = HANCHAO.slice(0, -1);
  const last = HANCHAO[HANCHAO.length - 1];

  it.each([
    ['（来源：CRI 记者 张三）', '（记者 张三）'],
    ['（来源：CRI　记者 张三）', '（记者 张三）'],
    ['（来源：CRI，记者 张三）', '（记者 张三）'],
    ['（来源：CRI；编辑：孙悦）', '（编辑：孙悦）'],
    ['（来源：CRI / 编辑：孙悦）', '（编辑：孙悦）'],
    ['（记者 张三 来源：CRI）', '（记者 张三）'],
    ['来源：CRI　编辑：孙悦', '编辑：孙悦'],
    ['　　来源：CRI，编辑：孙悦', '　　编辑：孙悦'],
  ])('%s on the last line: the byline stays as %s', async (foot, left) => {
    const text = lines(HEADLINE, '', ...HANCHAO, foot, '');
    const f = await only(text);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO, left, ''));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('closing the last paragraph with the reporter in its brackets: …。（记者 张三）', async () => {
    const text = lines(HEADLINE, '', ...body, `${last}（来源：CRI 记者 张三）`);
    const fixed = applyEdits(text, (await only(text)).fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...body, `${last}（记者 张三）`));
  });

  it.each([
    ['（来源：CRI）（组图）', '（组图）'],
    ['来源：CRI（视频）', '（视频）'],
    ['【来源：CRI】【组图】【视频】', '【组图】【视频】'],
    ['（来源：CRI）（组图', '（组图）'],
  ])('%s: the media tag is the headline\'s, so it goes up with the credit, no tag left alone', async (foot, tags) => {
    const text = lines(HEADLINE, '', ...HANCHAO, '', foot, '');
    const f = await only(text);
    expect(f.remedy).toMatch(new RegExp(`^删去「.+${tags.slice(0, 3)}.*」，在标题下方、正文之前写上「来源:国际在线${tags}」`, 'u'));
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, `来源:国际在线${tags}`, '', ...HANCHAO, ''));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('a media tag after a byline stays with the byline', async () => {
    const text = lines(HEADLINE, '', ...body, `${last}（来源：CRI 记者 张三）（组图）`);
    const fixed = applyEdits(text, (await only(text)).fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...body, `${last}（记者 张三）（组图）`));
  });

  const md: Case = { ...LICENSED, path: 'content/licensed/hanchao.md' };
  it.each([
    ['in a blockquote', '> 来源：国际在线网'],
    ['in emphasis', '*（来源：CRI）*'],
    ['in bold in a list item', '- **来源：CRI**'],
  ])('in Markdown, %s at the foot: the line goes whole and the credit is written under the headline', async (_name, foot) => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), foot, '');
    const f = await only(text, md);
    expect(f.remedy).toMatch(/^删去「/u);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, '']).slice(0, -1), ''));
    expect(await check(fixed, md)).toEqual([]);
  });

  it('in Markdown, a blockquote credit between quoted paragraphs: the quote keeps its paragraphs apart', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '> 气象专家提醒：注意防寒保暖。', '>', '> 来源：CRI', '>', '> 责任编辑：孙悦', '');
    const fixed = applyEdits(text, (await only(text, md)).fix ?? []);
    expect(fixed.endsWith(lines('> 气象专家提醒：注意防寒保暖。', '>', '> 责任编辑：孙悦', ''))).toBe(true);
  });

  // what Markdown renders as one paragraph: lines the reader leaves text on, up to a blank one
  const rendered = (markdown: string): string[] =>
    documentOf(markdown, md.path).text.split(/\n[ \t\u3000]*\n/u).map((p) => p.replace(/\s+/gu, '')).filter((p) => p !== '');

  const lastRendered = last.replace(/\s+/gu, '');
  it.each([
    ['in bold with a hard break', '**来源：CRI**  '],
    ['in emphasis', '*来源：CRI*'],
    ['as plain text', '来源：CRI'],
  ])('in Markdown, %s after the last paragraph, an editor line under it: the paragraphs stay apart', async (_name, foot) => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), foot, '**责编：李四**', '');
    expect(rendered(text).slice(-2)).toEqual([lastRendered, '来源：CRI责编：李四']);
    const f = await only(text, md);
    expect(f.remedy).toMatch(/^删去「来源：CRI」，在标题下方、正文之前写上「来源:国际在线」/u);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, '']), '**责编：李四**', ''));
    expect(rendered(fixed).slice(-2)).toEqual([lastRendered, '责编：李四']);
    expect(await check(fixed, md)).toEqual([]);
  });

  it('in Markdown, a credit line between paragraphs set apart by blank lines: one blank line is left', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '*来源：CRI*', '', '**责编：李四**', '');
    const fixed = applyEdits(text, (await only(text, md)).fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, '']), '**责编：李四**', ''));
  });

  it('in Markdown, a credit line whose markup does not close on it (an HTML tag around more lines) is rewritten in place, the move said to be by hand', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '<p class="source">来源：CRI', '责编：李四</p>', '');
    const f = await only(text, md);
    expect(f.remedy).toMatch(/（--fix 只改写法，不能移动它）/u);
    expect(applyEdits(text, f.fix ?? [])).toContain('<p class="source">来源:国际在线\n责编：李四</p>');
  });

  it('in Markdown, a credit in an HTML tag closed on a later line beside an editor: moved, the tags left as they were', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '<p class="source">来源：CRI　编辑：孙悦', '</p>', '');
    const fixed = applyEdits(text, (await only(text, md)).fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, '']), '<p class="source">编辑：孙悦', '</p>', ''));
    expect(await check(fixed, md)).toEqual([]);
  });

  // an editor pasting from a CMS: the credit's paragraph, emptied by the move, is no paragraph to keep
  it.each([
    ['on a line of its own between the tags', ['<p class="source">', '（来源：CRI）', '</p>']],
    ['the tag closed on the next line', ['<p class="source">来源：CRI', '</p>']],
    ['in a paragraph on one line', ['<p>（来源：CRI）</p>']],
    ['in emphasis in a paragraph in a div', ['<div class="article-source">', '  <p><em>来源：CRI</em></p>', '</div>']],
  ])('in Markdown, a credit alone in an HTML element, %s: moved, and the emptied element goes with it', async (_name, foot) => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), ...foot, '');
    const f = await only(text, md);
    expect(f.remedy).toMatch(/^删去「/u);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, '']).slice(0, -1), ''));
    expect(await check(fixed, md)).toEqual([]);
  });

  it('in Markdown, an emptied element between paragraphs: one blank line is left, the next paragraph kept', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '<p class="source">', '来源：CRI', '</p>', '', '**责编：李四**', '');
    const fixed = applyEdits(text, (await only(text, md)).fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, '']), '**责编：李四**', ''));
  });

  it('in Markdown, a credit in a span closing the last paragraph: the span goes, the paragraph stays', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...body.flatMap((p) => [p, '']), `${last}<span class="source">（来源：CRI）</span>`, '');
    const fixed = applyEdits(text, (await only(text, md)).fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...body.flatMap((p) => [p, '']), last, ''));
  });
});

// A foot credit with a note of cuts: （有删改） says the reprint cut the credited text, so it is the
// credit's and goes up with it (来源:国际在线（有删改）), never left alone at the foot.
describe('moving a nonstandard foot credit takes its note of cuts with it', () => {
  const body = HANCHAO.slice(0, -1);
  const last = HANCHAO[HANCHAO.length - 1];

  it.each([
    ['（来源：CRI）（有删改）', '（有删改）'],
    ['（来源：CRI，有删改）', '（有删改）'],
    ['（来源：国际在线网，有删改）', '（有删改）'],
    ['【来源：CRI】【略有删节】', '【略有删节】'],
    ['来源：CRI（有删改）（组图）', '（有删改）（组图）'],
  ])('%s on its own line: the line goes, the top reads 来源:国际在线%s', async (foot, note) => {
    const text = lines(HEADLINE, '', ...HANCHAO, '', foot, '');
    const f = await only(text);
    expect(f.remedy?.startsWith(`删去「${foot}」，在标题下方、正文之前写上「来源:国际在线${note}」`)).toBe(true);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, `来源:国际在线${note}`, '', ...HANCHAO, ''));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it.each(['（来源：CRI）（有删改）', '（来源：CRI，有删改）'])('%s closing the last paragraph: the paragraph ends at its sentence', async (foot) => {
    const text = lines(HEADLINE, '', ...body, `${last}${foot}`);
    const fixed = applyEdits(text, (await only(text)).fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线（有删改）', '', ...body, last));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('a note after a byline in the brackets stays with the byline: （记者 马晓婷，有删改）', async () => {
    const text = lines(HEADLINE, '', ...body, `${last.replace(/（记者 马晓婷）$/u, '')}（来源：CRI，记者 马晓婷，有删改）`);
    const fixed = applyEdits(text, (await only(text)).fix ?? []);
    expect(fixed.split('\n')[1]).toBe('来源:国际在线');
    expect(fixed.endsWith('（记者 马晓婷，有删改）')).toBe(true);
  });

  it('in Markdown, in emphasis on its own line: the line goes, the note goes up', async () => {
    const md: Case = { ...LICENSED, path: 'content/licensed/hanchao.md' };
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '*（来源：CRI，有删改）*', '');
    const fixed = applyEdits(text, (await only(text, md)).fix ?? []);
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线（有删改）', '', ...HANCHAO.flatMap((p) => [p, '']).slice(0, -1), ''));
    expect(await check(fixed, md)).toEqual([]);
  });
});

// The whole reprint with the credit rightly worded but as its last line: the same move as a
// misworded one gets, by the same fix; before, a warning with no fix.
describe('a rightly worded credit at the foot', () => {
  const body = HANCHAO.slice(0, -1);
  const last = HANCHAO[HANCHAO.length - 1];

  it.each([
    ['on its own line', lines(HEADLINE, '', ...HANCHAO, '', '（来源：国际在线）', ''), lines(HEADLINE, '来源:国际在线', '', ...HANCHAO, '')],
    ['closing the last paragraph', lines(HEADLINE, '', ...body, `${last}（来源：国际在线）`), lines(HEADLINE, '来源:国际在线', '', ...body, last)],
    ['with the reporter in its brackets', lines(HEADLINE, '', ...body, `${last.replace(/（记者 马晓婷）$/u, '')}（来源：国际在线，记者 马晓婷）`), lines(HEADLINE, '来源:国际在线', '', ...body, last)],
  ])('in a text file, %s: reported for its place and moved under the headline', async (_name, text, expected) => {
    const f = await only(text);
    expect(f.message).toContain(PLACE);
    expect(f.remedy).toMatch(/^把「来源:国际在线」移到标题下方、正文之前/u);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(expected);
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('with a note of cuts: the note goes up with it, and the remedy names it', async () => {
    const text = lines(HEADLINE, '', ...HANCHAO, '', '（来源：国际在线，有删改）', '');
    const f = await only(text);
    expect(f.remedy?.startsWith('删去「（来源：国际在线，有删改）」，在标题下方、正文之前写上「来源:国际在线（有删改）」')).toBe(true);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线（有删改）', '', ...HANCHAO, ''));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('in Markdown, in emphasis on its own line: the line goes', async () => {
    const text = ['# ' + HEADLINE, '', ...HANCHAO.flatMap((p) => [p, '']), '*来源：国际在线*', ''].join('\n');
    const md: Case = { ...LICENSED, path: 'content/licensed/hanchao.md' };
    const f = await only(text, md);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).not.toMatch(/来源：国际在线/u);
    expect(fixed.startsWith(['# ' + HEADLINE, '来源:国际在线', ''].join('\n'))).toBe(true);
    expect(await check(fixed, md)).toEqual([]);
  });

  it('in HTML, where --fix cannot move it: no fix, the move is the editor\'s', async () => {
    const text = `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1>${HANCHAO.map((p) => `<p>${p}</p>`).join('')}<p>（来源：国际在线）</p></body></html>`;
    const f = await only(text, { ...LICENSED, path: 'content/licensed/hanchao.html' });
    expect(f.message).toContain(PLACE);
    expect(f.remedy).toMatch(/^把「来源:国际在线」移到标题下方、正文之前/u);
    expect(f.fix).toBeUndefined();
  });
});
