// The pretty report's width when standard output is not a terminal (as in these runs): COLUMNS when
// set, as git, ls and less read it, else 80.
import { describe, expect, it } from 'vitest';
import { cellWidth } from '../../src/formats/cells.js';
import { laiyuan } from './cli.js';

const ARGS = ['check', 'fixtures/demo'];
const WRONG_SOURCE = '注明的来源是「新华网」，但所用内容出自国际在线，应注明「来源:国际在线」  wrong-source';

function widest(text: string): number {
  return Math.max(...text.split('\n').map(cellWidth));
}

describe('pretty output piped', () => {
  it('is 80 columns wide without COLUMNS: a long message wraps', () => {
    const run = laiyuan(ARGS, { env: { COLUMNS: '' } });
    expect(run.code).toBe(1);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect(run.stdout).not.toContain(WRONG_SOURCE);
  });

  it('is COLUMNS wide when COLUMNS is set: the message and rule id fit on one line', () => {
    const run = laiyuan(ARGS, { env: { COLUMNS: '140' } });
    expect(run.code).toBe(1);
    expect(widest(run.stdout)).toBeLessThanOrEqual(140);
    expect(widest(run.stdout)).toBeGreaterThan(80);
    expect(run.stdout).toContain(`  8:1  error  ${WRONG_SOURCE}\n`);
  });

  it('-v lays a passage beside its source at COLUMNS 160, one under the other at 80', () => {
    const wide = laiyuan([...ARGS, '-v'], { env: { COLUMNS: '160' } });
    const narrow = laiyuan([...ARGS, '-v'], { env: { COLUMNS: '' } });
    expect(widest(wide.stdout)).toBeLessThanOrEqual(160);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(80);
    expect(wide.stdout.split('\n').length).toBeLessThan(narrow.stdout.split('\n').length);
  });

  it('ignores a COLUMNS that is not a whole number above 0', () => {
    const plain = laiyuan(ARGS, { env: { COLUMNS: '' } }).stdout;
    for (const columns of ['0', 'wide', '-120', '12x']) expect(laiyuan(ARGS, { env: { COLUMNS: columns } }).stdout, columns).toBe(plain);
  });
});
