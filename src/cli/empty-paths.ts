import type { Command } from 'commander';
import { UserError } from './errors.js';

/** The arguments that name files or folders (a rule id, say, is not one). */
const PATH_ARGUMENTS = new Set(['paths', 'file', 'notice', 'pack']);

/**
 * An empty path argument ("", or an unset shell variable) would resolve to the working folder and
 * read everything there: it stops the run before any work, exit 2.
 */
export function refuseEmptyPaths(command: Command): void {
  command.registeredArguments.forEach((argument, i) => {
    if (!PATH_ARGUMENTS.has(argument.name())) return;
    const value: unknown = command.processedArgs[i];
    const values = Array.isArray(value) ? value : [value];
    if (!values.includes('')) return;
    const shown = argument.variadic ? `${argument.name()}...` : argument.name();
    const what = argument.name() === 'paths' ? { noun: 'path', hint: 'a file or folder' } : { noun: argument.name(), hint: `the ${argument.name()}` };
    throw new UserError(`empty ${what.noun} argument ("") for <${shown}> of '${commandName(command)}': name ${what.hint} (is a shell variable unset?)`);
  });
}

function commandName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
