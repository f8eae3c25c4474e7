// Checks that wait on git for a date (io/date-waits.ts) are finished once git answers, the next
// checked meanwhile. A check failing after it waited must fail the run even where the caller kept
// no promise of it (the main thread's share), and the text the waiting checks hold is bounded, not
// only their count: 256 pages of a few MB each would hold gigabytes on each thread.
import { describe, expect, it } from 'vitest';
import { CHARS_WAITED, DateWaits, checkOrWait } from '../../src/io/date-waits.js';
import type { FileCheck } from '../../src/io/file-check.js';

const checked = (file: string): FileCheck => ({ file, documents: [], documentCount: 1, findings: [], errors: [] });
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('checks waiting on git for a date', () => {
  it('a check failing after it waited fails all(), though its start was not awaited for it', async () => {
    const waits = new DateWaits();
    const finished: string[] = [];
    await waits.start(async (told) => {
      told(1000);
      await later(30);
      throw new Error('判定时出错');
    }, (c) => finished.push(c.file));
    await waits.start(async () => checked('b.md'), (c) => finished.push(c.file));
    await later(60);
    await expect(waits.all()).rejects.toThrow('判定时出错');
    expect(finished).toEqual(['b.md']);
  });

  it('checks that hold CHARS_WAITED characters between them are waited for, however few', async () => {
    const waits = new DateWaits();
    let released = 0;
    const gate = new Promise<void>((resolve) => setTimeout(resolve, 20));
    const big = async (told: (chars: number) => void, file: string) => {
      told(CHARS_WAITED / 2);
      await gate;
      released++;
      return checked(file);
    };
    const first = await waits.start((told) => big(told, 'a.md'), () => undefined);
    expect(first.later).toBeDefined();
    expect(released).toBe(0);
    // the second brings the text held to the bound: start returns only once one of them is done
    await waits.start((told) => big(told, 'b.md'), () => undefined);
    expect(released).toBeGreaterThan(0);
    await waits.all();
  });

  it('a check that never waits is given back done', async () => {
    const pending = await checkOrWait(async () => checked('c.md'));
    expect([pending.check?.file, pending.chars]).toEqual(['c.md', 0]);
  });
});
