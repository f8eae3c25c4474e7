// Shared by every stage — imports nothing from the stages.
// Types every stage uses (types.ts: Severity, Span, Located, Range), line splitting, binary
// search, the stable hash of fingerprints, and the character fold tables (key text).

export type { Located, Range, Severity, Span } from './types.js';
export { splitLines, type Line } from './lines.js';
export { stableHash } from './stable-hash.js';
export { keyText } from './keytext.js';
