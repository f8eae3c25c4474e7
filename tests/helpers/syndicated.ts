// A publisher's archive of 275 articles that holds one 通稿 14 times (the copies of many-copies.ts:
// only their date and 编辑 lines differ), with the default match.boilerplateShare (0.05): 14 of
// 275 reaches the boilerplate bar, so that every line of the 通稿 is masked. The other 261 are the
// scale bench's generated articles (distinct stories of eight desks, 来源 and 责任编辑 lines). The
// content repository reprints the 通稿 without any 来源.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { article } from '../../scripts/scale/generate.mjs';
import { BODY, copyText, TITLE } from './many-copies.js';

/** Copies of the 通稿 in the archive, and articles in all. */
export const SYNDICATED_COPIES = 14;
export const ARCHIVE_ARTICLES = 275;

/** The site's laiyuan.yaml: the default boilerplate share, or `share`. */
export function syndicatedConfig(share?: number): string {
  return `packs: [cri]\ncorpus:\n  cri: [corpus/]\n${share === undefined ? '' : `match:\n  boilerplateShare: ${share}\n`}`;
}

/** A folder with laiyuan.yaml, corpus/ (the 通稿's copies t01…t14, the others as one JSON Lines file) and content/reprint.txt. */
export function syndicatedSite(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), syndicatedConfig());
  for (let n = 1; n <= SYNDICATED_COPIES; n++) writeFileSync(path.join(site, `corpus/t${String(n).padStart(2, '0')}.txt`), copyText(n));
  const others = Array.from({ length: ARCHIVE_ARTICLES - SYNDICATED_COPIES }, (_, i) => article(2026, i));
  writeFileSync(path.join(site, 'corpus/archive.jsonl'), others.map((a) => `${JSON.stringify({ id: a.id, title: a.title, date: a.date, text: a.text })}\n`).join(''));
  // the 通稿 word for word under the outlet's own date and 编辑 lines, naming no source
  writeFileSync(path.join(site, 'content/reprint.txt'), `${TITLE}\n2023-06-20 14:05\n${BODY.join('\n')}\n（责任编辑：李明）\n`);
  return site;
}

/** The note's one line among `stderr`'s: the count, the first three copies, what it means and what to do (`then`: after the remedy). */
export function expectNote(stderr: string, then = ''): void {
  const lines = stderr.split('\n').filter((l) => l.includes('boilerplate'));
  expect(lines).toEqual([
    `laiyuan: note: ${SYNDICATED_COPIES} of ${ARCHIVE_ARTICLES} articles of pack 'cri' are all or nearly all boilerplate (text that stands in 14 articles or more, match.boilerplateShare 0.05), ` +
      `so a reprint of them cannot be found: t01 (corpus/t01.txt), t02 (corpus/t02.txt), t03 (corpus/t03.txt) and 11 more; ` +
      `remove the duplicate copies from the archive, or raise boilerplateShare under match: in laiyuan.yaml${then}`,
  ]);
}
