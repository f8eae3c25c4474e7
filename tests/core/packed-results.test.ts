import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/core/shared/mapped.js';

// V8's own test hooks (%OptimizeFunctionOnNextCall, %HasHoleyElements), for functions made after this
setFlagsFromString('--allow-natives-syntax');

type Credits = (lines: readonly string[]) => Array<{ credit: string }>;

/** Whether `run`'s array is holey once TurboFan has compiled it (as a hot check's code is). */
const holeyOptimised = new Function(
  'run',
  'lines',
  `%PrepareFunctionForOptimization(run);
   for (let i = 0; i < 20; i++) run(lines);
   %OptimizeFunctionOnNextCall(run);
   const out = run(lines);
   return %GetOptimizationStatus(run) & 16 ? %HasHoleyElements(out) : undefined;`,
) as (run: Credits, lines: readonly string[]) => boolean | undefined;

const lines = ['来源：新华社', '来源：国际在线', '责任编辑：王小明'];

describe('mapped: results of one elements kind, optimised or not (issue 10, speed)', () => {
  it('gives what map gives, each line with its place', () => {
    expect(mapped(lines, (line, at) => `${at}:${line}`)).toEqual(['0:来源：新华社', '1:来源：国际在线', '2:责任编辑：王小明']);
    expect(mapped([], (line: string) => line)).toEqual([]);
  });

  it('stays packed in optimised code, where an inlined Array.prototype.map makes a holey array (a "wrong map" deopt where it is read)', () => {
    const credits: Credits = (all) => mapped(all, (line) => ({ credit: line }));
    expect(holeyOptimised(credits, lines)).toBe(false);
  });
});
