import { Command } from 'commander';
import { refuseEmptyPaths } from './empty-paths.js';
import { VERSION } from './version.js';

type Register = (program: Command) => void;

/**
 * Each command's module, imported only when that command runs: `laiyuan --version` loads none,
 * `laiyuan check` only what a check needs. Help, and a name that is no command (to suggest
 * one), load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  check: async () => (await import('./commands/check.js')).registerCheckCommand,
  match: async () => (await import('./commands/match.js')).registerMatchCommand,
  index: async () => {
    const [file, server] = await Promise.all([import('./commands/index-file.js'), import('./commands/index-server.js')]);
    return (program) => {
      file.registerIndexCommand(program);
      server.registerIndexServerCommands(program);
    };
  },
  inspect: async () => (await import('./commands/inspect.js')).registerInspectCommand,
  config: async () => (await import('./commands/config.js')).registerConfigCommand,
  rules: async () => (await import('./commands/rules.js')).registerRulesCommand,
  explain: async () => (await import('./commands/explain.js')).registerExplainCommand,
  init: async () => (await import('./commands/init.js')).registerInitCommand,
};

/** The commands to load for these arguments (argv without node and the script). */
export function commandsFor(args: readonly string[]): string[] {
  const first = args.find((a) => !a.startsWith('-'));
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) return [first];
  if (first === undefined && args.some((a) => a === '--version' || a === '-V')) return [];
  return Object.keys(COMMANDS);
}

export async function buildProgram(args: readonly string[] = ['--help']): Promise<Command> {
  const program = new Command('laiyuan')
    .description('Checks reprinted news against the publisher\'s reprint notice (来源 attribution, licences, reuse).')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    // commander's own errors (an unknown option, a missing argument) read as laiyuan's: one line, prefixed
    .configureOutput({ outputError: (text, write) => write(`laiyuan: ${text.replace(/^error: /u, '')}`) })
    .hook('preAction', (_program, command) => refuseEmptyPaths(command));
  const wanted = commandsFor(args);
  const registers = await Promise.all(wanted.map((name) => COMMANDS[name]()));
  for (const register of registers) register(program);
  return program;
}
