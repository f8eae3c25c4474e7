// Stage 5 · judge — what the rules say about a document.
// In: a Document, its Metadata and Reuse[], the Project (config, packs, rules, corpus index).
// Out: Finding[] with positions, severity, the clause quoted, the remedy and any fix.
// checkDocument (check-document.ts) runs the stages for one document; engine.ts runs the rules
// (src/rules/, one per file, through rule.ts's interface) on the subjects subjects.ts builds;
// licensing.ts, attribution.ts and markers.ts answer the rules' questions.

export { checkDocument, type DocumentCheck, type DocumentContext, type Project } from './check-document.js';
export type { Rule } from './rule.js';
export type { CheckResults, Finding } from './types.js';
