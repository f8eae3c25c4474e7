import type { Command, Option } from 'commander';
import { UserError } from './errors.js';

/** The arguments that name files or folders (a rule id, say, is not one). */
const PATH_ARGUMENTS = new Set(['paths', 'file', 'notice', 'pack']);

/**
 * An empty path ("", or an unset shell variable) as an argument would resolve to the working
 * folder and read (or write) there; an option given an empty or blank value ("", " ") names no
 * file, pack, URL or name, where its default would have been taken silently: either stops the run
 * before any work, exit 2.
 */
export function refuseEmptyPaths(command: Command): void {
  command.registeredArguments.forEach((argument, i) => {
    if (!PATH_ARGUMENTS.has(argument.name()) || !holdsEmpty(command.processedArgs[i])) return;
    const shown = argument.variadic ? `${argument.name()}...` : argument.name();
    const what = argument.name() === 'paths' ? { noun: 'path', hint: 'a file or folder' } : { noun: argument.name(), hint: `the ${argument.name()}` };
    throw new UserError(`empty ${what.noun} argument ("") for <${shown}> of '${commandName(command)}': name ${what.hint} (is a shell variable unset?)`);
  });
  for (const option of command.options) {
    const blank = option.required ? blankOf(command.getOptionValue(option.attributeName())) : undefined;
    if (blank === undefined) continue;
    throw new UserError(`empty value (${JSON.stringify(blank)}) for ${option.flags} of '${commandName(command)}': ${askFor(option)} (is a shell variable unset?)`);
  }
}

function holdsEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.includes('') : value === '';
}

/** An option's value (or one of a repeated option's) that is empty or only spaces. */
function blankOf(value: unknown): string | undefined {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.find((v): v is string => typeof v === 'string' && v.trim() === '');
}

const ASK: Record<string, string> = { file: 'name a file', path: 'name a file or folder', url: 'give a postgres:// URL', id: 'name a pack', name: 'give a name' };

function askFor(option: Option): string {
  const placeholder = /<([a-z-]+)>$/u.exec(option.flags)?.[1] ?? '';
  return ASK[placeholder] ?? 'give a value';
}

function commandName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
