// A seeded generator of realistic, distinct Chinese news archives and content repositories for
// the scale bench: articles of a dozen desks (topic vocabularies shared within a desk, so that
// same-topic articles share words but not sentences), own and third-party (来源:新华社 …), and
// documents that reprint, excerpt or lightly edit them, or are originals on the same topics.
import { rng } from '../accuracy/random.mjs';

const DESKS = {
  经济: ['国内生产总值', '同比增长', '消费市场', '外贸进出口', '制造业', '采购经理指数', '居民收入', '财政政策', '货币政策', '中小企业', '产业链', '新能源汽车', '数字经济', '跨境电商', '营商环境'],
  科技: ['人工智能', '量子计算', '卫星导航', '航天员', '芯片研发', '大数据中心', '科研团队', '实验室', '创新成果', '运载火箭', '空间站', '算力网络', '基因测序', '新材料', '高速铁路'],
  体育: ['运动员', '金牌', '世界杯预选赛', '主教练', '半决赛', '奥运会', '亚运会', '田径比赛', '游泳队', '乒乓球', '马拉松', '冬季项目', '青训体系', '全民健身', '赛事组委会'],
  外交: ['外交部发言人', '双边关系', '联合声明', '战略伙伴', '多边主义', '国事访问', '会谈', '合作文件', '友好往来', '国际秩序', '和平发展', '人文交流', '共同繁荣', '对话协商', '全球治理'],
  文化: ['博物馆', '非物质文化遗产', '文物保护', '考古发掘', '传统节日', '戏曲演出', '图书出版', '电影票房', '文旅融合', '古籍整理', '艺术展览', '民俗活动', '文化遗产', '剧院', '音乐会'],
  农业: ['粮食产量', '春耕备耕', '高标准农田', '种业振兴', '农产品', '冬小麦', '水稻种植', '畜牧业', '乡村振兴', '合作社', '农机作业', '灌溉', '丰收节', '农技人员', '果园'],
  环境: ['生态环境', '空气质量', '碳排放', '湿地保护', '植树造林', '河湖长制', '垃圾分类', '野生动物', '国家公园', '水土保持', '清洁能源', '风电光伏', '候鸟迁徙', '荒漠化治理', '海洋生态'],
  社会: ['城市更新', '老旧小区', '养老服务', '医疗保障', '义务教育', '就业岗位', '社区治理', '交通出行', '住房保障', '公共服务', '志愿者', '托育机构', '食品安全', '应急管理', '便民服务'],
};
const PLACES = ['北京', '上海', '广州', '深圳', '成都', '武汉', '西安', '杭州', '南京', '长春', '吉林', '哈尔滨', '昆明', '拉萨', '乌鲁木齐', '兰州', '酒泉', '海口', '厦门', '青岛', '天津', '重庆', '长沙', '郑州'];
const PEOPLE = ['王建国', '李明华', '张晓燕', '刘志强', '陈静', '杨帆', '赵立新', '黄海涛', '周宁', '吴晓东', '徐丽', '孙伟', '马红', '朱峰', '胡文斌', '郭晓梅'];
const VERBS = ['表示', '介绍', '指出', '透露', '强调', '认为', '说'];
const GENERAL = ['进一步', '推动', '加快', '提升', '完善', '落实', '持续', '稳步', '有效', '全面', '不断', '积极', '重点', '明显', '显著'];
const OUTLETS = ['新华社', '人民网', '中国新闻网', '吉林日报', '光明日报', '经济日报', '央视新闻'];

const OPENINGS = ['据了解', '记者注意到', '与此同时', '此外', '目前', '截至目前', '下一步', '近年来', '今年以来', '从数据看', '业内人士认为', '值得关注的是', '另据统计', '在此基础上', '总体来看', '就在上周', '去年底', '本月初'];
const ACTS = ['举行', '召开', '启动', '发布', '签署', '部署', '推出', '验收', '建成', '开通', '通报', '公布', '印发', '实施', '试点', '投用'];
const UNITS = ['万', '亿元', '%', '个', '项', '家', '吨', '公里', '人次', '万千瓦', '平方米', '台'];
const OUTCOMES = ['成效明显', '稳中有进', '持续向好', '超出预期', '好于去年', '创下新高', '进展顺利', '基本完成', '有序推进', '群众满意'];
const ORGS = ['市委', '省政府', '区教育局', '县农业农村局', '发展改革委', '统计局', '商务部门', '科技厅', '生态环境局', '文旅集团', '研究院', '协会'];

/** A sentence of 3 to 5 clauses drawn from large pools, so that two sentences rarely share 8 characters unless one copies the other. */
function sentence(r, desk) {
  const words = DESKS[desk];
  const clause = () => {
    const k = r.int(0, 7);
    const num = `${r.int(2, 9800)}${r.pick(UNITS)}`;
    if (k === 0) return `${r.pick(PLACES)}${r.pick(ORGS)}${r.pick(ACTS)}${r.pick(words)}${r.pick(['方案', '计划', '清单', '办法', '报告', '名单'])}`;
    if (k === 1) return `${r.pick(words)}${r.pick(['规模', '总量', '投入', '产值', '覆盖面'])}${r.pick(['达到', '超过', '接近', '突破'])}${num}`;
    if (k === 2) return `${r.pick(PEOPLE)}${r.pick(VERBS)}${r.pick(GENERAL)}${r.pick(words)}`;
    if (k === 3) return `${r.pick(words)}${r.pick(OUTCOMES)}`;
    if (k === 4) return `${r.int(2015, 2026)}年${r.int(1, 12)}月${r.pick(PLACES)}${r.pick(ACTS)}${r.pick(words)}`;
    if (k === 5) return `同比${r.pick(['增长', '下降', '提高'])}${r.int(1, 60)}.${r.int(0, 9)}%`;
    if (k === 6) return `${r.pick(GENERAL)}${r.pick(['做好', '抓好', '推进', '加强'])}${r.pick(words)}与${r.pick(words)}`;
    return `${r.pick(PLACES)}${r.pick(['有', '新增', '共有'])}${num}${r.pick(words)}`;
  };
  const parts = Array.from({ length: r.int(3, 5) }, clause);
  return `${r.next() < 0.4 ? `${r.pick(OPENINGS)}，` : ''}${parts.join('，')}${r.pick(['。', '。', '。', '；', '！'])}`;
}

/** Article i of an archive: headline, 来源 line, date, body; own (来源:国际在线) or third-party. */
export function article(seed, i) {
  const r = rng(seed * 1000003 + i);
  const desk = r.pick(Object.keys(DESKS));
  const sentences = Array.from({ length: r.int(14, 26) }, () => sentence(r, desk));
  const own = r.next() < 0.7;
  const source = own ? '国际在线' : r.pick(OUTLETS);
  const title = `${r.pick(PLACES)}${r.pick(DESKS[desk])}${r.pick(['取得新进展', '按下快进键', '跑出加速度', '迎来新机遇', '成效显著', '稳步推进'])}`;
  const date = `20${r.int(18, 25)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const paragraphs = [];
  for (let s = 0; s < sentences.length; ) {
    const step = r.int(2, 4);
    paragraphs.push(sentences.slice(s, s + step).join(''));
    s += step;
  }
  const marker = own && r.next() < 0.5 ? `国际在线${r.pick(PLACES)}消息：` : '';
  return { id: `a${i}`, desk, own, source, title, date, sentences, text: `${title}\n${date} 10:00:00　来源：${source}\n${marker}${paragraphs.join('\n')}\n责任编辑：${r.pick(PEOPLE)}\n` };
}

/** A fresh article on the desk's topics that reuses nothing: what must never be reported. */
export function original(seed, i) {
  const a = article(seed + 7919, i);
  return `${a.title}\n来源：示例新闻网\n${a.sentences.join('')}\n`;
}

const SYNONYMS = [['增长', '提升'], ['表示', '称'], ['举行', '举办'], ['累计', '总计'], ['目前', '当前'], ['进一步', '更进一步']];

/** A document made from an article: reprint, light edit, excerpt (≥ 50 characters) or original. */
export function derived(kind, a, seed, i) {
  const r = rng(seed * 7 + i);
  const body = a.sentences;
  if (kind === 'reprint') return `${a.title}\n来源：${r.pick(['示例新闻网', '国际在线', ''])}\n${body.join('')}\n`;
  if (kind === 'edited') {
    const kept = body.filter((_, s) => s === 0 || r.next() > 0.08);
    const edited = kept.map((s) => {
      let t = s;
      for (const [x, y] of SYNONYMS) if (r.next() < 0.3) t = t.replace(x, y);
      return r.next() < 0.3 ? t.replace(/，/gu, ',') : t;
    });
    return `${a.title}（综合报道）\n${edited.join('\n')}\n`;
  }
  if (kind === 'excerpt') {
    const start = r.int(0, body.length - 3);
    let part = '';
    for (let s = start; s < body.length && part.replace(/[，。“”：；、%.,]/gu, '').length < 60; s++) part += body[s];
    const own = original(seed + 13, i).split('\n').slice(2).join('');
    return { text: `示例新闻网评论\n${own.slice(0, 200)}\n${part}\n${own.slice(200, 400)}\n`, part };
  }
  return original(seed, i);
}
