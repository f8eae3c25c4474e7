#!/usr/bin/env node
import { VERSION } from './version.js';

async function main(argv: string[]): Promise<void> {
  const { CommanderError } = await import('commander');
  const { describeError } = await import('./errors.js');
  try {
    const { buildProgram } = await import('./main-program.js');
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

// A reader that goes away (`laiyuan check … | head`) wants no more output, and gets no stack trace:
// the run goes on to its end (a --fix finishes its writes) and exits with its own code. Standard
// output that cannot be written (`> /dev/full`, a full disk) is said in one line, and the run,
// which goes on to its end as well, exits 2: its report is not all there.
let stdoutFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || stdoutFailed) return;
  stdoutFailed = true;
  process.on('exit', () => (process.exitCode = 2));
  void import('../io/trouble-words.js').then(({ systemWords }) => {
    process.stderr.write(`laiyuan: cannot write the report to standard output: ${systemWords(error)}; free the disk or device it is sent to, or write the report to a file with -o <file>\n`);
  });
});

// `laiyuan --version` alone answers before anything else is loaded.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${VERSION}\n`);
else await main(process.argv);
