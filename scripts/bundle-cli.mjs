// Run by `npm run build` after tsc and the generators: bundles the CLI (dist/cli/main.js and the
// worker scripts dist/cli/check-worker.js and build-worker.js, which run-checks and index build start by URL) with its dependencies
// into dist/cli/, a few ESM files instead of some 250 modules: resolving, reading and linking
// each module at start-up cost more than a one-file check's work. Code splitting keeps every
// dynamic import lazy (a command, a format, the HTML and YAML readers, the PostgreSQL client:
// each its own file, loaded when used). All output files sit in dist/cli/, two folders below
// the package root, as dist/io/package-root.js expects. dist/cli/modules.json lists the modules
// each output file holds (tests/e2e/lazy-commands reads it). The rest of dist/ stays as tsc
// wrote it, for the build-time generators and the benchmark scripts.
import { build } from 'esbuild';
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = 'dist/cli-bundle';
rmSync(new URL(`../${temp}`, import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/cli/check-worker.js', 'dist/cli/build-worker.js'],
  outdir: temp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (commander, picomatch, ignore…) call require() for Node's own modules
  banner: { js: "import { createRequire as __laiyuanRequire } from 'node:module'; const require = __laiyuanRequire(import.meta.url);" },
  // only for an index on a PostgreSQL server; pg's optional native binding is resolved at run time
  external: ['pg', 'pg-copy-streams'],
  metafile: true,
  logLevel: 'warning',
});

// esbuild gives a dynamic import() of a CommonJS module, split into its own file, only a default
// export (evanw/esbuild#3245): such a module is imported through an ESM file naming what it uses
// (src/core/read/yaml-parser.ts).
const { inputs } = result.metafile;
for (const [file, { imports }] of Object.entries(inputs)) {
  for (const i of imports) {
    if (i.kind === 'dynamic-import' && !i.external && inputs[i.path]?.format === 'cjs') throw new Error(`bundle-cli: ${file} imports the CommonJS module ${i.path} with import(): only its default export would arrive; import it through an ESM file that names what it uses`);
  }
}

const modules = {};
for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
  const name = output.slice(temp.length + 1);
  if (name.includes('/')) throw new Error(`bundle-cli: ${output} is not directly in ${temp}/ (package-root.js needs every file two folders below the root)`);
  modules[name] = Object.keys(inputs).sort();
}
writeFileSync(new URL(`../${temp}/modules.json`, import.meta.url), `${JSON.stringify(modules, null, 1)}\n`);
rmSync(new URL('../dist/cli', import.meta.url), { recursive: true, force: true });
renameSync(new URL(`../${temp}`, import.meta.url), new URL('../dist/cli', import.meta.url));
chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
