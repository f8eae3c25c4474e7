// laiyuan-disable… comments as data: where they stand, what they name, and why.
import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { splitLines } from '../shared/lines.js';
import { delimited } from '../shared/delimited.js';

export const DIRECTIVE_KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;

export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  /** null when the word after `laiyuan-` is no directive (a typo, e.g. 'disable-nextline'). */
  kind: DirectiveKind | null;
  /** What follows `laiyuan-` as written, e.g. 'disable-next-line'. */
  word: string;
  /** Rule ids as written; empty means every rule. */
  rules: string[];
  /** The text after ` -- ` (or 「——」), or null when there is none. */
  reason: string | null;
  /** The directive without comment markers, its whitespace collapsed. */
  text: string;
  /** The whole comment, or the directive's line, in the document's raw text. */
  span: Span;
}

const HEAD = /^laiyuan-([a-z][a-z-]*)(?=\s|$)/u;
const OWN_LINE = /^[ \t\u3000]*(?:(?:\/\/|#+)[ \t\u3000]*)?(laiyuan-[a-z][a-z-]*(?:[ \t\u3000].*)?)$/u;

/**
 * Directives in HTML/Markdown comments (`<!-- laiyuan-disable-line -- 理由 -->`) and on lines of
 * their own, bare or after `//` or `#`. Lines inside a comment are read once, as the comment.
 */
export function parseDirectives(doc: Pick<Document, 'raw'>): Directive[] {
  const { raw } = doc;
  const found: Directive[] = [];
  const comments = delimited(raw, '<!--', '-->');
  for (const span of comments) {
    const directive = directiveOf(raw.slice(span.start + 4, span.end - 3).trim(), span);
    if (directive) found.push(directive);
  }
  let next = 0; // the first comment that may still reach a line (comments come in order)
  for (const line of splitLines(raw)) {
    while (next < comments.length && comments[next].end <= line.start) next++;
    const c = comments[next];
    if (c && c.start < line.end && line.start < c.end) continue;
    const m = OWN_LINE.exec(raw.slice(line.start, line.end));
    if (!m) continue;
    const start = line.end - m[1].length;
    const directive = directiveOf(m[1], { start, end: line.end });
    if (directive) found.push(directive);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function directiveOf(body: string, span: Span): Directive | undefined {
  const head = HEAD.exec(body);
  if (!head) return undefined;
  const word = head[1];
  const rest = body.slice(head[0].length);
  const separator = /--|——/u.exec(rest);
  const list = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? collapse(rest.slice(separator.index + separator[0].length)) : '';
  return {
    kind: isDirectiveKind(word) ? word : null,
    word,
    rules: list.split(/[\s,，、]+/u).filter((r) => r !== ''),
    reason: reason === '' ? null : reason,
    text: collapse(body),
    span,
  };
}

function isDirectiveKind(word: string): word is DirectiveKind {
  return DIRECTIVE_KINDS.some((kind) => kind === word);
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
