// Run by read-file.test.ts with vite-node: reads standard input and prints the outcome as JSON.
import { loadAllParsers } from '../../src/core/read/parsers.js';
import { readStdin } from '../../src/io/read-file.js';

await loadAllParsers();
const outcome = await readStdin(process.argv[2] ?? '<stdin>');
process.stdout.write(JSON.stringify(outcome));
