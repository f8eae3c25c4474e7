/** The fence that opens YAML front matter, at the very start of a Markdown file. */
export const FRONT_MATTER_OPEN = /^---[ \t]*(\r\n|\r|\n)/;

/** Whether a Markdown file opens with a front matter fence (its closing fence is looked for when read). */
export function hasFrontMatter(raw: string): boolean {
  return FRONT_MATTER_OPEN.test(raw);
}
