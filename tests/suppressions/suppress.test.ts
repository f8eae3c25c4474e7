import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../src/core/judge/check-document.js';
import { parseDocuments } from '../../src/core/read/index.js';
import type { Finding } from '../../src/core/judge/types.js';
import { fixture } from '../helpers/docs.js';
import { checkedFindings, criProject, engineFindings, parseOne } from './project.js';

// r03: a reprint of 国际在线's 数字敦煌 article on another site, credited to 新华网 (in <meta> on
// line 6, and in the page) and without a licence: unauthorized-reuse from the headline (line 11)
// and wrong-source at the <meta> line.
const R03 = fixture('reuse/r03-dunhuang-wrong-source.html');
const R04 = fixture('reuse/r04-changbaishan-no-attribution.txt');
const R34 = fixture('reuse/r34-gutai-excerpt-wrong-source.md');
const R02 = fixture('reuse/r02-gaitaikuang-frontmatter.md');

/** The text with `line` inserted before line `before` (1-based), in the text's own line endings. */
function insertLine(text: string, before: number, line: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  lines.splice(before - 1, 0, line);
  return lines.join(eol);
}

const rules = (findings: Finding[]) => findings.map((f) => f.ruleId).sort();
const lineOf = (text: string, needle: string) => text.split(/\r?\n/u).findIndex((l) => l.includes(needle)) + 1;

let project: Project;
beforeAll(async () => {
  project = await criProject();
});
const html = (text: string, reportUnused = false) => checkedFindings([parseOne(text, 'content/r03.html', 'html')], project, reportUnused);

describe('suppressions in an HTML page (r03)', () => {
  const metaLine = lineOf(R03, '<meta name="source"');
  const headline = lineOf(R03, '<h1>');

  it('without directives, the page has unauthorized-reuse at the headline and wrong-source at the <meta>', () => {
    const findings = engineFindings([parseOne(R03, 'content/r03.html', 'html')], project);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual(expect.arrayContaining([['unauthorized-reuse', headline], ['wrong-source', metaLine]]));
    expect(findings).toHaveLength(2);
  });

  it('disable-next-line with a reason silences that rule on the next line only', () => {
    const text = insertLine(R03, metaLine, '<!-- laiyuan-disable-next-line wrong-source -- 新华网与国际在线联合采访，双方同时首发 -->');
    expect(rules(html(text))).toEqual(['unauthorized-reuse']);
  });

  it('disable-next-line without a reason silences nothing and is reported where it stands', () => {
    const text = insertLine(R03, metaLine, '<!-- laiyuan-disable-next-line wrong-source -->');
    const findings = html(text);
    expect(rules(findings)).toEqual(['laiyuan-directive', 'unauthorized-reuse', 'wrong-source']);
    const directive = findings.find((f) => f.ruleId === 'laiyuan-directive')!;
    expect(directive).toMatchObject({ line: metaLine, column: 1, severity: 'error', pack: 'cri', file: 'content/r03.html', source: null, reuse: null });
    expect(directive.message).toContain('没有写明理由');
    expect(directive.remedy).toContain('laiyuan-disable-next-line wrong-source -- ');
    expect(directive.docs).toMatch(/docs\/rules\/laiyuan-directive\.md$/u);
  });

  it('a directive on the wrong line silences nothing', () => {
    const text = insertLine(R03, metaLine - 1, '<!-- laiyuan-disable-next-line wrong-source -- 联合采访 -->');
    expect(rules(html(text))).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('disable-line silences the line it stands on', () => {
    const text = R03.replace('<meta name="source" content="新华网">', '<meta name="source" content="新华网"><!-- laiyuan-disable-line wrong-source -- 联合采访，双方同时首发 -->');
    expect(rules(html(text))).toEqual(['unauthorized-reuse']);
  });

  it('the reason may follow a full-width 「——」', () => {
    const text = R03.replace('<meta name="source" content="新华网">', '<meta name="source" content="新华网"><!-- laiyuan-disable-line wrong-source——联合采访 -->');
    expect(rules(html(text))).toEqual(['unauthorized-reuse']);
  });

  it('a disable … enable block silences its lines; after laiyuan-enable the rule is back', () => {
    const inside = insertLine(insertLine(R03, headline, '<!-- laiyuan-disable unauthorized-reuse -- 协议 CRI-2024-017 续签中 -->'), headline + 3, '<!-- laiyuan-enable unauthorized-reuse -->');
    expect(rules(html(inside))).toEqual(['wrong-source']);
    const closedBefore = insertLine(insertLine(R03, 2, '<!-- laiyuan-disable unauthorized-reuse -- 协议续签中 -->'), 4, '<!-- laiyuan-enable -->');
    expect(rules(html(closedBefore))).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('an unclosed block runs to the end; enabling one rule keeps the others disabled', () => {
    const text = insertLine(insertLine(R03, 1, '<!-- laiyuan-disable -- 内部存档页面，不对外发布 -->'), metaLine, '<!-- laiyuan-enable wrong-source -->');
    expect(rules(html(text))).toEqual(['wrong-source']);
  });

  it('disable-file silences the listed rules, or every rule when none is listed', () => {
    expect(rules(html(`<!-- laiyuan-disable-file unauthorized-reuse, wrong-source -- 内部存档 -->\n${R03}`))).toEqual([]);
    expect(rules(html(`${R03}\n<!-- laiyuan-disable-file -- 内部存档，不对外发布 -->\n`))).toEqual([]);
    expect(rules(html(`<!-- laiyuan-disable-file wrong-source -- 联合采访 -->\n${R03}`))).toEqual(['unauthorized-reuse']);
  });

  it('disable-file without a reason silences nothing, and the finding takes the pack of what it would have silenced', () => {
    const findings = html(`<!-- laiyuan-disable-file -->\n${R03}`);
    expect(rules(findings)).toEqual(['laiyuan-directive', 'unauthorized-reuse', 'wrong-source']);
    expect(findings.find((f) => f.ruleId === 'laiyuan-directive')).toMatchObject({ line: 1, pack: 'cri' });
  });

  it('an unknown rule id is reported with a suggestion; the known ids of the same directive still work', () => {
    const findings = html(`<!-- laiyuan-disable-file wrong-sorce, unauthorized-reuse -- 内部存档 -->\n${R03}`);
    expect(rules(findings)).toEqual(['laiyuan-directive', 'wrong-source']);
    expect(findings.find((f) => f.ruleId === 'laiyuan-directive')!.message).toBe('抑制指令中的「wrong-sorce」不是 laiyuan 的规则，是否想写「wrong-source」？');
  });

  it('a misspelt directive is reported and silences nothing', () => {
    const findings = html(insertLine(R03, metaLine, '<!-- laiyuan-disable-nextline wrong-source -- 联合采访 -->'));
    expect(rules(findings)).toEqual(['laiyuan-directive', 'unauthorized-reuse', 'wrong-source']);
    expect(findings.find((f) => f.ruleId === 'laiyuan-directive')!.message).toContain('是否想写「laiyuan-disable-next-line」');
  });

  it('a directive that silences nothing is reported only with --report-unused-disable-directives', () => {
    const text = insertLine(R03, headline - 1, '<!-- laiyuan-disable-next-line wrong-source -- 联合采访，双方同时首发 -->');
    expect(rules(html(text))).toEqual(['unauthorized-reuse', 'wrong-source']);
    const unused = html(text, true).filter((f) => f.ruleId === 'unused-disable-directive');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ line: headline - 1, severity: 'warning', pack: 'laiyuan', message: '抑制指令「laiyuan-disable-next-line wrong-source」没有抑制任何问题' });
    const used = insertLine(R03, metaLine, '<!-- laiyuan-disable-next-line wrong-source -- 联合采访 -->');
    expect(rules(html(used, true))).toEqual(['unauthorized-reuse']);
  });

  it('the config sets the severity of directive findings, or turns them off (the directive still silences nothing)', async () => {
    const text = insertLine(R03, metaLine, '<!-- laiyuan-disable-next-line wrong-source -->');
    const doc = parseOne(text, 'content/r03.html', 'html');
    const warning = checkedFindings([doc], await criProject('rules:\n  laiyuan-directive: warning\n'));
    expect(warning.find((f) => f.ruleId === 'laiyuan-directive')?.severity).toBe('warning');
    expect(rules(checkedFindings([doc], await criProject('rules:\n  laiyuan-directive: "off"\n')))).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('the fingerprint of a directive finding does not change when the directive moves', () => {
    const a = html(insertLine(R03, metaLine, '<!-- laiyuan-disable-next-line wrong-source -->')).find((f) => f.ruleId === 'laiyuan-directive')!;
    const b = html(insertLine(R03, 3, '<!-- laiyuan-disable-next-line wrong-source -->')).find((f) => f.ruleId === 'laiyuan-directive')!;
    expect(a.line).not.toBe(b.line);
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});

describe('suppressions in text and Markdown documents', () => {

  it('own-line directives in a text file: bare, after //, after #; with CRLF line endings', () => {
    const doc = (text: string) => checkedFindings([parseOne(text, 'content/r04.txt', 'text')], project);
    const reused = engineFindings([parseOne(R04, 'content/r04.txt', 'text')], project);
    expect(rules(reused)).toEqual(['unauthorized-reuse']);
    const at = reused[0].line;
    for (const prefix of ['', '// ', '# ', '　']) {
      const line = `${prefix}laiyuan-disable-next-line unauthorized-reuse -- 长白山管委会提供的通稿，已获授权`;
      expect(rules(doc(insertLine(R04, at, line))), prefix).toEqual([]);
      const crlf = insertLine(R04.replace(/\n/gu, '\r\n'), at, line);
      expect(rules(doc(crlf)), `CRLF ${prefix}`).toEqual([]);
    }
    const noReason = doc(insertLine(R04.replace(/\n/gu, '\r\n'), at, '# laiyuan-disable-next-line unauthorized-reuse'));
    expect(rules(noReason)).toEqual(['laiyuan-directive', 'unauthorized-reuse']);
    expect(noReason.find((f) => f.ruleId === 'laiyuan-directive')).toMatchObject({ line: at, column: 3 });
  });

  it('words in the text that merely mention laiyuan are no directive', () => {
    const text = insertLine(R04, 3, '编者按：本文曾用 laiyuan-disable-file 跳过检查，现已取消。');
    expect(rules(checkedFindings([parseOne(text, 'content/r04.txt', 'text')], project, true))).toEqual(['unauthorized-reuse']);
  });

  it('HTML comments in Markdown: next line, and a comment over several lines', () => {
    const md = (text: string) => checkedFindings([parseOne(text, 'content/r02.md', 'markdown')], project);
    const found = md(R02);
    expect(rules(found)).toEqual(['unauthorized-reuse']);
    const reason = '华中科技大学供稿，国际在线同时刊发';
    expect(rules(md(insertLine(R02, found[0].line, `<!-- laiyuan-disable-next-line unauthorized-reuse -- ${reason} -->`)))).toEqual([]);
    expect(rules(md(`${R02}\n<!--\n  laiyuan-disable-file unauthorized-reuse\n  -- ${reason}\n-->\n`))).toEqual([]);
    const noReason = md(`${R02}\n<!--\n  laiyuan-disable-file unauthorized-reuse\n-->\n`);
    expect(rules(noReason)).toEqual(['laiyuan-directive', 'unauthorized-reuse']);
  });

  it('a # comment in Markdown front matter silences the line below it (third-party excerpt credited to the wrong outlet)', () => {
    const md = (text: string) => checkedFindings([parseOne(text, 'content/r34.md', 'markdown')], project);
    const found = md(R34);
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([['wrong-source', lineOf(R34, 'source: 新华网')]]);
    const commented = insertLine(R34, found[0].line, '# laiyuan-disable-next-line wrong-source -- 转载自新华网客户端，新华网已确认首发');
    expect(rules(md(commented))).toEqual([]);
  });

  it('a # comment in Markdown front matter disables the file', () => {
    const md = (text: string) => checkedFindings([parseOne(text, 'content/r02.md', 'markdown')], project, true);
    expect(rules(md(R02))).toEqual(['unauthorized-reuse']);
    const withDirective = R02.replace('---\n', '---\n# laiyuan-disable-file unauthorized-reuse -- 华中科技大学供稿，国际在线同时刊发\n');
    expect(rules(md(withDirective))).toEqual([]);
  });

  it('in JSON Lines, laiyuan-disable-file covers its own record only', () => {
    const body = R04.split('\n').slice(3).join('\n');
    const record = (text: string) => JSON.stringify({ title: '长白山国际滑雪节开幕', date: '2022-12-10', text });
    const jsonl = `${record(`<!-- laiyuan-disable-file -- 长白山管委会通稿 -->\n${body}`)}\n${record(body)}\n`;
    const { documents } = parseDocuments(jsonl, 'content/articles.jsonl', 'jsonl');
    const findings = checkedFindings(documents, project, true);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['unauthorized-reuse', 2]]);
  });
});
