// An archive of short 快讯 (news briefs), one paragraph each, cut from the demo archive's articles,
// and a 汇编 page that reprints BRIEFS of them whole: more articles than the matcher aligns per
// document (40).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.js';

/** Briefs the archive holds, all reprinted by the 汇编 page. */
export const BRIEFS = 60;

/** The demo archive's body paragraphs long enough to be a brief (原标题 lines left out). */
function paragraphs(): string[] {
  const dir = path.join(ROOT, 'fixtures/demo/corpus');
  return readdirSync(dir)
    .sort()
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n'))
    .filter((line) => line.startsWith('  ') && !line.includes('原标题'))
    .map((line) => line.trim())
    .filter((line) => line.length >= 90);
}

/** The site's files: laiyuan.yaml, corpus/k01.txt … (one brief each), content/huibian.txt reprinting them all. */
function manyBriefsFiles(): Record<string, string> {
  const briefs = paragraphs().slice(0, BRIEFS);
  if (briefs.length < BRIEFS) throw new Error(`the demo archive gives ${briefs.length} briefs, not ${BRIEFS}`);
  const files: Record<string, string> = { 'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n' };
  briefs.forEach((text, i) => {
    const day = `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    files[`corpus/k${String(i + 1).padStart(2, '0')}.txt`] = briefPage(text, day);
  });
  files['content/huibian.txt'] = ['2023年东北新闻汇编（全年）', '2024-01-05　来源：示例新闻网', '', ...briefs.flatMap((text) => [text, ''])].join('\n');
  return files;
}

/** A folder in the system's temporary folder holding manyBriefsFiles. */
export function manyBriefsSite(prefix: string): string {
  return writtenSite(prefix, manyBriefsFiles());
}

/** A folder in the system's temporary folder holding `files` (path in it → text). */
export function writtenSite(prefix: string, files: Record<string, string>): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), text);
  }
  return site;
}

/** A 快讯 as the archive holds it: its first 18 characters for a headline, the day and 来源 line, the text. */
export function briefPage(text: string, day: string): string {
  return `${text.slice(0, 18)}\n${day} 10:00:00来源:国际在线\n\n${text}\n`;
}
