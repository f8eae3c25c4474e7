// Reads the project's own fixture pages into { id, title, header, body: paragraphs[] }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FOOTER = '国际在线版权与信息产品内容销售的声明';

export function readPage(file, id) {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.startsWith(FOOTER));
  const content = (end >= 0 ? lines.slice(0, end) : lines).map((l) => l.trim());
  const header = content.findIndex((l) => /来源[:：]/.test(l) && /\d{4}/.test(l));
  const title = header > 0 ? content[header - 1] : content.find((l) => l !== '');
  const body = content.slice(header + 1).filter((l) => l !== '' && !l.startsWith('原标题'));
  return { id, title, text, nav: lines[0], footer: end >= 0 ? lines.slice(end).join('\n') : '', body };
}

export function readCorpus(root) {
  const pages = [];
  for (const dir of [join(root, 'fixtures/corpus/cri')]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      pages.push(readPage(join(dir, name), name.replace(/\.txt$/, '')));
    }
  }
  pages.push(readPage(join(root, 'fixtures/seed/cri-page-jilin-2022-03-04.txt'), 'cri-page-jilin-2022-03-04'));
  return pages;
}

/** Sentences of unrelated text to pad excerpts and build negatives with. */
export function readFiller(root) {
  const dir = join(root, 'fixtures/negatives');
  const out = [];
  for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md').sort()) {
    const text = readFileSync(join(dir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (const s of text.split(/(?<=[。！？])/u)) {
      const t = s.trim();
      if (t.length >= 12 && !t.includes(FOOTER) && !t.includes('|')) out.push(t);
    }
  }
  return out;
}
