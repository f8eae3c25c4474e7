// A scratch content repository in the system's temporary folder: made before a test file's tests
// from a map of relative paths to file texts, removed after them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { laiyuan, type Run } from '../e2e/cli.js';

/** The site's files, made before the tests; `run` runs the built CLI in it, `dir` is its folder. */
export function useFiles(prefix: string, files: () => Record<string, string>): { run: (args: string[]) => Run; dir: () => string } {
  let site = '';
  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), prefix));
    for (const [name, text] of Object.entries(files())) {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    }
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  return { run: (args) => laiyuan(args, { cwd: site }), dir: () => site };
}
