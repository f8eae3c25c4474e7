import type { Finding, TextEdit } from '../judge/types.js';
import { toTraditional } from '../shared/traditional.js';

export interface FixPlan {
  /** Edits to apply together, none overlapping another. */
  edits: TextEdit[];
  /** The findings whose whole fix is in `edits`. */
  fixed: Finding[];
}

/**
 * The fixes that can be applied at once, in the order the findings come: a finding's edits are
 * taken whole or not at all, and not when one overlaps an edit already taken (it stays reported,
 * and the next --fix run applies it to the fixed text). An edit identical to one taken counts as
 * done, so two packs asking for the same attribution line get it once.
 */
export function planFixes(findings: readonly Finding[], textLength: number): FixPlan {
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const finding of findings) {
    const fix = finding.fix ?? [];
    if (fix.length === 0 || !fix.every((e) => inBounds(e, textLength))) continue;
    const fresh = fix.filter((e) => !edits.some((t) => sameEdit(e, t)));
    if (fresh.some((e, i) => edits.some((t) => clash(e, t)) || fresh.slice(i + 1).some((o) => clash(e, o)))) continue;
    edits.push(...fresh);
    fixed.push(finding);
  }
  return { edits, fixed };
}

/** The text with the edits applied; offsets are those of the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The edits in traditional characters (来源:国际在线 → 來源:國際在線), for a file written in them. */
export function inTraditional(edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((e) => ({ ...e, text: toTraditional(e.text) }));
}

function inBounds(e: TextEdit, length: number): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Overlapping ranges, or two edits at the same place (which would come first is a guess). */
function clash(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}
