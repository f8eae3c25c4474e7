// 洗稿 (paraphrase) as a rewriter does it: words swapped for synonyms, clauses swapped, sentences
// split, merged and reordered, numbers rewritten. For the accuracy bench and fixtures only: the
// detector knows no synonym table.

/** News-Chinese synonyms, both directions. */
const PAIRS = [
  ['表示', '指出'], ['介绍', '说明'], ['推动', '促进'], ['加强', '强化'], ['目前', '当前'], ['已经', '业已'], ['持续', '不断'],
  ['重要', '关键'], ['开展', '进行'], ['希望', '期望'], ['大力', '全力'], ['显著', '明显'], ['提高', '提升'], ['增加', '增长'],
  ['减少', '降低'], ['今年', '本年度'], ['去年', '上一年'], ['记者', '笔者'], ['获悉', '了解到'], ['举办', '举行'], ['开幕', '启幕'],
  ['游客', '旅客'], ['企业', '公司'], ['市民', '居民'], ['发展', '进步'], ['建设', '打造'], ['实现', '达成'], ['支持', '扶持'],
  ['完成', '做完'], ['达到', '达'], ['超过', '逾'], ['约', '大约'], ['以上', '之上'], ['进一步', '更进一步'], ['积极', '主动'],
  ['迅速', '快速'], ['成功', '顺利'], ['方面', '领域'], ['部门', '机构'], ['地区', '区域'], ['城市', '都市'], ['国家', '国度'],
  ['继续', '接着'], ['开始', '着手'], ['需要', '须要'], ['可以', '能够'], ['通过', '经由'], ['由于', '因为'], ['但是', '不过'],
  ['同时', '与此同时'], ['此外', '另外'], ['随着', '伴随'], ['为了', '为着'], ['正在', '正'], ['已', '早已'], ['将', '会'],
  ['计划', '打算'], ['预计', '预期'], ['数据', '数字'], ['统计', '统计数据'], ['显示', '表明'], ['成为', '变成'], ['保持', '维持'],
  ['提供', '给予'], ['服务', '服务工作'], ['活动', '项目'], ['吸引', '招引'], ['参加', '参与'], ['来自', '源自'], ['各地', '各处'],
  ['不少', '许多'], ['很多', '众多'], ['非常', '十分'], ['特别', '尤其'], ['一直', '始终'], ['首次', '第一次'], ['创新', '革新'],
  ['技术', '科技'], ['研究', '探究'], ['团队', '小组'], ['专家', '学者'], ['认为', '觉得'], ['告诉', '对'], ['说', '讲'],
  ['看到', '见到'], ['感受', '体会'], ['带动', '拉动'], ['推出', '出台'], ['举措', '措施'], ['工作', '事务'], ['问题', '难题'],
  ['情况', '状况'], ['影响', '作用'], ['效果', '成效'], ['水平', '程度'], ['能力', '本领'], ['规模', '体量'], ['范围', '区间'],
  ['主要', '首要'], ['一批', '一些'], ['各类', '各种'], ['有效', '切实'], ['稳定', '平稳'], ['快速', '高速'], ['全面', '全方位'],
  ['近日', '日前'], ['日前', '近期'], ['当天', '当日'], ['上午', '早上'], ['晚上', '夜间'], ['期间', '时期'], ['以来', '至今'],
];
const SYNONYM = new Map();
for (const [a, b] of PAIRS) {
  if (!SYNONYM.has(a)) SYNONYM.set(a, b);
  if (!SYNONYM.has(b)) SYNONYM.set(b, a);
}
const WORDS = [...SYNONYM.keys()].sort((x, y) => y.length - x.length);
/** Fillers for a word that has no synonym above: a two-character word said another way. */
const FILLERS = '新老大小多少高低快慢远近前后上下左右东西南北内外好坏真假强弱深浅长短轻重冷热早晚';
const DIGITS = '〇一二三四五六七八九';

const han = (s) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;

/** Replaces about `share` of the words (one word ≈ 1.7 Han characters): listed synonyms first, then others. */
export function replaceWords(text, share, r) {
  const target = Math.round((han(text) / 1.7) * share);
  let done = 0;
  let out = text;
  for (const w of r.shuffle(WORDS)) {
    if (done >= target) break;
    const parts = out.split(w);
    if (parts.length === 1) continue;
    const n = Math.min(parts.length - 1, target - done);
    out = parts.map((p, i) => (i === 0 ? p : (i <= n ? SYNONYM.get(w) : w) + p)).join('');
    done += n;
  }
  const chars = [...out];
  const han2 = chars.map((c, i) => (/\p{Script=Han}/u.test(c) && /\p{Script=Han}/u.test(chars[i + 1] ?? '') ? i : -1)).filter((i) => i >= 0);
  for (const i of r.shuffle(han2)) {
    if (done >= target) break;
    chars[i + 1] = r.pick([...FILLERS]);
    done++;
  }
  return chars.join('');
}

const sentencesOf = (p) => p.split(/(?<=[。！？])/u).filter((s) => s.trim() !== '');

/** Swaps the first two clauses of some sentences (…，…。 → …，…。 with the parts exchanged). */
export function swapClauses(ps, r, chance = 0.3) {
  return ps.map((p) => sentencesOf(p).map((s) => {
    const m = /^([^，。！？]+)，([^，。！？]+)([，。！？].*)$/u.exec(s);
    return m && r.chance(chance) ? `${m[2]}，${m[1]}${m[3]}` : s;
  }).join(''));
}

/** Splits long sentences at a comma, merges short neighbours. */
export function splitMerge(ps, r) {
  return ps.map((p) => {
    const ss = sentencesOf(p);
    const out = [];
    for (const s of ss) {
      const at = s.indexOf('，', Math.floor(s.length / 3));
      if (s.length > 50 && at > 0 && r.chance(0.4)) out.push(`${s.slice(0, at)}。`, s.slice(at + 1));
      else if (out.length > 0 && s.length < 40 && r.chance(0.4)) out[out.length - 1] = `${out[out.length - 1].replace(/[。！？]$/u, '，')}${s}`;
      else out.push(s);
    }
    return out.join('');
  });
}

/** 2022年 → 二〇二二年; other numbers to full-width digits. */
export function rewriteNumbers(ps, r) {
  return ps.map((p) => p
    .replace(/(\d{4})年/gu, (m, y) => (r.chance(0.7) ? `${[...y].map((d) => DIGITS[Number(d)]).join('')}年` : m))
    .replace(/\d/gu, (d) => (r.chance(0.5) ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d)));
}

export function reorderSentences(ps, r) {
  return ps.map((p) => {
    const ss = sentencesOf(p);
    return ss.length > 2 && r.chance(0.5) ? [ss[0], ...r.shuffle(ss.slice(1))].join('') : p;
  });
}

/** The whole 洗稿: words, clauses, sentences, numbers. */
export function paraphrase(ps, share, r) {
  const reworded = ps.map((p) => replaceWords(p, share, r));
  return rewriteNumbers(reorderSentences(splitMerge(swapClauses(reworded, r), r), r), r);
}
