// What --quiet left out of the people's reports (HTML, Markdown), said in their words.
import type { HiddenCounts } from './options.js';

/** `3 个警告和 1 个提示因 --quiet 未列出`, or undefined when --quiet left nothing out. */
export function quietNote(hidden: HiddenCounts | undefined): string | undefined {
  if (!hidden || hidden.warnings + hidden.infos === 0) return undefined;
  const counts = [hidden.warnings > 0 ? `${hidden.warnings} 个警告` : '', hidden.infos > 0 ? `${hidden.infos} 个提示` : ''].filter(Boolean);
  return `另有 ${counts.join('和 ')}因 --quiet 未列出`;
}
