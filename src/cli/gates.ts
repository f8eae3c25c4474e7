import type { CheckResults } from '../core/judge/types.js';
import type { Severity } from '../core/shared/types.js';
import { isIsoDate } from '../core/config/validation.js';
import { UserError } from './errors.js';
import type { HiddenCounts } from '../formats/options.js';

export type FailOn = Severity | 'never';

export interface Gates {
  failOn: FailOn;
  maxWarnings?: number;
  quiet: boolean;
  /** false with --no-error-on-unreadable: files that cannot be read are reported but do not fail the run. */
  errorOnUnreadable?: boolean;
}

const RANK: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: 99 };

/** 2 for unreadable input (unless --no-error-on-unreadable), 1 for findings at or above the threshold, else 0. */
export function exitCodeFor(results: CheckResults, gates: Gates): number {
  if (results.errors.length > 0 && gates.errorOnUnreadable !== false) return 2;
  const failing = results.findings.some((f) => RANK[f.severity] >= RANK[gates.failOn]);
  const tooManyWarnings = gates.maxWarnings !== undefined && results.summary.warnings > gates.maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}

/**
 * --quiet: only errors are reported (and counted), and whatever else fails the run by --fail-on
 * (--fail-on warning -q lists the warnings it fails on, never "no problems" with exit code 1).
 */
export function applyQuiet(results: CheckResults, gates: Gates): CheckResults {
  if (!gates.quiet) return results;
  const lowest = Math.min(RANK.error, RANK[gates.failOn]);
  const findings = results.findings.filter((f) => RANK[f.severity] >= lowest);
  const files = new Set(findings.map((f) => f.file));
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return { ...results, findings, summary: { ...results.summary, filesWithFindings: files.size, warnings: count('warning'), infos: count('info') } };
}

/** What --quiet left out of `before` to give `after`: undefined when nothing (or without --quiet). */
export function quietHidden(before: CheckResults, after: CheckResults): HiddenCounts | undefined {
  const warnings = before.summary.warnings - after.summary.warnings;
  const infos = before.summary.infos - after.summary.infos;
  return warnings > 0 || infos > 0 ? { warnings, infos } : undefined;
}

export function parseFailOn(value: string): FailOn {
  if (value === 'error' || value === 'warning' || value === 'info' || value === 'never') return value;
  throw new UserError(`--fail-on takes error, warning, info or never, not '${value}'`);
}

export function parseCount(flag: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/u.test(value.trim())) throw new UserError(`${flag} takes a whole number of 0 or more, not '${value}'`);
    return Number(value);
  };
}

export function parseDate(value: string): string {
  if (isIsoDate(value)) return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) throw new UserError(`--date takes a date as YYYY-MM-DD, not '${value}'`);
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) throw new UserError(`--date ${value}: there is no month ${m[2]}; give a date that exists, as YYYY-MM-DD`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  throw new UserError(`--date ${value}: there is no such day (${m[1]}-${m[2]} has ${days} days); give a date that exists, as YYYY-MM-DD`);
}
