import type { Rule } from '../core/judge/rule.js';
import { commercialReuse } from './commercial-reuse.js';
import { missingAttribution } from './missing-attribution.js';
import { nonstandardAttribution } from './nonstandard-attribution.js';
import { outOfScope } from './out-of-scope.js';
import { predatesSource } from './predates-source.js';
import { unauthorizedReuse } from './unauthorized-reuse.js';
import { wrongSource } from './wrong-source.js';

/** Every rule, in the order findings are reported for one subject. */
export const RULES: readonly Rule[] = [unauthorizedReuse, outOfScope, missingAttribution, wrongSource, nonstandardAttribution, predatesSource, commercialReuse];
