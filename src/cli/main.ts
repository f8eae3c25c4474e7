#!/usr/bin/env node
import { CommanderError } from 'commander';
import { describeError } from './errors.js';
import { buildProgram } from './main-program.js';

async function main(argv: string[]): Promise<void> {
  try {
    const program = await buildProgram(argv.slice(2));
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
