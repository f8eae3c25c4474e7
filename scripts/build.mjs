// `npm run build` and `prepare`: tsc, the compiled config schemas, the built-in packs as JSON
// (scripts/gen-packs.mjs), the CLI bundled into dist/cli/ and made executable
// (scripts/bundle-cli.mjs). Every
// line the steps print goes to stderr, so that `npm pack` (which runs prepare) prints nothing
// but the tarball's name on stdout: pre-commit, and scripts, take that line as the file name.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function step(args) {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

step([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
step(['scripts/gen-validators.mjs']);
step(['scripts/gen-packs.mjs']);
step(['scripts/bundle-cli.mjs']);
