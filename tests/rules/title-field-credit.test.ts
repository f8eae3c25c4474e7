// Some CMS exports carry the credit in the headline field: a JSON Lines record's "title", a
// Markdown page's front matter `title:` (敦煌莫高窟数字化成果亮相（来源：国际在线）). The field is the
// page's headline, read for its credit as the same headline's line of a text is, at the field's
// line and column in the file; --fix leaves the field alone and the remedy says so.
import { describe, expect, it } from 'vitest';
import { LICENCE, check, documentOf, paragraphs, type Case } from './harness.js';
import { toArticle } from '../../src/core/judge/article-origin.js';
import { criPack } from '../helpers/corpus.js';

const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const JSONL: Case = { licences: [LICENCE], path: 'content/licensed/export.jsonl' };
const MD: Case = { licences: [LICENCE], path: 'content/licensed/hanchao.md' };
const TXT: Case = { licences: [LICENCE], path: 'content/licensed/hanchao.txt' };

/** A record as a CMS exports it, keys in the order given. */
function record(fields: Record<string, string>): string {
  return JSON.stringify(fields);
}

function body(): string {
  return HANCHAO.join('\n');
}

/** Rule id, line:column and remedy's opening of each finding. */
async function found(text: string, c: Case): Promise<string[]> {
  return (await check(text, c)).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.attribution.claimed ?? ''}${f.fix ? ' fix' : ''}`);
}

describe('a credit in a JSON Lines title is read as the headline’s', () => {
  it('（来源：CRI） at the title’s end is the form warning at its column, as under a .txt headline; not missing-attribution', async () => {
    const text = record({ id: 'cms-20231214-0031', title: `${HEADLINE}（来源：CRI）`, text: body() });
    // before: missing-attribution 1:58 (the credit was never read)
    expect(await found(text, JSONL)).toEqual(['nonstandard-attribution 1:67 （来源：CRI）']);
    expect(await found(`${HEADLINE}（来源：CRI）\n\n${body()}`, TXT)).toEqual(['nonstandard-attribution 1:32 （来源：CRI） fix']);
  });

  it('a bracket never closed is read too, on the record’s line; no fix, the remedy says to edit the field', async () => {
    const text = `\n${record({ title: `${HEADLINE}（来源：CRI`, text: body() })}\n`;
    const [f, ...rest] = await check(text, JSONL);
    expect(rest).toEqual([]);
    expect([f.ruleId, f.line, f.column, f.endColumn, f.fix]).toEqual(['nonstandard-attribution', 2, 42, 49, undefined]);
    expect(f.remedy).toMatch(/^在标题字段中把「（来源：CRI」改为「（来源:国际在线）」（--fix 不改字段，请手工修改）/u);
  });

  it('a title written after the text with the required credit stands at the head: nothing to report', async () => {
    // before: missing-attribution
    expect(await found(record({ text: body(), title: `${HEADLINE}（来源:国际在线）` }), JSONL)).toEqual([]);
  });

  it('a "source" field written after the text names the publisher at the head, not after the body begins', async () => {
    // before: 「国际在线」在第 1 行，已在正文开始之后
    expect(await found(record({ title: HEADLINE, text: body(), source: '国际在线' }), JSONL)).toEqual([]);
    expect(await found(record({ title: HEADLINE, text: body(), 来源: 'CRI' }), JSONL)).toEqual([`nonstandard-attribution 1:${record({ title: HEADLINE, text: body() }).length + 7} CRI`]);
  });

  it('escapes in the title keep its columns the file’s: \\" before the credit, and a record of \\u escapes', async () => {
    const quoted = `${HEADLINE} "橙色预警"（来源：CRI）`;
    const text = record({ title: quoted, text: body() });
    expect(await found(text, JSONL)).toEqual([`nonstandard-attribution 1:${text.indexOf('（') + 1} （来源：CRI）`]);
    // what Python's json.dumps writes: every Chinese character an escape of six columns
    const ascii = text.replace(/[^\x00-\x7f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(await found(ascii, JSONL)).toEqual([`nonstandard-attribution 1:${ascii.indexOf('\\uff08') + 1} （来源：CRI）`]);
  });

  it('a title with zero-width characters in its credit is read as it shows, at the file’s columns, written out or escaped', async () => {
    const text = record({ id: 'cms-20231214-0031', title: `${HEADLINE}（来\u200b源：CRI\u2060）`, text: body() });
    // before: missing-attribution 1:58 (the credit was never read)
    expect(await found(text, JSONL)).toEqual([`nonstandard-attribution 1:${text.indexOf('（') + 1} （来源：CRI）`]);
    const ascii = text.replace(/[^\x00-\x7f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(await found(ascii, JSONL)).toEqual([`nonstandard-attribution 1:${ascii.indexOf('\\uff08') + 1} （来源：CRI）`]);
    expect(await found(record({ title: `${HEADLINE}（来源:国际\ufeff在线）`, text: body() }), JSONL)).toEqual([]);
  });

  it('a title crediting another outlet is wrong-source, its remedy the field’s', async () => {
    const [f, ...rest] = await check(record({ title: `${HEADLINE}（来源：新华网）`, text: body() }), JSONL);
    expect(rest).toEqual([]);
    expect([f.ruleId, f.column, f.attribution.claimed]).toEqual(['wrong-source', 42, '（来源：新华网）']);
    expect(f.remedy).toMatch(/^在标题字段中把「（来源：新华网）」改为「（来源:国际在线）」（--fix 不改字段/u);
  });

  it('a title with no credit leaves the record without one: missing-attribution as before', async () => {
    expect((await check(record({ title: HEADLINE, text: body() }), JSONL)).map((f) => f.ruleId)).toEqual(['missing-attribution']);
  });
});

describe('a credit in a front matter title is read as the headline’s', () => {
  it('title: …（来源：CRI is the form warning at its line and column, and gets no fix', async () => {
    const text = `---\ntitle: ${HEADLINE}（来源：CRI\nauthor: 马晓婷\n---\n\n${body()}\n`;
    // before: missing-attribution 6:1
    expect(await found(text, MD)).toEqual(['nonstandard-attribution 2:39 （来源：CRI']);
  });

  it('a quoted title, CRLF line endings: the column is that of the bracket in the file', async () => {
    const text = `---\r\nlayout: post\r\ntitle: "${HEADLINE}（来源：CRI）"\r\n---\r\n\r\n${HANCHAO.join('\r\n')}\r\n`;
    expect(await found(text, MD)).toEqual(['nonstandard-attribution 3:40 （来源：CRI）']);
  });

  it('title: …（来\u200b源：CRI） is read as it shows, at the bracket’s column in the file', async () => {
    const text = `---\ntitle: ${HEADLINE}（来\u200b源：CRI）\n---\n\n${body()}\n`;
    expect(await found(text, MD)).toEqual(['nonstandard-attribution 2:39 （来源：CRI）']);
  });

  it('the required credit in the title stands at the top; a `source:` key is read as before', async () => {
    expect(await found(`---\ntitle: ${HEADLINE}（来源:国际在线）\n---\n\n${body()}\n`, MD)).toEqual([]);
    expect(await found(`---\ntitle: ${HEADLINE}\nsource: CRI\n---\n\n${body()}\n`, MD)).toEqual(['nonstandard-attribution 3:9 CRI']);
  });

  it('a `source:` key or a JSON Lines source written CRI: the remedy says to edit the field by hand, as for a title', async () => {
    // before: 把「CRI」改为「国际在线」, a remedy --fix does not carry out, with no word why
    const [md] = await check(`---\ntitle: ${HEADLINE}\nsource: CRI\n---\n\n${body()}\n`, MD);
    expect([md.ruleId, md.fix, md.remedy?.split('。')[0]]).toEqual(['nonstandard-attribution', undefined, '在来源字段中把「CRI」改为「国际在线」（--fix 不改字段，请手工修改）']);
    const [jsonl] = await check(record({ title: HEADLINE, text: body(), source: 'CRI' }), JSONL);
    expect([jsonl.ruleId, jsonl.fix]).toEqual(['nonstandard-attribution', undefined]);
    expect(jsonl.remedy).toMatch(/（--fix 不改字段，请手工修改）/u);
  });

  it('来源：CRI inside a JSON Lines record’s text: no fix, and the remedy says to edit the record by hand', async () => {
    // before: 把「来源：CRI」改为「来源:国际在线」, which --fix does not carry out ("nothing to fix"), with no word why
    const [jsonl, ...rest] = await check(record({ id: 'cms-20231214-0032', title: HEADLINE, text: `来源：CRI\n${body()}` }), JSONL);
    expect(rest).toEqual([]);
    expect([jsonl.ruleId, jsonl.fix, jsonl.remedy?.split('。')[0]]).toEqual(['nonstandard-attribution', undefined, '把「来源：CRI」改为「来源:国际在线」（--fix 不改 JSON Lines 记录，请手工修改）']);
    const [txt] = await check(`${HEADLINE}\n来源：CRI\n\n${body()}\n`, TXT);
    expect([txt.fix !== undefined, txt.remedy?.split('。')[0]]).toEqual([true, '把「来源：CRI」改为「来源:国际在线」']);
  });
});

// A CMS that runs the translator or reporter into the credit (来源：国际在线编译周敏) does so in its
// fields too: a record's title or source, a front matter title: or source:. The pack cuts the name
// there as it does in the text, so the field credits 国际在线 (fc83d61 cut it in the text alone).
describe('a byline glued to the credit in a headline or source field is read as in the text', () => {
  const ascii = (text: string) => text.replace(/[^\x00-\x7f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

  it.each([
    ['a JSON Lines title, past a space', record({ id: 'cms-20231214-0031', title: `${HEADLINE}\u3000来源：国际在线编译周敏`, text: body() }), JSONL],
    ['a JSON Lines title, in its brackets', record({ title: `${HEADLINE}（来源：国际在线实习生李想）`, text: body() }), JSONL],
    ['a JSON Lines title of \\u escapes', ascii(record({ title: `${HEADLINE}（来源：国际在线编译周敏）`, text: body() })), JSONL],
    ['a JSON Lines source', record({ title: HEADLINE, source: '国际在线编译周敏', text: body() }), JSONL],
    ['a JSON Lines 来源 written as a credit', record({ title: HEADLINE, 来源: '来源：国际在线实习记者马晓婷', text: body() }), JSONL],
    ['a front matter title', `---\ntitle: ${HEADLINE}（来源：国际在线编译周敏）\n---\n\n${body()}\n`, MD],
    ['a front matter source', `---\ntitle: ${HEADLINE}\nsource: 国际在线实习生李想\n---\n\n${body()}\n`, MD],
  ])('in the required form, in %s: nothing to report, as under a .txt headline', async (_name, text, c) => {
    // before: wrong-source, 注明的来源是「国际在线编译周敏」
    expect(await found(text, c)).toEqual([]);
  });

  it('（来源：CRI编译周敏） in a JSON Lines title: the credit is 来源：CRI, the field remedy keeps the translator', async () => {
    const title = `${HEADLINE}（来源：CRI编译周敏）`;
    const [f, ...rest] = await check(record({ title, text: body() }), JSONL);
    expect(rest).toEqual([]);
    expect([f.ruleId, f.column, f.attribution.claimed]).toEqual(['nonstandard-attribution', 43, '来源：CRI']);
    expect(f.remedy).toMatch(/^在标题字段中把「来源：CRI」改为「来源:国际在线」（--fix 不改字段/u);
    const [t] = await check(`${title}\n\n${body()}`, TXT);
    expect([t.ruleId, t.attribution.claimed]).toEqual(['nonstandard-attribution', '来源：CRI']);
  });

  it('a source field CRI编译周敏 reads as CRI 记者 马晓婷 does: the outlet CRI, the field rewritten whole', async () => {
    const glued = await check(record({ title: HEADLINE, source: 'CRI编译周敏', text: body() }), JSONL);
    const spaced = await check(record({ title: HEADLINE, source: 'CRI 记者 马晓婷', text: body() }), JSONL);
    expect(glued.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(spaced.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(glued[0].remedy).toMatch(/^在来源字段中把「CRI编译周敏」改为「国际在线」（--fix 不改字段/u);
  });

  it('a source field whose rest is an outlet (国际在线编译网) is not cut: wrong-source as before', async () => {
    const findings = await check(`---\ntitle: ${HEADLINE}\nsource: 国际在线编译网\n---\n\n${body()}\n`, MD);
    expect(findings.map((f) => f.ruleId)).toEqual(['wrong-source']);
    expect(findings[0].message).toContain('国际在线编译网');
  });

  it('an archive record whose source field runs a translator into 国际在线 is the publisher’s own content', async () => {
    const pack = await criPack();
    const doc = documentOf(record({ id: 'cri-20231214-0031', title: HEADLINE, source: '国际在线编译周敏', text: body() }), 'corpus/cri/export.jsonl');
    // before: third-party, its outlet 国际在线编译周敏
    expect(toArticle(doc, pack).origin).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});
