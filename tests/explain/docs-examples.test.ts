import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownSection } from '../../src/core/judge/rule-docs.js';
import type { DocFormat } from '../../src/core/read/types.js';
import { ruleMetas } from '../../src/cli/shared.js';
import { ROOT } from '../helpers/corpus.js';
import { checkedFindings, criProject, parseOne } from '../suppressions/project.js';

interface Example {
  expect: 'Failing' | 'Passing';
  config: string;
  format: DocFormat;
  text: string;
}

const FORMATS: Record<string, DocFormat> = { text: 'text', markdown: 'markdown', html: 'html' };
const DOCS = path.join(ROOT, 'docs/rules');
const page = (id: string) => readFileSync(path.join(DOCS, `${id}.md`), 'utf8');

/** The documents under "### Failing" and "### Passing", each with the YAML config above it there. */
function examplesOf(markdown: string): Example[] {
  const section = markdownSection(markdown, 'Examples') ?? '';
  const examples: Example[] = [];
  for (const part of section.split(/^### /mu).slice(1)) {
    const heading = part.slice(0, part.indexOf('\n')).trim();
    if (heading !== 'Failing' && heading !== 'Passing') throw new Error(`unexpected sub-heading '${heading}'`);
    let config = '';
    for (const m of part.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gmu)) {
      if (m[1] === 'yaml') config = m[2];
      else examples.push({ expect: heading, config, format: FORMATS[m[1]], text: m[2] });
    }
  }
  return examples;
}

describe('docs/rules pages', () => {
  const ids = ruleMetas().map((m) => m.id);

  it('exist for every rule laiyuan reports, and only for those', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/u, ''));
    expect(pages.sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: names itself, the docs link points at it, and it has examples and how to fix', (id) => {
    const markdown = page(id);
    expect(markdown.split('\n')[0]).toBe(`# ${id}`);
    expect(ruleMetas().find((m) => m.id === id)?.docs).toMatch(new RegExp(`/docs/rules/${id}\\.md$`, 'u'));
    expect(markdownSection(markdown, 'How to fix')).toMatch(/\p{Script=Han}/u);
    const examples = examplesOf(markdown);
    expect(examples.some((e) => e.expect === 'Failing')).toBe(true);
    expect(examples.some((e) => e.expect === 'Passing')).toBe(true);
  });

  it.each(ids)('%s: each failing example yields the rule, each passing one does not', async (id) => {
    for (const [i, example] of examplesOf(page(id)).entries()) {
      const project = await criProject(example.config);
      const doc = parseOne(example.text, `example-${i}.${example.format === 'text' ? 'txt' : example.format === 'markdown' ? 'md' : 'html'}`, example.format);
      const rules = checkedFindings([doc], project, true).map((f) => f.ruleId);
      const label = `${id} example ${i + 1} (${example.expect}): found ${rules.join(', ') || 'nothing'}`;
      if (example.expect === 'Failing') expect(rules, label).toContain(id);
      else expect(rules, label).not.toContain(id);
    }
  });
});
