// The key words of a news page's header and credits, in key-text form (simplified, lower case).
import { escapeRegex } from '../shared/escape-regex.js';

/** Words that introduce a claimed source. */
export const SOURCE_WORDS = [
  '稿件来源', '文章来源', '本文来源', '信息来源', '新闻来源', '来源', '稿源',
  '本文转载自', '本文转自', '转载自', '转自',
];

/**
 * The label 来源 one character off, as typing by sound or a scan leaves it: a character read yuán
 * like 源 (来原, 来元, 来园, 来缘), or looking like it (来滩, 来沅), or one read lái like 来 (莱源).
 * A credit's label only before a colon and an outlet's name (see sources.ts): 来原：国际在线.
 */
export const MISSPELT_SOURCE_WORDS = [
  '来原', '来元', '来园', '来圆', '来缘', '来援', '来远', '来愿', '来沅', '来滩', '莱源',
];

/** Words that introduce authors. */
export const AUTHOR_WORDS = [
  '本报记者', '本台记者', '本网记者', '本刊记者', '实习记者', '见习记者', '特派记者', '特约记者',
  '首席记者', '驻站记者', '记者', '通讯员', '实习生', '作者', '撰文', '采写', '文/', '文／',
];

/**
 * Words 记者 opens that name no reporter: 记者节 (Journalists' Day, 记者节特别策划), 记者会 (a press
 * conference), 记者站, 记者证, 记者团, 记者协会. A byline's 记者 is followed by a name, not by these.
 */
export const REPORTER_COMPOUNDS = ['记者节', '记者会', '记者招待会', '记者见面会', '记者站', '记者证', '记者团', '记者协会'];

/**
 * Words 编辑 opens that name no editor: the newsroom (编辑部, 编辑室, 编辑组), its editors as a body
 * (编辑们), their picks (编辑推荐): 编辑部推出新栏目 is a headline, not 编辑 部推出新栏目.
 */
export const EDITOR_COMPOUNDS = ['编辑部', '编辑室', '编辑组', '编辑们', '编辑推荐', '编辑中心'];

/** Words that introduce editors. */
export const EDITOR_WORDS = ['责任编辑', '值班编辑', '责编', '编辑', '编审'];

/** Words that introduce people who are neither authors nor editors: their names are skipped. */
export const OTHER_WORDS = ['摄影', '摄像', '图/', '图／', '校对', '审核', '审校', '监制', '制图', '统筹', '策划'];

/**
 * Words that make a byline only beside a credit (（来源：国际在线 编译 张三）, （来源：国际在线 陈立 摄）):
 * elsewhere 整理 or 译 in a sentence is prose, so they are no header words.
 */
export const CREDIT_BYLINE_WORDS = ['编译', '译', '摄', '供稿', '整理'];

/** The labels pages print before their date: 发布日期：2024年01月04日, 发稿时间：…, 稿件日期：…. */
export const DATE_LABEL_WORDS = [
  '发布时间', '发布日期', '发布于', '更新时间', '更新日期', '更新于', '最后更新', '发表时间', '发表日期', '发表于',
  '发稿时间', '发稿日期', '稿件时间', '稿件日期', '刊发时间', '刊发日期', '刊登时间', '刊登日期',
  '出版时间', '出版日期', '首发时间', '上线时间', '录入时间', '编发时间',
];

/** What a breadcrumb before a header's date is labelled with: 当前位置：首页 > 新闻 > 正文. */
export const PLACE_WORDS = ['当前位置', '您的位置', '您现在的位置', '现在的位置', '所在位置'];

/** What a byline says of a reporter in brackets after the name: 记者 张三（实习）, 李四（见习）. */
export const BYLINE_TAG_WORDS = ['实习生', '实习记者', '实习', '见习记者', '见习', '特约记者', '特约', '通讯员'];

/** Page furniture beside the date and source in a header line. */
export const FURNITURE_WORDS = [
  ...DATE_LABEL_WORDS, ...PLACE_WORDS, '时间', '日期', '原创', '字号',
  '分享到', '分享', '参与互动', '阅读', '浏览', '点击', '打印', '收藏', '关闭', 'source',
];

/**
 * Where a source name ends when it runs straight into the next header field, as in
 * 来源:吉林日报责编:冯雅君 or 来源：求是网参与互动.
 */
export const VALUE_STOP_WORDS = [
  ...EDITOR_WORDS, ...DATE_LABEL_WORDS, '作者', '记者', '通讯员', '字号', '分享', '参与互动',
  '阅读数', '阅读量', '浏览次数', '点击数', '点击量', '原标题', '来源', '审核', '校对', '摄影', '打印', '收藏',
  '我要评论', '我来说两句',
];

export const HEADER_WORDS = [...SOURCE_WORDS, ...AUTHOR_WORDS, ...EDITOR_WORDS, ...OTHER_WORDS, ...FURNITURE_WORDS];

/** A sticky alternation of literal words, longest first so that 责任编辑 wins over 编辑. */
export function wordsRegex(words: readonly string[], flags = 'yu'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegex).join('|'), flags);
}

const COMPOUND = wordsRegex([...REPORTER_COMPOUNDS, ...EDITOR_COMPOUNDS]);

/** Whether the key word ending at `end` is the 记者 or 编辑 of a word such as 记者节 or 编辑部 (记者节特别策划, 编辑部推出新栏目): no byline. */
export function isCompound(key: string, end: number): boolean {
  return end >= 2 && matchAt(COMPOUND, key, end - 2) > 0;
}

/** Matches `re` (sticky) exactly at `at`; returns where the match ends, or -1. */
export function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}
