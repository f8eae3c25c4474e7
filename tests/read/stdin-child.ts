// Run by read-file.test.ts with vite-node: reads standard input and prints the outcome as JSON.
import { readStdin } from '../../src/io/read-file.js';

const outcome = await readStdin(process.argv[2] ?? '<stdin>');
process.stdout.write(JSON.stringify(outcome));
