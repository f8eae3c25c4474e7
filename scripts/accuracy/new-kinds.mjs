// The kinds of reuse beyond copy-paste (issue 12): scattered excerpts (摘编), paraphrase (洗稿) at three
// strengths, numbers rewritten, sentences split, merged and moved. Each item: { label, kind, article, text }.
import { page } from './edits.mjs';
import { paraphrase, reorderSentences, rewriteNumbers, splitMerge } from './paraphrase.mjs';

const ATTRIBUTIONS = ['来源：国际在线', '', '来源：本网综合', '（来源：新华网）'];
const LEADS = ['据报道，', '有消息称，', '记者了解到，', '', '', ''];

/** Clauses of 15 to 40 characters (letters and digits) that end a sentence or stand between commas. */
function clausesOf(paragraph) {
  return paragraph.split(/(?<=[，。！？；])/u).map((c) => c.replace(/^[“”"]+|[，；]$/gu, '')).filter((c) => {
    const n = c.replace(/[\p{P}\p{S}\s]/gu, '').length;
    // not a dateline or byline (国际在线报道（记者周楠）：…): that is the page's head, not its text
    return n >= 15 && n <= 40 && !/[“”]/u.test(c) && !/记者|消息|报道|电（/u.test(c);
  });
}

/** Three to five clauses from different paragraphs, in any order, as a digest or inside other text. */
function scattered(p, filler, r) {
  const usable = p.body.map(clausesOf).map((cs, i) => ({ cs, i })).filter((x) => x.cs.length > 0);
  if (usable.length < 3) return undefined;
  const chosen = r.shuffle(usable).slice(0, r.int(3, Math.min(5, usable.length))).map((x) => r.pick(x.cs));
  const total = chosen.reduce((n, c) => n + c.replace(/[\p{P}\p{S}\s]/gu, '').length, 0);
  if (total < 60) return undefined;
  const sentences = chosen.map((c) => `${r.pick(LEADS)}${c.replace(/[。！？]$/u, '')}。`);
  const paragraphs = r.chance(0.5)
    ? sentences
    : sentences.map((s) => `${r.pick(filler)}${s}${r.chance(0.5) ? r.pick(filler) : ''}`);
  return page(r, { title: r.pick(filler).slice(0, 14), attribution: r.pick(ATTRIBUTIONS), paragraphs });
}

export function newKinds(pages, filler, r, per) {
  const positives = [];
  for (const p of pages) {
    for (let i = 0; i < per(5); i++) {
      const text = scattered(p, filler, r);
      if (text) positives.push({ label: 'scattered excerpt', kind: 'excerpt', article: p.id, edits: ['scattered'], text });
    }
    for (const share of [0.1, 0.25, 0.4]) {
      for (let i = 0; i < per(2); i++) {
        const text = page(r, { title: p.title, attribution: r.pick(ATTRIBUTIONS), paragraphs: paraphrase(p.body, share, r) });
        positives.push({ label: `paraphrase-${share * 100}`, kind: 'edited', article: p.id, edits: ['paraphrase'], text });
      }
    }
    for (let i = 0; i < per(1); i++) {
      positives.push({ label: 'numbers rewritten', kind: 'reprint', article: p.id, edits: ['numbers'], text: page(r, { title: p.title, attribution: r.pick(ATTRIBUTIONS), paragraphs: rewriteNumbers(p.body, r) }) });
      positives.push({ label: 'split/merge/move', kind: 'reprint', article: p.id, edits: ['split', 'merge', 'move'], text: page(r, { title: p.title, attribution: r.pick(ATTRIBUTIONS), paragraphs: reorderSentences(splitMerge(p.body, r), r) }) });
    }
  }
  return positives;
}
