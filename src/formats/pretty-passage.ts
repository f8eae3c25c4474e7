// One reused passage for people: the document's words with a caret line, the source's words below.
import type pc from 'picocolors';
import type { FindingSource } from '../core/judge/types.js';
import type { PassageReport } from '../core/match/types.js';
import { charWidth } from './cells.js';
import { diffChars } from './diff.js';
import { relativePath } from './paths.js';

export type Colors = ReturnType<typeof pc.createColors>;

interface Mark {
  char: string;
  /** Differs from the other side: added in the document, removed from the source. */
  changed: boolean;
}

/** Characters of the document passage shown; the source is cut to match. */
const SHOWN_CHARS = 120;
const ROW_CELLS = 64;

function cut(text: string, chars: number): { text: string; cut: boolean } {
  const points = [...text];
  return points.length > chars ? { text: points.slice(0, chars).join(''), cut: true } : { text, cut: false };
}

function plain(text: string): Mark[] {
  return [...text].map((char) => ({ char, changed: false }));
}

/** Both sides as marked characters; when cut, differences past the last shared character are dropped. */
export function markPassage(docText: string, sourceText: string): { doc: Mark[]; source: Mark[]; cut: boolean } {
  const doc = cut(docText, SHOWN_CHARS);
  const source = cut(sourceText, Math.ceil(SHOWN_CHARS * 1.25) + 20);
  const isCut = doc.cut || source.cut;
  if (!doc.text || !source.text) return { doc: plain(doc.text), source: plain(source.text), cut: isCut };
  const ops = diffChars(doc.text, source.text);
  if (isCut) {
    while (ops.length > 0 && ops[ops.length - 1].kind !== 'same') ops.pop();
  }
  const marks = { doc: [] as Mark[], source: [] as Mark[], cut: isCut };
  for (const op of ops) {
    for (const char of op.text) {
      if (op.kind !== 'removed') marks.doc.push({ char, changed: op.kind === 'added' });
      if (op.kind !== 'added') marks.source.push({ char, changed: op.kind === 'removed' });
    }
  }
  return marks;
}

function rows<T extends { char: string }>(items: T[], cells: number): T[][] {
  const out: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = charWidth(item.char);
    if (used + w > cells && used > 0) {
      out.push([]);
      used = 0;
    }
    out[out.length - 1].push(item);
    used += w;
  }
  return out;
}

/** Consecutive items with the same `changed`, joined. */
function runs(items: { text: string; changed: boolean }[]): { text: string; changed: boolean }[] {
  const out: { text: string; changed: boolean }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.changed === item.changed) last.text += item.text;
    else out.push({ ...item });
  }
  return out;
}

function docRows(marks: Mark[], c: Colors): string[] {
  const lines: string[] = [];
  for (const row of rows(marks, ROW_CELLS)) {
    const text = runs(row.map((m) => ({ text: m.char, changed: m.changed })));
    const carets = runs(row.map((m) => ({ text: (m.changed ? '^' : '~').repeat(charWidth(m.char)), changed: m.changed })));
    lines.push(text.map((r) => (r.changed ? c.green(c.bold(r.text)) : r.text)).join(''));
    lines.push(carets.map((r) => (r.changed ? c.yellow(r.text) : c.dim(r.text))).join(''));
  }
  return lines;
}

/** Without colour, removed or changed source characters stand inside 〔〕. */
function sourceRows(marks: Mark[], color: boolean, c: Colors): string[] {
  const items: { char: string; changed: boolean }[] = [];
  for (const run of runs(marks.map((m) => ({ text: m.char, changed: m.changed })))) {
    const chars = [...run.text].map((char) => ({ char, changed: run.changed }));
    if (run.changed && !color) items.push({ char: '〔', changed: false }, ...chars, { char: '〕', changed: false });
    else items.push(...chars);
  }
  return rows(items, ROW_CELLS).map((row) =>
    runs(row.map((m) => ({ text: m.char, changed: m.changed })))
      .map((r) => (r.changed ? c.red(c.strikethrough(r.text)) : r.text))
      .join(''),
  );
}

/** The lines that show one passage, without indentation. */
export function passageLines(
  passage: PassageReport,
  index: number,
  count: number,
  source: FindingSource | null,
  options: { color: boolean; cwd: string; c: Colors },
): string[] {
  const { c } = options;
  const where = `${passage.line}:${passage.column}–${passage.endLine}:${passage.endColumn}`;
  const lines = [c.cyan(`复用段落 ${index + 1}/${count}`) + `  ${where}  相似度 ${passage.similarity.toFixed(2)}`];
  const marks = markPassage(passage.text ?? '', passage.sourceText ?? '');
  const more = marks.cut ? [c.dim('  …')] : [];
  if (passage.text) lines.push(...docRows(marks.doc, c).map((l) => `  ${l}`), ...more);
  if (source) {
    const at = `${relativePath(source.file, options.cwd)}:${passage.sourceLine}:${passage.sourceColumn}`;
    lines.push(`${c.cyan('来源文章')} ${source.title} ${c.dim(`(${at})`)}`);
  }
  if (passage.sourceText) lines.push(...sourceRows(marks.source, options.color, c).map((l) => `  ${l}`), ...more);
  return lines;
}
