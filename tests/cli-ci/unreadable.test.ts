// Permission denied, as a user who is not root (root reads everything): the file is an error
// naming it, the other files are still checked, exit 2; --no-error-on-unreadable keeps the error
// in the report but not in the exit code. Run as root, the CLI runs as `nobody` (setpriv) from a
// world-readable copy of what it needs, so the test works wherever the clone sits, even in a
// folder only root may enter.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

const AS_ROOT = process.getuid?.() === 0;
const NOBODY = '65534';
let ws: Workspace;
/** The CLI's own copy: dist, rules, package.json and the production dependencies. */
let app: string;

/** The production dependencies, and theirs, as folder names under node_modules. */
function productionDependencies(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !existsSync(path.join(ROOT, 'node_modules', name, 'package.json'))) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(root.dependencies)) visit(dep);
  return [...seen];
}

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/a.txt': REPRINTS.none } });
  ws.write('content/secret.txt', reprint(REPRINTS.noneCrlf));
  chmodSync(ws.at('content/secret.txt'), 0o000);
  chmodSync(ws.dir, 0o755);
  app = mkdtempSync(path.join(tmpdir(), 'laiyuan-app-'));
  for (const part of ['dist', 'rules', 'package.json']) cpSync(path.join(ROOT, part), path.join(app, part), { recursive: true });
  for (const dep of productionDependencies()) cpSync(path.join(ROOT, 'node_modules', dep), path.join(app, 'node_modules', dep), { recursive: true });
  chmodSync(app, 0o755);
});

afterAll(() => {
  rmSync(ws.dir, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
});

function asUser(args: string[]) {
  const cli = [process.execPath, path.join(app, 'dist/cli/main.js'), ...args];
  const command = AS_ROOT ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...cli] : cli;
  const r = spawnSync(command[0], command.slice(1), { cwd: ws.dir, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1', HOME: ws.dir } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a file that cannot be read: permission denied', () => {
  it('is an error naming it with what to do; the other files are checked; exit 2', () => {
    const run = asUser(['check', 'content', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = JSON.parse(run.stdout) as { errors: { file: string; message: string }[]; findings: { file: string }[] };
    expect(results.errors).toEqual([{ file: 'content/secret.txt', line: null, column: null, message: 'cannot read: permission denied. Make the file readable (chmod +r) or leave it out.' }]);
    expect(results.findings.map((f) => f.file)).toContain('content/a.txt');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('with --no-error-on-unreadable: still reported, but the exit code is the findings’', () => {
    const run = asUser(['check', 'content', '--no-error-on-unreadable']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('content/secret.txt');
    expect(run.stdout).toContain('permission denied');
  });
});
