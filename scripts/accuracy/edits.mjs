// Realistic edits an editor makes to a reprint, each a function (paragraphs, r, ctx) => paragraphs.
import OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
export const COMMON = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const SYNONYMS = [['表示', '指出'], ['进一步', '更加'], ['推动', '促进'], ['加强', '强化'], ['目前', '当前'], ['已经', '已'], ['持续', '不断'], ['重要', '关键'], ['开展', '进行'], ['希望', '期望'], ['大力', '全力'], ['显著', '明显']];

const PUNCT = [['，', ','], ['。', '.'], ['：', ':'], ['“', '"'], ['”', '"'], ['、', '，'], ['；', ';'], ['（', '('], ['）', ')']];

const sentencesOf = (p) => p.split(/(?<=[。！？])/u).filter((s) => s.trim() !== '');

export const edits = {
  punctuation(ps, r) {
    const swaps = PUNCT.filter(() => r.chance(0.6));
    return ps.map((p) => swaps.reduce((t, [a, b]) => t.split(a).join(b), p));
  },
  width(ps, r) {
    return ps.map((p) => p.replace(/[0-9A-Za-z]/g, (c) => (r.chance(0.7) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).replace(/ /g, '\u3000'));
  },
  whitespace(ps, r) {
    return ps.map((p) => sentencesOf(p).join(r.chance(0.5) ? ' ' : '\n'));
  },
  traditional(ps) {
    return ps.map((p) => toTraditional(p));
  },
  insertSentence(ps, r, ctx) {
    const out = [...ps];
    const i = r.int(0, out.length - 1);
    const ss = sentencesOf(out[i]);
    ss.splice(r.int(0, ss.length), 0, r.pick(ctx.filler));
    out[i] = ss.join('');
    return out;
  },
  removeSentence(ps, r) {
    const out = [...ps];
    const i = r.int(0, out.length - 1);
    const ss = sentencesOf(out[i]);
    if (ss.length > 1) ss.splice(r.int(0, ss.length - 1), 1);
    out[i] = ss.join('');
    return out;
  },
  rewordSentence(ps, r, ctx) {
    const out = [...ps];
    const i = r.int(0, out.length - 1);
    const ss = sentencesOf(out[i]);
    ss[r.int(0, ss.length - 1)] = r.pick(ctx.filler);
    out[i] = ss.join('');
    return out;
  },
  synonyms(ps) {
    return ps.map((p) => SYNONYMS.reduce((t, [a, b]) => t.split(a).join(b), p));
  },
  charChanges(ps, r, ctx) {
    const n = ctx.perSentence ?? 1;
    return ps.map((p) => sentencesOf(p).map((s) => changeChars(s, n, r)).join(''));
  },
  /** An editor's rewrite: three sentences in five get one character in four changed. */
  rewordHalf(ps, r) {
    return ps.map((p) => sentencesOf(p).map((s) => (r.chance(0.6) ? changeChars(s, Math.ceil([...s].length / 4), r) : s)).join(''));
  },
  reorderParagraphs(ps, r) {
    return ps.length > 2 ? [ps[0], ...r.shuffle(ps.slice(1))] : ps;
  },
  /** Drops paragraphs but keeps at least 80% of the text: still a reprint. */
  dropParagraphs(ps, r) {
    const size = (list) => list.reduce((n, p) => n + p.length, 0);
    const keep = ps.filter((_, i) => i === 0 || r.chance(0.8));
    return size(keep) >= 0.8 * size(ps) ? keep : ps;
  },
};

function changeChars(s, n, r) {
  const chars = [...s];
  const cjk = chars.map((c, i) => (/\p{Script=Han}/u.test(c) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < n && cjk.length > 0; k++) chars[r.pick(cjk)] = r.pick([...COMMON]);
  return chars.join('');
}

const SITES = [
  ['首页 > 新闻中心 > 国内', '（本文转载自互联网，版权归原作者所有）'],
  ['【滚动新闻】', '责任编辑：王晓'],
  ['当前位置：首页 / 资讯', '关注我们 | 联系我们 | 网站地图'],
  ['', ''],
];

/** Lays paragraphs out as another site's page. */
export function page(r, { title, attribution, paragraphs, originalTitle }) {
  const [head, foot] = r.pick(SITES);
  const lines = [head, title, attribution ?? '', originalTitle ? `原标题：${originalTitle}` : '', ...paragraphs.map((p) => `　　${p}`), foot];
  return lines.filter((l) => l !== '').join(r.chance(0.3) ? '\r\n' : '\n');
}
