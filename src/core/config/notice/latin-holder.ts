// The holder a copyright line names in Latin letters only (Copyright © 2024 Nanjiang Daily. All
// rights reserved.), as the English footers of Chinese outlets write it. A web address there
// (by www.example.com.cn) is where the site is, not whose it is: it names no one.

/** What stands between the mark and the name: ©, (c), Copyright, years, by. */
const LEAD = /^(?:[\s©.,:]|\(c\)|copyright|\d{4}(?:\s?-\s?\d{4})?|by\b){0,12}/u;
/** The name: Latin words, with the dots, commas, brackets and ampersands of a company's name. */
const NAME = /^[a-z0-9][a-z0-9&.,'()\- ]{0,60}/u;
const RESERVED = /all rights reserved/u;
/** A company's name may end in an abbreviation and its dot (Co., Ltd.); another last dot ends the sentence. */
const ABBREVIATED = /\b(?:ltd|co|inc|corp|plc|llc)\.$/u;
const ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/u;

/** The name and where it ends in the folded line, or undefined when the line names no one in Latin letters. */
export function latinHolder(norm: string): { name: string; end: number } | undefined {
  const mark = norm.search(/copyright|©|\(c\)/u);
  if (mark < 0) return undefined;
  const from = mark + (LEAD.exec(norm.slice(mark))?.[0].length ?? 0);
  const rest = norm.slice(from);
  const reserved = rest.search(RESERVED);
  const raw = NAME.exec(reserved >= 0 ? rest.slice(0, reserved) : rest)?.[0] ?? '';
  const name = trimEnd(raw);
  if (!/[a-z]{2}/u.test(name) || ADDRESS.test(name)) return undefined;
  return { name, end: from + name.length };
}

function trimEnd(name: string): string {
  const trimmed = name.replace(/[\s,;:-]+$/u, '');
  return trimmed.endsWith('.') && !ABBREVIATED.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
