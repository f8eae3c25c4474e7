#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerCheckCommand } from './commands/check.js';
import { registerConfigCommand } from './commands/config.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerIndexCommand } from './commands/index-file.js';
import { registerIndexServerCommands } from './commands/index-server.js';
import { registerInspectCommand } from './commands/inspect.js';
import { registerMatchCommand } from './commands/match.js';
import { registerRulesCommand } from './commands/rules.js';
import { describeError } from './errors.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('laiyuan')
    .description('Checks reprinted news against the publisher\'s reprint notice (来源 attribution, licences, reuse).')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride();
  registerCheckCommand(program);
  registerMatchCommand(program);
  registerIndexCommand(program);
  registerInspectCommand(program);
  registerConfigCommand(program);
  registerRulesCommand(program);
  registerExplainCommand(program);
  registerIndexServerCommands(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has printed its message; --help and --version exit 0
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`laiyuan: ${describeError(error)}\n`);
    process.exitCode = 2;
  }
}

await main(process.argv);
