// One reused passage at a terminal: the document's words and the source's, side by side when the
// terminal is wide enough, else one under the other; differences marked once (colour, or 〔〕).
import type pc from 'picocolors';
import type { PassageReport } from '../core/match/types.js';
import { cellWidth, padCells, wrapCells } from './cells.js';
import { markPassage, passageSides, type Mark, type MarkKind } from './passage-marks.js';
import { layRows } from './rows.js';

export type Colors = ReturnType<typeof pc.createColors>;

export interface PassageView {
  /** Cells available, indentation excluded. */
  width: number;
  color: boolean;
  c: Colors;
}

/** Content characters of the document shown per passage; the source is cut at the same place of their alignment. */
const SHOWN_CHARS = 160;
/** Narrowest column worth putting beside another. */
const MIN_COLUMN = 44;
const GUTTER = ' │ ';

/** What the marks mean, in one line, for the top of the report. */
export function legend(color: boolean): string {
  return color
    ? '图例：绿色 = 本文新增或改动的文字，红色 = 原文中被删去或改动的文字；繁简、全半角、标点和空格的差异不标；灰色的日期、来源、责编等页面信息不作比较'
    : '图例：〔 〕= 两边不同的文字（本文栏：新增或改动；原文栏：被删去或改动）；繁简、全半角、标点和空格的差异不标；日期、来源、责编等页面信息不作比较';
}

interface Run {
  text: string;
  kind: MarkKind;
  /** A 〔 or 〕 around a changed run (no colour). */
  marker?: boolean;
}

/** Marks as printable runs, ending in a dim … when text was left out; without colour, a changed run stands inside 〔〕. */
function runsOf(marks: readonly Mark[], color: boolean, cut: boolean): Run[] {
  const runs: Run[] = [];
  for (const mark of marks) {
    const last = runs[runs.length - 1];
    if (last && last.kind === mark.kind) last.text += mark.char;
    else runs.push({ text: mark.char, kind: mark.kind });
  }
  if (cut) runs.push({ text: '…', kind: 'header' });
  if (color) return runs;
  return runs.flatMap((r) => (r.kind === 'changed' ? [marker('〔'), { text: r.text, kind: 'same' as const }, marker('〕')] : [r]));
}

function marker(text: string): Run {
  return { text, kind: 'same', marker: true };
}

function paint(run: Run, side: 'doc' | 'source', c: Colors): string {
  if (run.kind === 'header') return c.dim(run.text);
  if (run.kind === 'same') return run.text;
  return side === 'doc' ? c.green(c.bold(run.text)) : c.red(c.underline(run.text));
}

interface Cell {
  char: string;
  kind: MarkKind;
  marker?: boolean;
}

/** The runs laid out in rows of at most `cells` cells, each row painted. */
function rows(runs: readonly Run[], cells: number, side: 'doc' | 'source', c: Colors): string[] {
  const chars = runs.flatMap((run) => [...run.text].map((char): Cell => ({ char, kind: run.kind, marker: run.marker })));
  return layRows(chars, cells).map((row) => paintRow(row, side, c));
}

function paintRow(row: readonly Cell[], side: 'doc' | 'source', c: Colors): string {
  let out = '';
  let at = 0;
  while (at < row.length) {
    const kind = row[at].kind;
    let text = '';
    for (; at < row.length && row[at].kind === kind; at++) text += row[at].char;
    out += paint({ text, kind }, side, c);
  }
  return out;
}

function range(line: number, column: number, endLine: number, endColumn: number): string {
  return line === endLine ? `${line}:${column}–${endColumn}` : `${line}:${column}–${endLine}:${endColumn}`;
}

/** The lines that show one passage, each at most `view.width` cells. */
export function passageLines(passage: PassageReport, index: number, count: number, view: PassageView, records: { doc: string; source: string } = { doc: '', source: '' }): string[] {
  const { c } = view;
  const head = `复用段落 ${index + 1}/${count}，相似度 ${passage.similarity.toFixed(2)}`;
  const sides = passageSides(passage);
  const marks = markPassage(sides.doc, sides.source, SHOWN_CHARS);
  const doc = runsOf(marks.doc, view.color, marks.cutSides.doc);
  const source = runsOf(marks.source, view.color, marks.cutSides.source);
  // a place in a JSON Lines record's line means little to a reader: the record is named instead
  const docLabel = `本文 ${records.doc || range(passage.line, passage.column, passage.endLine, passage.endColumn)}`;
  const sourceLabel = `原文 ${records.source || range(passage.sourceLine, passage.sourceColumn, passage.sourceEndLine, passage.sourceEndColumn)}`;
  const column = Math.floor((view.width - cellWidth(GUTTER)) / 2);
  const body = column >= MIN_COLUMN
    ? sideBySide({ label: docLabel, rows: rows(doc, column, 'doc', c) }, { label: sourceLabel, rows: rows(source, column, 'source', c) }, column, c)
    : [
        c.cyan(docLabel), ...rows(doc, view.width - 2, 'doc', c).map((l) => `  ${l}`),
        c.cyan(sourceLabel), ...rows(source, view.width - 2, 'source', c).map((l) => `  ${l}`),
      ];
  const more = marks.cut ? wrapCells('…（只显示开头，全文见 --format html 或 json）', view.width).map((l) => c.dim(l)) : [];
  return [c.bold(head), ...body, ...more];
}

function sideBySide(left: { label: string; rows: string[] }, right: { label: string; rows: string[] }, column: number, c: Colors): string[] {
  const lines = [`${padCells(c.cyan(left.label), column)}${c.dim(GUTTER)}${c.cyan(right.label)}`];
  const n = Math.max(left.rows.length, right.rows.length);
  for (let i = 0; i < n; i++) {
    const l = left.rows[i] ?? '';
    const r = right.rows[i] ?? '';
    lines.push(`${padCells(l, column)}${c.dim(GUTTER)}${r}`.trimEnd());
  }
  return lines;
}
