import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once before the tests that run the CLI. Type errors do not stop the run (tsc still
 * emits and `npm test` type-checks first); a build that emitted nothing does.
 */
export default function setup(): void {
  // the CLI's report is COLUMNS wide when it is set: runs that expect 80 columns must not inherit one
  delete process.env.COLUMNS;
  // nor a repository root of a GitHub Actions run (-f github and SARIF name files from it): the
  // tests that want one set it themselves
  delete process.env.GITHUB_WORKSPACE;
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    if (!existsSync(`${root}/dist/cli/main.js`)) throw new Error(`npm run build failed:\n${output}`);
    process.stderr.write(`npm run build reported errors; the CLI tests run on what it emitted:\n${output}\n`);
  }
}
