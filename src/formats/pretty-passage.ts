// One reused passage at a terminal: the document's words and the source's, side by side when the
// terminal is wide enough, else one under the other; differences marked once (colour, or 〔〕).
import type pc from 'picocolors';
import type { PassageReport } from '../core/match/types.js';
import { cellWidth, charWidth, CLOSING, OPENING, padCells, wrapCells } from './cells.js';
import { markPassage, passageSides, type Mark, type MarkKind } from './passage-marks.js';

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
  return runs.map((r) => (r.kind === 'changed' ? { text: `〔${r.text}〕`, kind: 'same' } : r));
}

function paint(run: Run, side: 'doc' | 'source', c: Colors): string {
  if (run.kind === 'header') return c.dim(run.text);
  if (run.kind === 'same') return run.text;
  return side === 'doc' ? c.green(c.bold(run.text)) : c.red(c.underline(run.text));
}

interface Cell {
  char: string;
  kind: MarkKind;
}

/** The runs laid out in rows of at most `cells` cells, each row painted. */
function rows(runs: readonly Run[], cells: number, side: 'doc' | 'source', c: Colors): string[] {
  const chars = runs.flatMap((run) => [...run.text].map((char) => ({ char, kind: run.kind })));
  return layRows(chars, cells).map((row) => paintRow(row, side, c));
}

/** Characters carried to the next row at most, to keep a closing mark off a row's start. */
const MAX_CARRIED = 4;

/**
 * Rows of at most `cells` cells, broken as Chinese text is (避头尾): a row never starts with
 * closing punctuation (。、」…) nor ends with opening punctuation (「《（), the characters
 * before the break carried down with it instead.
 */
function layRows(chars: readonly Cell[], cells: number): Cell[][] {
  const out: Cell[][] = [];
  let row: Cell[] = [];
  let used = 0;
  for (const cell of chars) {
    const w = charWidth(cell.char);
    if (used + w > cells && used > 0) {
      const carried = fits(carriedDown(row, cell.char), cells - w);
      out.push(row.slice(0, row.length - carried.length));
      row = carried;
      used = row.reduce((n, x) => n + charWidth(x.char), 0);
    }
    row.push(cell);
    used += w;
  }
  if (row.length > 0) out.push(row);
  return out;
}

/** The end of a full row to start the next one with, so that `next` does not start it and no opening mark ends this one. */
function carriedDown(row: readonly Cell[], next: string): Cell[] {
  let cut = row.length;
  let first = next;
  while (cut > 1 && row.length - cut < MAX_CARRIED && (CLOSING.has(first) || OPENING.has(row[cut - 1].char))) {
    cut--;
    first = row[cut].char;
  }
  // no break point near enough (a run of marks): break where the row is full
  return CLOSING.has(first) || OPENING.has(row[cut - 1]?.char ?? '') ? [] : row.slice(cut);
}

/** The carried characters, or none when they would not leave room for the next one. */
function fits(carried: Cell[], cells: number): Cell[] {
  return carried.reduce((n, x) => n + charWidth(x.char), 0) <= cells ? carried : [];
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
