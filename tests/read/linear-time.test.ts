// Hostile shapes checked end to end (read → metadata → match → rules): the cost at 16n must stay
// near sixteen times the cost at n (two steps of 4n). A pattern that backtracks or a loop that
// rescans the rest of the line costs 256 times as much; the bound of 64 (8 per step of 4n) leaves
// room for a loaded machine and the garbage collector without letting a square through. Each
// cost is the best of three runs.
import { describe, expect, it } from 'vitest';
import { check } from '../rules/harness.js';
import { parseDocuments } from '../../src/core/read/index.js';

/** The smallest size tried; it doubles until the small run costs enough to time. */
const N = 4_000;
const ENOUGH_MS = 20;

type Shape = [name: string, path: string, make: (n: number) => string];

const repeat = (unit: string) => (n: number) => unit.repeat(n);
const frontMatter = (n: number) => `---\n${Array.from({ length: n / 4 }, (_, i) => `k${i}: 值${i}`).join('\n')}\n---\n国际在线消息：正文。\n`;

const SHAPES: Shape[] = [
  ['`![` repeated', 'a.md', repeat('![')],
  ['front matter of kN: 值N lines', 'a.md', frontMatter],
  ['nested brackets', 'a.md', (n) => `${'['.repeat(n)}x${']('.repeat(n)}`],
  ['a run of *', 'a.md', repeat('*')],
  ['** openers never closed', 'a.md', repeat('**a ')],
  ['a run of _', 'a.md', repeat('_')],
  ['a run of <', 'a.md', repeat('<')],
  ['<a never closed', 'a.md', repeat('<a ')],
  ['a run of &', 'a.md', repeat('&')],
  ['&#123 never closed', 'a.md', repeat('&#123')],
  ['quotes', 'a.md', repeat('"“‘')],
  ['来源 repeated', 'a.md', repeat('来源')],
  ['（ without a close', 'a.md', repeat('（')],
  ['backtick runs of every length', 'a.md', (n) => Array.from({ length: Math.sqrt(n) }, (_, i) => '`'.repeat(i + 1)).join('a')],
  ['a long run of backticks', 'a.md', (n) => `${'`'.repeat(n)}a`],
  ['<!-- never closed', 'a.md', repeat('<!--')],
  ['nested block quotes', 'a.md', repeat('> ')],
  ['a heading of spaces', 'a.md', (n) => `# a${' '.repeat(n)}b`],
  ['a table row of spaces', 'a.md', (n) => `|---${' '.repeat(n)}x`],
  ['comment lines under directives', 'a.md', repeat('<!-- x -->\n')],
  ['HTML: < run', 'a.html', repeat('<')],
  ['HTML: unclosed tags', 'a.html', repeat('<p><b>来源')],
  ['HTML: unclosed hidden tags', 'a.html', repeat('<nav><i>来源</u>')],
  ['text: 来源： repeated', 'a.txt', repeat('来源：')],
  ['text: （ without a close', 'a.txt', repeat('（来源：')],
];

async function cost(text: string, path: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    // CPU time, not wall: on a loaded machine the wall clock counts other processes' turns
    const start = process.cpuUsage();
    await check(text, { path: `content/${path}` });
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('cost linear in the size of hostile input', () => {
  it.each(SHAPES)('%s', async (_name, path, make) => {
    let n = N;
    while (n < 16 * N && (await cost(make(n), path)) < ENOUGH_MS) n *= 2;
    const small = make(n);
    const large = make(16 * n);
    // the shape really is read: the reader accepts it whole
    const format = path.endsWith('.md') ? 'markdown' : path.endsWith('.html') ? 'html' : 'text';
    expect(parseDocuments(large, path, format).documents[0].raw).toBe(large);
    const ratio = (await cost(large, path)) / (await cost(small, path));
    expect(ratio).toBeLessThan(64);
  });
});
