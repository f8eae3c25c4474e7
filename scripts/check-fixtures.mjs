// Checks the hand-written news fixtures: corpus pages, negatives and reuse cases.
// Usage: node scripts/check-fixtures.mjs   (exit code 1 when an error is found)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import * as OpenCC from 'opencc-js';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...p) => join(root, 'fixtures', ...p);
const read = (p) => readFileSync(p, 'utf8');

const SEED_ID = 'cri-page-jilin-2022-03-04';
const SEED_FILE = at('seed', 'cri-page-jilin-2022-03-04.txt');
const FOOTER = read(at('notices', 'cri.txt'));
const FOOTER_TITLE = FOOTER.split('\n')[0];
const CJK = /\p{Script=Han}/gu;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// Thresholds of the reuse kinds (the defaults of laiyuan's match options).
const REPRINT_SHARE = 0.6;
const EDITED_SIMILARITY = 0.9;
const SENTENCE_SIMILARITY = 0.6;
const MIN_PASSAGE = 50;

// Phrases any two texts about Jilin may share: slogans, stock phrases, officials with titles.
const STOCK = [
  '深入贯彻习近平总书记视察吉林重要讲话重要指示精神',
  '深入贯彻习近平总书记重要讲话重要指示精神',
  '为吉林振兴发展培育新优势注入新动能',
  '为乡村振兴注入新动能',
  '加快发展六新产业建设四新设施',
  '一主六双高质量发展战略',
  '全面振兴全方位振兴',
  '高质量发展',
  '省委副书记省长韩俊',
  '省委书记景俊海',
  '吉林省农业农村厅副厅长刘文忠',
  '吉林省商务厅副厅长郭振东',
  '松原市副市长宋立新',
];
// Names and titles that the same-event negatives may repeat word for word.
const NAMES = [
  '长春国际陆港发展有限公司总经理助理孙立平',
  '长春海关监管处处长于海涛',
  '哈萨克斯坦阿拉木图',
  '波兰马拉舍维奇',
  '俄罗斯莫斯科沃尔西诺',
  '中央气象台首席预报员孙静',
  '国家海洋环境预报中心',
  '国家林业和草原局生态保护修复司司长王卫东',
  '以国家公园为主体的自然保护地',
  '酒泉卫星发射中心',
  '长征二号丁运载火箭',
  '中国航天科技集团',
  '火箭总指挥许建军',
  '试验二十一号a星b星c星',
  '2024武汉马拉松',
  '武汉市体育局副局长陈宏伟',
  '上海市气候中心首席服务官杨涵洧',
  '上海市防汛指挥部',
  '防汛防台iv级响应',
];

const errors = [];
const warnings = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);

/** Letters and digits only, width-folded, simplified, lower case. */
function norm(text) {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

// ---- corpus ----

function parsePage(text) {
  const lines = text.split('\n');
  const footerAt = lines.indexOf(FOOTER_TITLE);
  const header = lines[3] ?? '';
  const bodyLines = lines.slice(4, footerAt < 0 ? lines.length : footerAt).filter((l) => l.trim() !== '');
  const original = bodyLines.find((l) => /^\s*原标题[:：]/.test(l));
  const paragraphs = bodyLines.filter((l) => l !== original).map((l) => l.trim());
  return { nav: lines[0], title: lines[2], header, original, paragraphs };
}

function loadCorpus() {
  const dir = at('corpus', 'cri');
  const index = JSON.parse(read(join(dir, 'index.json')));
  const articles = new Map();
  for (const entry of index) {
    const where = `corpus/cri/${entry.file}`;
    const path = join(dir, entry.file);
    if (!existsSync(path)) { fail(where, 'listed in index.json but missing'); continue; }
    if (entry.id !== basename(entry.file, '.txt')) fail(where, `id ${entry.id} is not the file name`);
    const text = read(path);
    const page = parsePage(text);
    checkPage(where, entry, text, page);
    articles.set(entry.id, { id: entry.id, where, text, page });
  }
  const listed = new Set(index.map((e) => e.file));
  for (const f of readdirSync(dir)) if (f.endsWith('.txt') && !listed.has(f)) fail(`corpus/cri/${f}`, 'not in index.json');
  const seedText = read(SEED_FILE);
  articles.set(SEED_ID, { id: SEED_ID, where: 'seed', text: seedText, page: parsePage(seedText) });
  return articles;
}

function checkPage(where, entry, text, page) {
  if (!text.endsWith(FOOTER)) fail(where, 'does not end with the notice footer of fixtures/notices/cri.txt');
  const cjk = page.paragraphs.join('').match(CJK)?.length ?? 0;
  if (cjk < 500 || cjk > 1200) fail(where, `body has ${cjk} CJK characters (want 500–1200)`);
  if (page.paragraphs.length < 4 || page.paragraphs.length > 8) fail(where, `${page.paragraphs.length} paragraphs (want 4–8)`);
  if (page.title !== entry.title) fail(where, 'headline differs from index.json title');
  const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)来源:(.+?)责编:(.+)$/.exec(page.header);
  if (!m) { fail(where, `header line is not "YYYY-MM-DD HH:MM:SS来源:X责编:Y": ${page.header}`); return; }
  if (m[1] !== entry.date) fail(where, 'date differs from index.json');
  if (m[2] !== entry.source) fail(where, `来源 ${m[2]} differs from index.json source ${entry.source}`);
  if ((entry.origin === 'own') !== (entry.source === '国际在线')) fail(where, 'origin and source disagree');
  if (entry.marker && !page.paragraphs[0].startsWith(entry.marker)) fail(where, `lead does not start with marker ${entry.marker}`);
  if (!page.paragraphs.every((p) => /^[\p{Script=Han}“《（\d]/u.test(p))) fail(where, 'a paragraph starts oddly (indent?)');
}

/** The text of a page that is its own: everything but the navigation line and the footer. */
function ownText(text, navs) {
  const footerLines = new Set(FOOTER.split('\n').filter((l) => l.trim()));
  return text.split(/\r?\n/).filter((l) => !navs.has(l.trim()) && !footerLines.has(l.trim())).join('\n');
}

// ---- negatives ----

function mask(text, phrases, sentinel) {
  let out = text;
  for (const p of phrases) out = out.split(p).join(sentinel);
  return out;
}

/** Maximal runs of at least n characters that `doc` shares with `src`. */
function sharedRuns(doc, src, n) {
  const grams = new Set();
  for (let i = 0; i + n <= src.length; i++) grams.add(src.slice(i, i + n));
  const runs = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + n <= doc.length; i++) {
    if (!grams.has(doc.slice(i, i + n))) continue;
    if (start >= 0 && i <= end) end = i + n;
    else { if (start >= 0) runs.push(doc.slice(start, end)); start = i; end = i + n; }
  }
  if (start >= 0) runs.push(doc.slice(start, end));
  return runs;
}

/** A date, time or number with its unit (at most four other characters): a fact, not wording. */
function isFigure(run) {
  return run.replace(/[0-9a-z]/g, '').length <= 4;
}

function checkNegatives(articles) {
  const dir = at('negatives');
  const readme = existsSync(join(dir, 'README.md')) ? read(join(dir, 'README.md')) : '';
  const navs = new Set([...articles.values()].map((a) => a.page.nav.trim()));
  const corpus = [...articles.values()].map((a) => ({ id: a.id, text: norm(ownText(a.text, navs)) }));
  const files = readdirSync(dir).filter((f) => f !== 'README.md');
  for (const f of files) {
    const where = `negatives/${f}`;
    if (!readme.includes(f)) fail(where, 'no reason given in negatives/README.md');
    const doc = norm(ownText(read(join(dir, f)), navs));
    const kind = f.split('-').slice(0, 2).join('-');
    const quoted = [];
    const allowed = kind === 'same-event' ? [...STOCK, ...NAMES] : STOCK;
    for (const a of corpus) {
      for (const run of sharedRuns(mask(doc, allowed, '\u0000'), mask(a.text, allowed, '\u0001'), 12)) {
        if (kind === 'short-quote' && run.length < 40) quoted.push(`${a.id}: ${run}`);
        else fail(where, `shares ${run.length} characters with ${a.id}: ${run}`);
      }
      if (kind !== 'same-event') continue;
      for (const run of sharedRuns(mask(doc, allowed, '\u0000'), mask(a.text, allowed, '\u0001'), 8)) {
        if (!isFigure(run)) fail(where, `same-event text repeats ${run.length} characters of ${a.id}: ${run}`);
      }
    }
    if (kind === 'short-quote' && quoted.length !== 1) fail(where, `wants exactly one short quote, found ${quoted.length}: ${quoted.join(' | ')}`);
  }
  return files.length;
}

// ---- reuse ----

const SENTENCE_END = /[。！？；!?;\n]|\.(?!\d)/;

function sentences(text) {
  return text.split(SENTENCE_END).map(norm).filter((s) => s.length >= 6);
}

function visible(raw, file) {
  if (!file.endsWith('.html')) return raw;
  const entities = { '&nbsp;': ' ', '&ldquo;': '“', '&rdquo;': '”', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&mdash;': '—', '&hellip;': '…' };
  return raw.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n').replace(/&[a-z]+;/g, (e) => entities[e] ?? e);
}

function sim(a, b) {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Sentence-level estimate of how much of the article's body the document reuses. */
function measure(article, docText) {
  const body = article.page.paragraphs.join('\n');
  const src = sentences(body);
  const doc = sentences(docText);
  const whole = norm(docText);
  let total = 0;
  let reused = 0;
  let weighted = 0;
  let run = 0;
  let longest = 0;
  for (const s of src) {
    total += s.length;
    let best = whole.includes(s) ? 1 : 0;
    for (let i = 0; best < 1 && i < doc.length; i++) {
      best = Math.max(best, sim(s, doc[i]), i + 1 < doc.length ? sim(s, doc[i] + doc[i + 1]) : 0);
    }
    if (best >= SENTENCE_SIMILARITY) {
      reused += s.length;
      weighted += best * s.length;
      run += s.length;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  const coverage = reused / total;
  const similarity = reused ? weighted / reused : 0;
  let kind = null;
  if (longest >= MIN_PASSAGE || coverage >= REPRINT_SHARE) {
    kind = similarity < EDITED_SIMILARITY ? 'edited' : coverage >= REPRINT_SHARE ? 'reprint' : 'excerpt';
  }
  return { coverage, similarity, longest, kind };
}

function checkReuse(articles) {
  const dir = at('reuse');
  const files = readdirSync(dir).filter((f) => !f.endsWith('.expected.json') && f !== 'README.md');
  const bases = new Set();
  const kinds = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.expected.json'))) {
    if (!files.includes(f.replace(/\.expected\.json$/, ''))) fail(`reuse/${f}`, 'has no document beside it');
  }
  for (const f of files) {
    const where = `reuse/${f}`;
    const expPath = join(dir, `${f}.expected.json`);
    if (!existsSync(expPath)) { fail(where, 'has no .expected.json'); continue; }
    let exp;
    try { exp = JSON.parse(read(expPath)); } catch (e) { fail(where, `expected.json: ${e.message}`); continue; }
    const article = articles.get(exp.article);
    if (!article) { fail(where, `names unknown article ${exp.article}`); continue; }
    bases.add(exp.article);
    if (!['reprint', 'excerpt', 'edited'].includes(exp.kind)) fail(where, `kind ${exp.kind}`);
    kinds[exp.kind] = (kinds[exp.kind] ?? 0) + 1;
    if (!Array.isArray(exp.edits) || exp.edits.length === 0) fail(where, 'edits must list at least one edit');
    if (!Array.isArray(exp.copied) || exp.copied.length === 0) fail(where, 'copied must list at least one sentence');
    const raw = read(join(dir, f));
    for (const c of exp.copied ?? []) {
      if (!raw.includes(c)) fail(where, `copied string not in the document: ${c}`);
      if ((c.match(CJK)?.length ?? 0) < 8) fail(where, `copied string too short to find: ${c}`);
    }
    const m = measure(article, visible(raw, f));
    const figures = `coverage ${m.coverage.toFixed(2)}, similarity ${m.similarity.toFixed(2)}, longest run ${m.longest}`;
    if (m.kind !== exp.kind) fail(where, `expected ${exp.kind} but measures as ${m.kind ?? 'no reuse'} (${figures})`);
    else if ((m.kind !== 'edited' && Math.abs(m.coverage - REPRINT_SHARE) < 0.05) || Math.abs(m.similarity - EDITED_SIMILARITY) < 0.02) warn(where, `close to a threshold (${figures})`);
    if (process.argv.includes('--verbose')) console.log(`${where}: ${exp.kind} (${figures})`);
  }
  const corpusBases = [...bases].filter((b) => b !== SEED_ID).length;
  if (files.length < 64) fail('reuse', `${files.length} documents (want at least 64)`);
  if (corpusBases < 18) fail('reuse', `${corpusBases} corpus articles used as bases (want at least 18)`);
  if (!bases.has(SEED_ID)) fail('reuse', 'no document derived from the seed page');
  return { files: files.length, bases: corpusBases, kinds };
}

const articles = loadCorpus();
const negatives = checkNegatives(articles);
const reuse = existsSync(at('reuse')) ? checkReuse(articles) : { files: 0, bases: 0, kinds: {} };
for (const w of warnings) console.log(`warning  ${w}`);
for (const e of errors) console.log(`error    ${e}`);
console.log(`corpus ${articles.size - 1} articles, negatives ${negatives}, reuse ${reuse.files} documents on ${reuse.bases} corpus articles ${JSON.stringify(reuse.kinds)}`);
console.log(`${errors.length} errors, ${warnings.length} warnings`);
process.exitCode = errors.length ? 1 : 0;
