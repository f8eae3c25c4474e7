/** Every rule id a config may set; `laiyuan-directive` and `unused-disable-directive` are reported by the suppression layer. */
export const RULE_IDS = [
  'unauthorized-reuse',
  'missing-attribution',
  'out-of-scope',
  'wrong-source',
  'nonstandard-attribution',
  'predates-source',
  'commercial-reuse',
  'laiyuan-directive',
  'unused-disable-directive',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** What a config may set a rule to. */
export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
