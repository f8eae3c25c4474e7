// Runs checkDocument on a text against the test corpus, with the licences a case gives.
import { expect, it } from 'vitest';
import type { Article } from '../../src/core/match/types.js';
import type { Document } from '../../src/core/read/types.js';
import type { Finding } from '../../src/core/judge/types.js';
import type { Licence, RuleSetting } from '../../src/core/config/types.js';
import type { Severity } from '../../src/core/shared/types.js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { formatOf, parseDocuments } from '../../src/core/read/index.js';
import { RULES } from '../../src/rules/index.js';
import { criCorpus } from '../helpers/corpus.js';
import { fixture } from '../helpers/docs.js';

/** The demo site's licence: reprints (转载) only, 2024–2026, files under content/licensed/. */
export const LICENCE: Licence = {
  publisher: 'cri',
  licensee: '示例新闻网',
  actions: ['转载'],
  validFrom: '2024-01-01',
  validTo: '2026-12-31',
  paths: ['content/licensed/**'],
  agreement: 'CRI-2024-017',
};

export interface Case {
  /** Licences in the config; default: none. */
  licences?: Licence[];
  /** Path relative to the config's folder; its extension gives the format. */
  path?: string;
  /** The date of a document that states none (--date, git, today). */
  fallbackDate?: string;
  rules?: Record<string, RuleSetting>;
}

export function documentOf(text: string, path = 'content/licensed/article.txt'): Document {
  const { documents } = parseDocuments(text, path, formatOf(path) ?? 'text');
  if (documents.length !== 1) throw new Error(`${path}: expected one document, got ${documents.length}`);
  return documents[0];
}

export async function check(text: string, c: Case = {}): Promise<Finding[]> {
  const { pack, index } = await criCorpus();
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: c.licences ?? [], include: [], ignore: [], rules: c.rules ?? {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', index]]),
    rules: RULES,
  };
  const path = c.path ?? 'content/licensed/article.txt';
  return checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => c.fallbackDate ?? '2025-06-01' }).findings;
}

/** The findings of one rule. */
export async function checkRule(ruleId: string, text: string, c: Case = {}): Promise<Finding[]> {
  return (await check(text, c)).filter((f) => f.ruleId === ruleId);
}

export async function articleById(id: string): Promise<Article> {
  const found = (await criCorpus()).articles.find((a) => a.id === id);
  if (!found) throw new Error(`no corpus article ${id}`);
  return found;
}

/** The body paragraphs of a corpus page: after its 来源 header line, before the notice, without 原标题. */
export async function paragraphs(id: string): Promise<string[]> {
  const page = (await articleById(id)).doc.text.split(/\r?\n/);
  const header = page.findIndex((l) => /^\d{4}-\d{2}-\d{2}.*来源:/.test(l));
  const end = page.findIndex((l) => l.startsWith('国际在线版权与信息产品内容销售的声明'));
  return page
    .slice(header + 1, end)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('原标题'));
}

/** A clause of fixtures/notices/cri.txt as the notice words it: paragraphs joined by a blank line. */
export function noticeClause(number: number): string {
  const paragraphs: string[] = [];
  let current = 0;
  for (const paragraph of fixture('notices/cri.txt').split(/\n\s*\n/).slice(1)) {
    const m = /^(\d+)、/.exec(paragraph);
    if (m) current = Number(m[1]);
    if (current === number) paragraphs.push(paragraph.replace(/^\d+、/, '').trim());
  }
  return paragraphs.join('\n\n');
}

/** 1-based line and column (in code points) where `needle` first stands in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: [...before[before.length - 1]].length + 1 };
}

/**
 * What every finding on 国际在线's own content ends with: clause 5's contact, 本网 (国际在线), and
 * its 30-day window; content it reprinted from another outlet gets none (its rights are that outlet's).
 */
export function expectRemedyTail(finding: Finding): void {
  if (finding.source !== null && finding.source.origin !== '国际在线') expect(finding.remedy).not.toMatch(/联系|30日/u);
  else expect(finding.remedy).toMatch(/请在事由发生之日起30日内与国际在线联系（第5条）。$/u);
}

export interface Expectation {
  severity: Severity;
  clause: number;
  /** The text the finding points at: the first reused passage, the marker, or the source line. */
  at: string;
}

/** The one finding of a rule on a text, checked for what every finding carries. */
export async function oneFinding(ruleId: string, text: string, c: Case | undefined, e: Expectation): Promise<Finding> {
  const found = await checkRule(ruleId, text, c);
  expect(found).toHaveLength(1);
  const [f] = found;
  expect(f.severity).toBe(e.severity);
  expect(f.pack).toBe('cri');
  const { quote, ...clause } = f.clause;
  expect(clause).toEqual({ number: e.clause, text: noticeClause(e.clause) });
  // what people are shown of the clause: words of that clause, as the notice writes them
  expect(quote).toBeDefined();
  expect(noticeClause(e.clause)).toContain(quote);
  expect({ line: f.line, column: f.column }).toEqual(positionOf(text, e.at));
  expectRemedyTail(f);
  return f;
}

export interface Valid {
  name: string;
  text: string;
  case?: Case;
}

/** One test per case: the rule reports nothing. */
export function itReportsNothing(ruleId: string, cases: readonly Valid[], defaults: Case = {}): void {
  for (const c of cases) {
    it(c.name, async () => {
      expect(await checkRule(ruleId, c.text, c.case ?? defaults)).toEqual([]);
    });
  }
}

/** Lines of a plain-text article, LF-separated. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}
