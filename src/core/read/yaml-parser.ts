// What the front-matter reader uses of yaml, loaded by parsers.ts when a file first has front
// matter. Named here, not imported whole: in the bundled CLI (scripts/bundle-cli.mjs) a dynamic
// import of a CommonJS package such as yaml would give its default export only.
export { isMap, isNode, isScalar, isSeq, parseDocument, visit } from 'yaml';
