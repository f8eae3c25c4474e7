import { readFileSync } from 'node:fs';
import type { Article } from '../../src/core/match/types.js';
import type { Document } from '../../src/core/read/types.js';
import type { Origin } from '../../src/core/metadata/types.js';

export function textDoc(text: string, path = 'doc.txt'): Document {
  return { path, format: 'text', raw: text, text, lineOffset: 0, fields: {}, fieldSpans: {} };
}

export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

export function article(id: string, text: string, origin: Origin = { kind: 'own', source: '国际在线' }): Article {
  return { id, title: id, pack: 'cri', origin, doc: textDoc(text, `corpus/${id}.txt`) };
}

export const SEED = 'seed/cri-page-jilin-2022-03-04.txt';
