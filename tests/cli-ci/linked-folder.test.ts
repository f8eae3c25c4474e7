// A folder named on the command line through a symbolic link (alias → content), beside the folder
// itself: `check content alias` said "no files to check in alias" (exit 2, and --fix wrote
// nothing), its files being listed under content already. Each file is checked once, under its own
// name when it has one, and --fix writes it in place, through the link to the real file.
import { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;
const FIXABLE = 'licensed/2024-04-lishu-moshi-heitudi.md';

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-linked-folder-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  symlinkSync('content', path.join(site, 'alias'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const run = (args: string[]) => laiyuan(args, { cwd: site });

function places(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: Array<{ file: string; ruleId: string; line: number }> }).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
}

describe('a folder named through a link beside the folder itself', () => {
  it('checks each file once, under its own name, whichever is named first', () => {
    const plain = run(['check', 'content', '--format', 'json']);
    expect(plain.code).toBe(1);
    for (const args of [['content', 'alias'], ['alias', 'content']]) {
      const linked = run(['check', ...args, '--format', 'json']);
      expect([linked.code, linked.stderr], args.join(' ')).toEqual([1, '']);
      expect(places(linked.stdout), args.join(' ')).toEqual(places(plain.stdout));
    }
  });

  it('--fix writes the fix once, in the real file; the link stays a link', () => {
    const before = readFileSync(path.join(site, 'content', FIXABLE), 'utf8');
    expect(before).toContain('来源：CRI');
    expect(run(['check', 'content', 'alias', '--fix']).code).toBe(1);
    const after = readFileSync(path.join(site, 'content', FIXABLE), 'utf8');
    expect(after).toBe(before.replace('来源：CRI', '来源:国际在线'));
    expect(lstatSync(path.join(site, 'alias')).isSymbolicLink()).toBe(true);
  });

  it('named alone, --fix writes through the link to the real file', () => {
    // a licence for every path, so that the file is licensed as alias/… too
    writeFileSync(path.join(site, 'laiyuan.yaml'), readFileSync(path.join(site, 'laiyuan.yaml'), 'utf8').replace(/^ *paths:.*\n/mu, ''));
    const before = readFileSync(path.join(site, 'content', FIXABLE), 'utf8');
    expect(run(['check', 'alias', '--fix']).code).toBe(1);
    expect(readFileSync(path.join(site, 'content', FIXABLE), 'utf8')).toBe(before.replace('来源：CRI', '来源:国际在线'));
    expect(lstatSync(path.join(site, 'alias')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(site, 'content', FIXABLE)).isFile()).toBe(true);
  });
});
