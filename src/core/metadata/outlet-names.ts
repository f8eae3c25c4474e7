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
];

/** Words ending like an outlet that only point at one: 本报, 该网, 当地电视台 ... */
export const VAGUE_PREFIXES = [
  '本报', '本网', '本台', '本刊', '本社', '该', '此', '某', '当地', '有关', '相关', '一些', '多家',
  '部分', '境外', '外国', '国外', '各大', '各地', '其他', '其它',
];
