import type { DocFields } from './types.js';
import type { Span } from '../shared/types.js';

const KEYS: Record<string, keyof DocFields> = {
  id: 'id',
  title: 'title',
  标题: 'title',
  source: 'source',
  来源: 'source',
  date: 'date',
  日期: 'date',
  author: 'author',
  作者: 'author',
  url: 'url',
  链接: 'url',
};

/** The document field a front-matter or JSON key stands for (source/来源, title/标题, ...). */
export function fieldOf(key: string): keyof DocFields | undefined {
  const name = key.trim().toLowerCase();
  return Object.hasOwn(KEYS, name) ? KEYS[name] : undefined;
}

export interface FieldSet {
  fields: DocFields;
  fieldSpans: Partial<Record<keyof DocFields, Span>>;
}

export function emptyFields(): FieldSet {
  return { fields: {}, fieldSpans: {} };
}

/** Sets a field unless it is set already: the first occurrence wins. */
export function setField(set: FieldSet, field: keyof DocFields, value: string, span?: Span): void {
  if (set.fields[field] !== undefined || value === '') return;
  set.fields[field] = value;
  if (span) set.fieldSpans[field] = span;
}

/** The span of `raw[start, end)` without the whitespace at either end. */
export function trimSpan(raw: string, start: number, end: number): Span {
  while (start < end && /\s/.test(raw[start])) start++;
  while (end > start && /\s/.test(raw[end - 1])) end--;
  return { start, end };
}
