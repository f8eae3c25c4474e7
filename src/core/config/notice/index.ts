// A notice's own text compiled into pack data (see compile.ts), one reader per kind of term.
export { compileNotice, type CompiledNotice, type CompileResult, type MappedSentence } from './compile.js';
export type { TermKind } from './reading.js';
export { unlistedRestrictedUses } from './unlisted-uses.js';
