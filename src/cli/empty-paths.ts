import type { Command, Option } from 'commander';
import { UserError } from './errors.js';

/** The arguments that name files or folders (a rule id, say, is not one). */
const PATH_ARGUMENTS = new Set(['paths', 'file', 'notice', 'pack']);

/** The option values that name files or folders, by their placeholder. */
const PATH_VALUE = /<(?:file|path)>$/u;

/**
 * An empty path ("", or an unset shell variable), as an argument or an option's value, would
 * resolve to the working folder and read (or write) there: it stops the run before any work, exit 2.
 */
export function refuseEmptyPaths(command: Command): void {
  command.registeredArguments.forEach((argument, i) => {
    if (!PATH_ARGUMENTS.has(argument.name()) || !holdsEmpty(command.processedArgs[i])) return;
    const shown = argument.variadic ? `${argument.name()}...` : argument.name();
    const what = argument.name() === 'paths' ? { noun: 'path', hint: 'a file or folder' } : { noun: argument.name(), hint: `the ${argument.name()}` };
    throw new UserError(`empty ${what.noun} argument ("") for <${shown}> of '${commandName(command)}': name ${what.hint} (is a shell variable unset?)`);
  });
  for (const option of command.options) {
    if (!PATH_VALUE.test(option.flags) || !holdsEmpty(command.getOptionValue(option.attributeName()))) continue;
    throw new UserError(`empty value ("") for ${option.flags} of '${commandName(command)}': name ${hintOf(option)} (is a shell variable unset?)`);
  }
}

function holdsEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.includes('') : value === '';
}

function hintOf(option: Option): string {
  return option.flags.endsWith('<file>') ? 'a file' : 'a file or folder';
}

function commandName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
