// Arbitraries for property tests: text the way hostile and careless files are written — markup
// and delimiters of every reader, Chinese news words, line breaks of every kind, and any code
// unit at all (lone surrogates, NUL, control characters).
import fc from 'fast-check';

const PIECES = [
  '来源：', '来源:', '国际在线', '消息', '记者', '责编', '原标题：', '据', '报道', '2024年3月4日', '2022-03-04',
  '（', '）', '【', '】', '“', '”', '「', '」', '《', '》', '，', '。', '、', ' ', '\u3000', '\t',
  '\n', '\r\n', '\r', '\u2028', '\u0000', '\ufeff', '\ud800', '\udfff',
  '*', '**', '_', '__', '~~', '`', '```', '![', '[', ']', '(', ')', '<', '>', '&', '&amp;', '&#12345;', '&#x1F600;', '\\',
  '#', '# ', '> ', '- ', '1. ', '|', '---', '---\n', '<!--', '-->', 'laiyuan-disable-line', '<p>', '</p>', '<br>',
  '<script>', '</script>', '<nav>', '<meta name="source" content="新华社">', '<title>', '</title>', '{', '}', '"', "'",
  '{"id":"a","title":"标题","text":"正文"}', ':', 'k: v', 'http://news.cri.cn/x', '吉林', '北京', '新华社', 'a', '1',
];

/** A piece of hostile or careless text. */
export const hostileText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength }).map((parts) => parts.join(''));

/** Any string of UTF-16 units, surrogates alone included. */
export const anyUnits = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });
