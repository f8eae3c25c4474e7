// How reports name a JSON Lines record: by its id, the line kept as a detail.
import type { FindingDocument, FindingSource } from '../core/judge/types.js';
import { relativePath } from './paths.js';

/** corpus/cri.jsonl 记录 cri-20230917-001（第 9 行）, or the file's path when it is one article. */
export function sourceName(source: FindingSource, cwd: string): string {
  const file = relativePath(source.file, cwd);
  return source.record ? `${file} 记录 ${source.articleId}（第 ${source.record} 行）` : file;
}

/** 记录 id（第 N 行） for a checked JSON Lines record, else ''. */
export function documentRecord(document: FindingDocument | undefined): string {
  if (!document?.record) return '';
  return document.id ? `记录 ${document.id}（第 ${document.record} 行）` : `第 ${document.record} 行的记录`;
}

/** Whom an archive article is from, as reports show it: its outlet, or what its page says where it names none (origin ''). */
export function originName(origin: string): string {
  return origin === '' ? UNNAMED_ORIGIN : origin;
}

export const UNNAMED_ORIGIN = '第三方稿件，未注明原始来源';
