// What stands between the findings of a check and its report: inline suppressions, then the baseline.
import path from 'node:path';
import type { Command } from 'commander';
import { buildBaseline, newFindings, pruneBaseline, type Baseline } from '../core/suppress/baseline.js';
import type { Project } from '../core/judge/check-document.js';
import { applySuppressions, type SuppressionOptions } from '../core/suppress/suppressions.js';
import { leanFinding } from '../formats/lean.js';
import type { Finding } from '../core/judge/types.js';
import { baselineFileExists, baselineFileKey, readBaseline, UNREAD_BASELINE, writeBaseline } from '../io/baseline.js';
import { wasChecked, type FileCheck } from '../io/file-check.js';
import { writeTrouble } from '../io/write-trouble.js';
import { UserError } from './errors.js';
import { refuseFolder } from './not-folder.js';
import { configErrorLines } from './shared.js';

export interface FilterFlags {
  reportUnusedDisableDirectives?: boolean;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
}

export function addFilterOptions(command: Command): void {
  command
    .option('--report-unused-disable-directives', 'report laiyuan-disable comments that suppress nothing')
    .option('--baseline <file>', 'report only findings that are not recorded in this baseline file')
    .option('--write-baseline <file>', 'record every current finding in this baseline file (then none is reported)')
    .option('--prune-baseline', 'with --baseline: drop recorded findings that no longer occur from the file');
}

export interface Filters {
  flags: FilterFlags;
  cwd: string;
  /** The baseline read by --baseline, absolute path and content. */
  baseline?: { file: string; value: Baseline };
}

/** Checks the flags and reads the baseline before any work is done: a broken one stops the run (exit 2). */
export async function prepareFilters(flags: FilterFlags, cwd: string): Promise<Filters> {
  if (flags.pruneBaseline && !flags.baseline) throw new UserError('--prune-baseline needs --baseline <file>: name the baseline to prune');
  if (flags.writeBaseline && flags.baseline) {
    throw new UserError('--write-baseline records a new baseline: use it without --baseline (to update one, use --baseline <file> --prune-baseline)');
  }
  if (flags.writeBaseline) await requireNotFolder(flags.writeBaseline, '--write-baseline', cwd);
  if (!flags.baseline) return { flags, cwd };
  await requireNotFolder(flags.baseline, '--baseline', cwd);
  const file = path.resolve(cwd, flags.baseline);
  const read = await readBaseline(file);
  if (!read.ok) {
    const more = read.errors.length > 1 ? ` (and ${read.errors.length - 1} more)` : '';
    const line = configErrorLines(read.errors.slice(0, 1)).replace(/^laiyuan: /u, '').trimEnd();
    const remedy = read.errors[0]?.message.startsWith(UNREAD_BASELINE) === true ? ', or record a new baseline with --write-baseline' : '; fix it, or record a new baseline with --write-baseline';
    throw new UserError(`${line}${more}${remedy} ${flags.baseline}`);
  }
  return { flags, cwd, baseline: { file, value: read.value } };
}

/** A baseline named as a folder: said so, with the file to name instead (not a new baseline written to the folder). */
function requireNotFolder(given: string, option: string, cwd: string): Promise<void> {
  return refuseFolder(given, option, cwd, 'baseline file', '.laiyuan-baseline.json');
}

function suppressionOptions(flags: FilterFlags, project: Project): SuppressionOptions {
  return { ruleIds: project.rules.map((r) => r.id), reportUnused: Boolean(flags.reportUnusedDisableDirectives), settings: project.config.rules };
}

/**
 * A file's check as a run that neither fixes nor caches keeps it: its suppressions applied, its
 * documents let go (applyFilters then finds no directive to apply twice), and with `lean` its
 * findings without what the run's formats never read. Standard input is kept whole (its
 * documents name it in the report's hashes).
 */
export function settleCheck(flags: FilterFlags, project: Project, lean: boolean): (check: FileCheck) => FileCheck {
  const options = suppressionOptions(flags, project);
  return (check) => {
    if (check.file === '-') return check;
    const findings = applySuppressions(check.documents, check.findings, options);
    return { ...check, documents: [], findings: lean ? findings.map(leanFinding) : findings };
  };
}

/** The checks with suppressed findings removed, then those the baseline knows; writes baselines asked for. */
export async function applyFilters(checks: readonly FileCheck[], filters: Filters, project: Project): Promise<FileCheck[]> {
  const options = suppressionOptions(filters.flags, project);
  const suppressed = checks.map((c) => ({ ...c, findings: applySuppressions(c.documents, c.findings, options) }));
  const baseline = await resolveBaseline(suppressed, filters);
  if (!baseline) return suppressed;
  const fresh = new Set(newFindings(suppressed.flatMap((c) => c.findings), baseline.value, baselineFileKey(baseline.file, filters.cwd)));
  const known = suppressed.reduce((n, c) => n + c.findings.length, 0) - fresh.size;
  // the baseline as the user named it: from a folder reached through a link, a name relative to the real folder would mislead
  if (known > 0 && !filters.flags.writeBaseline) note(`${known} finding(s) recorded in ${filters.flags.baseline ?? baseline.file} not reported`);
  return suppressed.map((c) => ({ ...c, findings: c.findings.filter((f) => fresh.has(f)) }));
}

/** The baseline to filter by: written now (--write-baseline), pruned (--prune-baseline), or as read. */
async function resolveBaseline(checks: readonly FileCheck[], filters: Filters): Promise<{ file: string; value: Baseline } | undefined> {
  const findings: Finding[] = checks.flatMap((c) => c.findings);
  const { flags, cwd } = filters;
  if (flags.writeBaseline) {
    const file = path.resolve(cwd, flags.writeBaseline);
    const value = buildBaseline(findings, baselineFileKey(file, cwd));
    await save(file, value, flags.writeBaseline);
    note(`wrote ${findings.length} finding(s) of ${new Set(value.entries.map((e) => e.file)).size} file(s) to ${flags.writeBaseline}`);
    return { file, value };
  }
  if (!filters.baseline || !flags.pruneBaseline) return filters.baseline;
  const { file, value } = filters.baseline;
  const key = baselineFileKey(file, cwd);
  const checked = new Set(checks.filter((c) => c.file !== '-' && wasChecked(c)).map((c) => key(c.file)));
  const pruned = pruneBaseline(value, findings, key, checked, baselineFileExists(file));
  await save(file, pruned.baseline, flags.baseline ?? file);
  note(`removed ${pruned.removed} finding(s) that no longer occur from ${flags.baseline}`);
  return { file, value: pruned.baseline };
}

async function save(file: string, baseline: Baseline, shownName: string): Promise<void> {
  try {
    await writeBaseline(file, baseline);
  } catch (error) {
    throw new UserError(`cannot write the baseline ${shownName}: ${writeTrouble(path.dirname(file), error, file)}`);
  }
}

function note(text: string): void {
  process.stderr.write(`laiyuan: note: ${text}\n`);
}
