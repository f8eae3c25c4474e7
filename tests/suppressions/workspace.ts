import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CheckResults } from '../../src/core/judge/types.js';
import { laiyuan, type Run } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

/** A temporary content repository: laiyuan.yaml, the CRI test corpus under corpus/, and content/. */
export function workspace(files: Record<string, string>): { dir: string; write(file: string, text: string): void; read(file: string): string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-'));
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  cpSync(path.join(ROOT, 'fixtures/corpus/cri'), path.join(dir, 'corpus'), { recursive: true });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  for (const [file, text] of Object.entries(files)) write(file, text);
  return { dir, write, read: (file) => readFileSync(path.join(dir, file), 'utf8') };
}

/** `laiyuan check … --format json` in the folder, its results parsed. */
export function checkJson(dir: string, args: string[]): Run & { results: CheckResults } {
  const run = laiyuan(['check', ...args, '--format', 'json'], { cwd: dir });
  let results: CheckResults;
  try {
    results = JSON.parse(run.stdout) as CheckResults;
  } catch {
    throw new Error(`no JSON on stdout (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, results };
}
