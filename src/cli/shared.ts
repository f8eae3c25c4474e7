import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigError, Pack } from '../core/config/types.js';
import { missingTerms } from '../core/config/pack-entries.js';
import type { RuleMeta } from '../core/judge/types.js';
import { DIRECTIVE_RULES } from '../core/suppress/suppressions.js';
import { RULES } from '../rules/index.js';

/** Colours on a terminal only, never with NO_COLOR; FORCE_COLOR forces them. */
export function useColor(allowed: boolean): boolean {
  if (!allowed || 'NO_COLOR' in process.env) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

/**
 * COLUMNS when it is a whole number above 0 (as git, ls and less read it: a width asked for, piped
 * or not), else the terminal's width in cells, else 80 (output piped or redirected).
 */
export function terminalWidth(): number {
  // exactly a whole number, as README says: ' 100' or '100 ' is not one
  const asked = process.env.COLUMNS ?? '';
  if (/^[0-9]{1,6}$/.test(asked) && Number(asked) > 0) return Number(asked);
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns > 0 ? columns : 80;
}

/**
 * The repository's root in GitHub Actions (GITHUB_WORKSPACE, unless empty), which GitHub places
 * annotations and code-scanning alerts by (FormatOptions.repositoryRoot): absolute and with its
 * links resolved, as the cwd is, so that a file under it is seen to be there.
 */
export async function repositoryRoot(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) return undefined;
  const absolute = path.resolve(cwd, workspace);
  return realpath(absolute).catch(() => absolute);
}

/** Every rule (or, given the packs of a run, those that run for at least one of them), then the directive rules. */
export function ruleMetas(packs?: readonly Pack[]): RuleMeta[] {
  const rules = packs ? RULES.filter((rule) => packs.some((pack) => missingTerms(pack, rule.needs).length === 0)) : RULES;
  return [...rules.map(({ id, description, docs, defaultSeverity }) => ({ id, description, docs, defaultSeverity })), ...DIRECTIVE_RULES];
}

/** One line per error: file:line:column: message (key path). */
export function configErrorLines(errors: readonly ConfigError[]): string {
  return problemLines(errors, '');
}

/** Warnings on what was checked with loss (bytes not valid in a file's encoding), a line each as errors are. */
export function warningLines(warnings: readonly ConfigError[]): string {
  return problemLines(warnings, 'warning: ');
}

function problemLines(problems: readonly ConfigError[], kind: string): string {
  return problems
    .map((e) => {
      const where = [e.file, e.line, e.column].filter((x) => x !== undefined).join(':');
      return `laiyuan: ${kind}${where}: ${e.message}${e.path ? ` (${e.path})` : ''}\n`;
    })
    .join('');
}
