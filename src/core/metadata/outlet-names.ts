// Data: outlets named in 据X报道 and byline qualifiers, in simplified form, that the suffix rule
// in outlets.ts would not recognise. Add names here; nothing else needs to change.

/** Endings that make a name an outlet: 新华社, 吉林日报, 人民网, 电视台, 央视新闻客户端 ... */
export const OUTLET_SUFFIXES = [
  '通讯社', '社', '日报', '晚报', '早报', '时报', '周报', '周刊', '杂志', '报', '网', '电视台',
  '广播电台', '电台', '台', '网站', '在线', '新闻', '客户端', '频道',
];

/** Outlets whose names do not end like one. */
export const KNOWN_OUTLETS = [
  '国际在线', '央视', '央广', '央视新闻', '人民日报', '新华社', '中新社', '中新网', '海外网', '参考消息',
  '半月谈', '瞭望', '求是', '财新', '第一财经', '界面', '澎湃', '红星', '封面', '上观', '南都', '北青',
  '新京报', '每经', '21世纪经济报道', '路透', '彭博', '美联', 'bbc', 'cnn', 'nhk', 'cri', 'cgtn',
  // foreign outlets: their Chinese names that do not end like one, and their Latin names (lower case)
  '英国广播公司', '美国广播公司', '美国全国广播公司', '哥伦比亚广播公司', '日本广播协会', '日本放送协会',
  '美国之音', '德国之声', '今日俄罗斯', '福克斯新闻', 'reuters', 'ap', 'afp', 'bloomberg', 'kyodo',
  'yonhap', 'dpa', 'tass', 'efe', 'ansa', 'sputnik', 'bernama', 'antara', 'abc', 'nbc', 'cbs', 'cnbc', 'npr',
  'kbs', 'mbc', 'sbs', 'rfi', 'voa', 'dw', 'al jazeera', 'associated press', 'agence france-presse',
  'deutsche welle', 'euronews', 'the economist', 'politico', 'axios', 'xinhua',
];

/**
 * Outlets whose datelines and own-news markers open the stories others reprint (新华网北京6月24日电,
 * 羊城晚报讯): looked for, with KNOWN_OUTLETS, at the end of a headline a corpus record glued before
 * the dateline, where the headline's last words and the outlet's first cannot be told apart otherwise.
 */
export const DATELINE_OUTLETS = [
  '新华网', '人民网', '中国新闻网', '中国网', '中广网', '央广网', '央视网', '光明网', '环球网', '中青网', '东方网',
  '千龙网', '南方网', '四川新闻网', '光明日报', '经济日报', '中国青年报', '工人日报', '法制日报', '科技日报',
  '北京日报', '北京晚报', '北京晨报', '北京青年报', '京华时报', '解放日报', '文汇报', '新民晚报', '扬子晚报',
  '广州日报', '南方日报', '南方都市报', '羊城晚报', '新快报', '深圳商报', '深圳特区报', '华西都市报', '楚天都市报',
];

/**
 * The last word of a Latin outlet's name (The New York Times, Kyodo News, Korea Herald): after one
 * word at least, as OUTLET_SUFFIXES end a Chinese name after a word of its own.
 */
export const LATIN_OUTLET_WORDS = [
  'news', 'times', 'post', 'daily', 'journal', 'press', 'herald', 'tribune', 'telegraph', 'gazette',
  'agency', 'network', 'tv', 'radio', 'broadcasting', 'magazine', 'weekly', 'chronicle', 'observer', 'wire',
];

/** Words ending like an outlet that only point at one: 本报, 该网, 当地电视台 ... */
export const VAGUE_PREFIXES = [
  '本报', '本网', '本台', '本刊', '本社', '该', '此', '某', '当地', '有关', '相关', '一些', '多家',
  '部分', '境外', '外国', '国外', '各大', '各地', '其他', '其它',
];
