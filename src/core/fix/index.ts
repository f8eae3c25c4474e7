// Stage 6 · fix — the edits that make findings go away (never imports suppress).
// In: a text and its Finding[] with their TextEdits. Out: a plan of non-overlapping edits, the
// fixed text, and a unified diff for --fix-dry-run. Writing files is io's job.

export { applyEdits, inTraditional, planFixes, type FixPlan } from './edits.js';
export { unifiedDiff } from './unified-diff.js';
