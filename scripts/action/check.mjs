// The Action's check step (action.yml): runs `laiyuan check` in the working directory, prints
// GitHub annotations and writes SARIF, and records the exit code as a step output instead of
// failing: the SARIF upload comes first, then the last step fails the job with that code. laiyuan
// itself names files from the repository root (GITHUB_WORKSPACE, which it inherits) whatever the
// working directory, in the annotations and the SARIF report alike.
// Inputs (env): LAIYUAN_PATHS, LAIYUAN_ARGS (lists, see listInput), LAIYUAN_FORMAT,
// LAIYUAN_FAIL_ON, LAIYUAN_SARIF; GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_ACTION_PATH.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const actionPath = env.GITHUB_ACTION_PATH ?? fileURLToPath(new URL('../..', import.meta.url));
const cwd = process.cwd();

/**
 * A list input: one item or more a line. A line `- item` (a YAML list written in a block scalar)
 * is one item; any other line is split on spaces outside '…' or "…" quotes.
 */
export function listInput(text = '') {
  const items = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('- ')) items.push(unquote(line.slice(2).trim()));
    else items.push(...words(line));
  }
  return items;
}

function unquote(text) {
  const q = text[0];
  return (q === '"' || q === "'") && text.endsWith(q) && text.length >= 2 ? text.slice(1, -1) : text;
}

function words(line) {
  const out = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/gu)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

function main() {
  const format = env.LAIYUAN_FORMAT || 'github';
  const sarif = env.LAIYUAN_SARIF ?? '';
  const annotations = path.join(env.RUNNER_TEMP || tmpdir(), `laiyuan-annotations-${process.pid}.txt`);
  const args = [path.join(actionPath, 'dist/cli/main.js'), 'check', ...listInput(env.LAIYUAN_PATHS || '.'), '--format', format, '--fail-on', env.LAIYUAN_FAIL_ON || 'error'];
  if (sarif !== '') args.push('--output-sarif', sarif);
  if (format !== 'github') args.push('--output-github', annotations);
  args.push(...listInput(env.LAIYUAN_ARGS));
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  const code = run.status ?? 2;
  process.stdout.write(run.stdout ?? '');
  if (format !== 'github' && existsSync(annotations)) process.stdout.write(readFileSync(annotations, 'utf8'));
  if (sarif !== '' && existsSync(sarif)) output('sarif-file', path.resolve(sarif));
  output('exit-code', code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
