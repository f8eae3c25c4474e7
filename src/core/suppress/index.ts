// Stage 6 · suppress — which findings the user has silenced.
// In: Documents and their Finding[]. Out: the Finding[] left after laiyuan-disable comments
// (directives.ts, suppressions.ts) and a baseline of known findings (baseline.ts), plus
// findings about the comments themselves (unused, unknown rule).

export { applySuppressions } from './suppressions.js';
export { buildBaseline, newFindings, parseBaseline, pruneBaseline, serializeBaseline } from './baseline.js';
