// What a person's name in a byline looks like, as opposed to the prose that follows 记者.

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const JOINED_NAME = /^\p{Script=Han}+(?:[·•・-]\p{Script=Han}+)+$/u;
const LATIN_NAME = /^[a-z][a-z.'-]{1,30}$/u;
const EDITOR_NAME = /^[\p{L}\p{N}_.·•・-]{1,24}$/u;
/** Starts no Chinese name but often follows 记者: 记者了解到, 记者从…获悉, 记者昨天… */
const NOT_FIRST = new Set([...'了们也还又都就将已曾再这那该此从在对被把的是有与及等昨今近日获据当由称说致']);
const NOT_INSIDE = [
  '说', '表示', '称', '了', '的', '到', '是', '获悉', '发现', '认为', '指出', '介绍', '告诉', '根据',
  '采访', '了解', '今天', '昨天', '日前', '近日', '昨日', '今日', '报道', '整理', '记者', '编辑', '来源', '署名',
  '大学', '学院', '学校', '公司', '中心', '医院', '研究', '政府', '协会',
];
/** Words that stand where a name would: section headings (记者探访, 编辑点评) and the like. */
const NOT_NAMES = new Set([
  '探访', '走访', '调查', '手记', '观察', '追踪', '连线', '直击', '现场', '独家', '专访', '点评', '推荐', '寄语', '按语',
]);
/** A staff code after an editor's name: 化成雨_NBJ11143, 朱家浒 PN054 (the latter ends at the space). */
const STAFF_CODE = /_[a-z]{1,6}\d+$/u;
// a constant, not a literal in the function: the bundle writes a \p{…} literal as new RegExp(…), made again every call
const LETTER = /\p{L}/u;

/** Whether a token (in key text) reads as an author's name. */
export function isAuthorName(token: string): boolean {
  if (NOT_NAMES.has(token)) return false;
  if (LATIN_NAME.test(token)) return true;
  if (!HAN_NAME.test(token) && !(JOINED_NAME.test(token) && token.length <= 12)) return false;
  return !NOT_FIRST.has(token[0]) && !NOT_INSIDE.some((w) => token.includes(w));
}

/** The length of an editor's name in a token, without a staff code; 0 when it is none. */
export function editorNameLength(token: string): number {
  if (NOT_NAMES.has(token) || !EDITOR_NAME.test(token) || !LETTER.test(token)) return 0;
  return token.replace(STAFF_CODE, '').length;
}
