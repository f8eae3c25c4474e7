import type { FileCheck } from '../io/file-check.js';
import { counted } from './counted.js';

/**
 * The warnings of a run whose undated documents were dated today because git refused or failed
 * to give their files' last commit dates (a date a licence's window or clause 5's 30 days may hang
 * on): one line per repository git refuses, naming the fix; one line for all other failures.
 */
export function dateTroubleLines(checks: readonly FileCheck[]): string {
  const troubled = checks.filter((c) => c.dateTrouble !== undefined);
  const refused = [...new Set(troubled.flatMap((c) => (c.dateTrouble?.refused !== undefined ? [c.dateTrouble.refused] : [])))];
  const failed = troubled.filter((c) => c.dateTrouble?.refused === undefined);
  return [...refused.map(refusedLine), ...(failed.length > 0 ? [failedLine(failed[0], failed.length)] : [])].join('');
}

function refusedLine(root: string): string {
  return (
    `laiyuan: warning: git refuses the repository ${root}: it is owned by another user ("dubious ownership", as in a GitHub Actions container), ` +
    `so documents in it that state no date were dated today, not by their file's last commit; if you trust it, run: git config --global --add safe.directory ${root}\n`
  );
}

function failedLine(first: FileCheck, files: number): string {
  const others = files > 1 ? ` (nor of ${counted(files - 1, 'other file')})` : '';
  const reason = first.dateTrouble?.reason ?? 'it failed';
  return `laiyuan: warning: git could not give the last commit date of ${first.file}${others}: ${reason}; documents that state no date were dated today (--date gives the date)\n`;
}
