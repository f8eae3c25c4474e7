// Bounds on a pack's lists of names: the publisher's aliases and the accepted forms of its 来源
// line are compared with every credit every document gives, so a pack written (or generated) with
// thousands of them, or very long ones, would slow every check. A real notice needs a handful.
import { valueAt, type Issue } from './validation.js';

export const NAME_LIST_LIMITS = { items: 50, characters: 60 } as const;

const LISTS = [
  { path: ['publisher', 'aliases'], noun: 'aliases', keep: 'the names the publisher is really credited by' },
  { path: ['publisher', 'suffixes'], noun: 'suffixes', keep: 'the words really written after the name in a credit' },
  { path: ['attribution', 'accepted'], noun: 'accepted forms', keep: 'the forms of the 来源 line that really occur' },
] as const;

/** One issue for a list that is too long, else one for each name that is. */
export function nameListIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const { path, noun, keep } of LISTS) {
    const names = valueAt(raw, [...path]);
    if (!Array.isArray(names)) continue;
    if (names.length > NAME_LIST_LIMITS.items) {
      issues.push({ path: [...path], target: 'key', message: `${names.length} ${noun} is too many: at most ${NAME_LIST_LIMITS.items} (keep ${keep})` });
      continue;
    }
    names.forEach((name, i) => {
      if (typeof name !== 'string' || name.length <= NAME_LIST_LIMITS.characters) return;
      const shown = `${name.slice(0, 30)}…`;
      issues.push({ path: [...path, i], target: 'value', message: `'${shown}' is ${name.length} characters long: a name in ${path.join('.')} has at most ${NAME_LIST_LIMITS.characters}` });
    });
  }
  return issues;
}
