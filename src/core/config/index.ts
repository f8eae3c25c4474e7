// Config — used by every stage, imports only shared/.
// In: parsed YAML (laiyuan.yaml, a rule pack) with a locator for positions. Out: a checked
// Config or Pack with its defaults (Loaded<T>: the value, or every ConfigError found), the
// JSON schemas they are checked against, and own-content marker patterns compiled for matching.

export { DEFAULT_MATCH, resolveConfig, packReferenceIssues } from './config.js';
export { resolvePack } from './pack.js';
export { compileMarkerPatterns, markerProblem } from './marker-patterns.js';
export type { Config, Licence, Loaded, MatchOptions, Pack } from './types.js';
