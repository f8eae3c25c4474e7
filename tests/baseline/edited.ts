/** An old page as a later edit leaves it: a note on top, paragraphs re-indented with 　　, blank lines doubled, CRLF. */
export function edited(text: string): string {
  const note = '编者按：本页于2025年迁移至新版网站，内容未作改动。\n\n';
  return (note + text.replace(/\n\n/gu, '\n\n\n').replace(/\n(?=\p{Script=Han})/gu, '\n\u3000\u3000')).replace(/\n/gu, '\r\n');
}
