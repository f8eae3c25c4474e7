// The same page written two ways (characters, or references/escapes of them) must check the same:
// what both tests of that compare, the findings of `check content` with the columns left out.
import type { CheckResults } from '../../src/core/judge/types.js';
import { laiyuan } from './cli.js';

/** The JSON report of `laiyuan check content` run in `cwd`. */
export const checkContent = (cwd: string) => JSON.parse(laiyuan(['check', 'content', '--format', 'json'], { cwd }).stdout) as CheckResults;

/** A value as JSON without its column fields: columns count the file's characters, which differ. */
export const withoutColumns = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (/column/iu.test(key) ? undefined : v));
