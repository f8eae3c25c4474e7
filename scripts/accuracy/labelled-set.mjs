// Builds the labelled set: positives (reprints, excerpts, edited copies) and negatives.
import { distance } from 'fastest-levenshtein';
import { edits, page } from './edits.mjs';
import { newKinds } from './new-kinds.mjs';

const LIGHT = ['punctuation', 'width', 'whitespace', 'traditional'];
const MEDIUM = [...LIGHT, 'insertSentence', 'removeSentence', 'rewordSentence', 'reorderParagraphs', 'dropParagraphs', 'synonyms', 'byline'];
const ATTRIBUTIONS = ['来源：国际在线', '来源:国际在线', '来源：新华网', '', '本文来源：人民网', '（来源：吉林日报）'];

function applyEdits(paragraphs, names, r, ctx) {
  return names.reduce((ps, name) => (name === 'byline' ? ps.map((p) => p.replace(/（记者[^）]*）/u, '（记者 李明 王芳）')) : edits[name](ps, r, ctx)), paragraphs);
}

function pickEdits(r, pool, n) {
  return r.shuffle(pool).slice(0, n);
}

function hostParagraphs(r, filler, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(Array.from({ length: r.int(2, 4) }, () => r.pick(filler)).join(''));
  return out;
}

export function makeSet(pages, filler, r, scale) {
  const positives = [];
  const negatives = [];
  const per = (n) => Math.max(1, Math.round(n * scale));
  for (const p of pages) {
    const ctx = { filler };
    const strengths = [['light', LIGHT, 1, 2, per(8)], ['medium', MEDIUM, 2, 4, per(8)], ['heavy', MEDIUM, 4, 6, per(6)]];
    for (const [strength, pool, lo, hi, n] of strengths) {
      for (let i = 0; i < n; i++) {
        const names = pickEdits(r, pool, r.int(lo, hi));
        if (strength === 'heavy') names.push('charChanges');
        const rewrite = r.chance(0.3);
        // words changed first (synonyms, characters), so that their share of the text is known: the truth of the kind
        const wordEdits = names.filter((n) => WORD_EDITS.includes(n));
        const worded = applyEdits(p.body, wordEdits, r, { ...ctx, perSentence: 1 });
        const paragraphs = applyEdits(worded, names.filter((n) => !WORD_EDITS.includes(n)), r, { ...ctx, perSentence: 1 });
        const kind = changedShare(p.body, worded) > EDITED_SHARE ? 'edited' : 'reprint';
        const text = page(r, { title: rewrite ? `${p.title.slice(0, 6)}：${r.pick(filler).slice(0, 12)}` : p.title, originalTitle: rewrite ? p.title : undefined, attribution: r.pick(ATTRIBUTIONS), paragraphs });
        positives.push({ label: 'reprint', kind, strength, article: p.id, edits: rewrite ? [...names, 'headline'] : names, text });
      }
    }
    for (let i = 0; i < per(15); i++) {
      const sentences = p.body.join('').split(/(?<=[。！？])/u).filter((s) => s.trim() !== '');
      const start = r.int(0, Math.max(0, sentences.length - 1));
      let quote = '';
      for (let j = start; j < sentences.length && quote.replace(/[\p{P}\s]/gu, '').length < 60; j++) quote += sentences[j];
      if (quote.replace(/[\p{P}\s]/gu, '').length < 60) continue;
      const names = r.chance(0.5) ? pickEdits(r, ['punctuation', 'width', 'traditional', 'synonyms'], 1) : [];
      const [excerpt] = applyEdits([quote], names, r, ctx);
      const host = hostParagraphs(r, filler, r.int(3, 5));
      host.splice(r.int(0, host.length), 0, excerpt);
      const text = page(r, { title: r.pick(filler).slice(0, 16), attribution: r.pick(ATTRIBUTIONS), paragraphs: host });
      const kind = changedShare([quote], [applyEdits([quote], names.filter((n) => WORD_EDITS.includes(n)), r, ctx)[0]]) > EDITED_SHARE ? 'edited' : 'excerpt';
      positives.push({ label: 'excerpt', kind, strength: 'light', article: p.id, edits: names, text, excerpt });
    }
    for (let i = 0; i < per(6); i++) {
      const paragraphs = applyEdits(p.body, ['synonyms', 'rewordHalf'], r, ctx);
      const text = page(r, { title: p.title, attribution: r.pick(ATTRIBUTIONS), paragraphs });
      // the truth: the similarity the edits really left, sentence by sentence
      const kind = trueSimilarity(p.body, paragraphs) < 0.9 || changedShare(p.body, paragraphs) > EDITED_SHARE ? 'edited' : 'reprint';
      positives.push({ label: 'edited', kind, strength: 'heavy', article: p.id, edits: ['synonyms', 'rewordHalf'], text });
    }
    for (let i = 0; i < per(10); i++) {
      const sentence = r.pick(p.body.join('').split(/(?<=[。！？，])/u).filter((s) => s.replace(/[\p{P}\s]/gu, '').length >= 15));
      const quote = sentence ? [...sentence].slice(0, 38).join('') : '';
      const host = hostParagraphs(r, filler, 3);
      host.splice(1, 0, `正如报道所说，“${quote}”。`);
      negatives.push({ label: 'short quotation', text: page(r, { title: r.pick(filler).slice(0, 14), attribution: '来源：本网', paragraphs: host }) });
    }
    for (let i = 0; i < per(5); i++) {
      const text = [p.nav, r.pick(filler).slice(0, 16), ...hostParagraphs(r, filler, 3), p.footer].join('\n');
      negatives.push({ label: 'boilerplate only', text });
    }
  }
  positives.push(...newKinds(pages, filler, r, per));
  for (let i = 0; i < per(150); i++) {
    negatives.push({ label: 'unrelated', text: page(r, { title: r.pick(filler).slice(0, 14), attribution: '来源：新华网', paragraphs: hostParagraphs(r, filler, r.int(3, 6)) }) });
  }
  return { positives, negatives };
}

/** The edits that change words; the others change punctuation, width, script, layout or which sentences stand. */
const WORD_EDITS = ['synonyms', 'charChanges'];
/** match.editedShare's default: the share of changed characters from which a copy is edited. */
const EDITED_SHARE = 0.03;

/** Share of the characters (letters and digits) that differ between a text and its reworded self. */
function changedShare(before, after) {
  const a = bare(before.join(''));
  const b = bare(after.join(''));
  return distance(a, b) / Math.max(1, a.length);
}

const bare = (s) => s.replace(/[\p{P}\p{S}\s]/gu, '');
const sentences = (ps) => ps.join('').split(/(?<=[。！？])/u).map(bare).filter((x) => x !== '');

function trueSimilarity(before, after) {
  const a = sentences(before);
  const b = sentences(after);
  let weight = 0;
  let sum = 0;
  a.forEach((s, i) => {
    const t = b[i] ?? '';
    const longer = Math.max(s.length, t.length) || 1;
    sum += (1 - distance(s, t) / longer) * s.length;
    weight += s.length;
  });
  return sum / weight;
}
