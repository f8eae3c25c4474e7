// An empty path argument ("", or "$DIR" with DIR unset in a CI script) is refused before any work:
// it would resolve to the working folder and check, or index, everything there.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { laiyuan, makeWorkspace, REPRINTS } from './workspace.js';

const ws = makeWorkspace({ content: { 'content/changbaishan.txt': REPRINTS.none, 'content/hanchao.txt': REPRINTS.alias } });
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

/** The run stopped with exit 2 and one line holding `says`, no stack trace. */
function expectStopped(args: string[], says: string): void {
  const run = laiyuan(ws.dir, args);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(says);
  expect(lines[0]).toContain('shell variable unset?');
}

/** Refused, naming the argument and the command. */
const expectRefused = (args: string[], argument: string, command: string): void => expectStopped(args, `("") for <${argument}> of 'laiyuan ${command}': name `);

describe('an empty path argument', () => {
  it('index update: refused, the index file left as it was (same bytes), the working folder not read', () => {
    expect(laiyuan(ws.dir, ['index', 'build', 'corpus', '-o', 'idx.lyx', '--concurrency', '1']).status).toBe(0);
    const before = ws.read('idx.lyx');
    expectRefused(['index', 'update', 'idx.lyx', ''], 'paths...', 'index update');
    expectRefused(['index', 'update', 'idx.lyx', 'corpus', ''], 'paths...', 'index update');
    expectRefused(['index', 'update', ''], 'file', 'index update');
    expect(ws.read('idx.lyx').equals(before)).toBe(true);
  });

  it('check: refused alone or after a real file, where it would have checked every file here', () => {
    expectRefused(['check', '', '--format', 'json'], 'paths...', 'check');
    expectRefused(['check', 'content/changbaishan.txt', '', '--format', 'json'], 'paths...', 'check');
    const real = laiyuan(ws.dir, ['check', 'content/changbaishan.txt', '--format', 'json']);
    expect(real.stdout).toContain('"ruleId": "unauthorized-reuse"');
  });

  it('index build, match and inspect: refused', () => {
    expectRefused(['index', 'build', '', '-o', 'other.lyx'], 'paths...', 'index build');
    expect(() => ws.read('other.lyx')).toThrow();
    expectRefused(['match', 'content/hanchao.txt', ''], 'paths...', 'match');
    expectRefused(['inspect', ''], 'file', 'inspect');
  });
});

describe('an empty file or folder as an option value', () => {
  const expectOptionRefused = (args: string[], flags: string, command: string, value = '""', ask = 'name a file'): void =>
    expectStopped(args, `empty value (${value}) for ${flags} of 'laiyuan ${command}': ${ask}`);

  it('check -c "", --index "", -o "": refused, where -c "" went on without the named config and -o "" failed on a folder', () => {
    expectOptionRefused(['check', 'content', '-c', ''], '-c, --config <file>', 'check');
    expectOptionRefused(['check', 'content', '--index', ''], '--index <file>', 'check');
    expectOptionRefused(['check', 'content', '--format', 'json', '-o', ''], '-o, --output-file <file>', 'check');
    expectOptionRefused(['check', 'content', '--baseline='], '--baseline <file>', 'check');
  });

  it('a repeated --corpus with one empty value, and index build -o "": refused', () => {
    expectOptionRefused(['match', 'content/hanchao.txt', '--corpus', 'corpus', '--corpus', ''], '--corpus <path>', 'match');
    expectOptionRefused(['index', 'build', 'corpus', '-o', ''], '-o, --output <file>', 'index build');
  });

  it('a blank value, or an empty one where a default would have been taken: refused, where --max-warnings "" was read as 0 and -c " " was looked for as a file named " "', () => {
    expectOptionRefused(['check', 'content', '-c', ' '], '-c, --config <file>', 'check', '" "');
    expectOptionRefused(['check', 'content', '--stdin-filename', ''], '--stdin-filename <name>', 'check', '""', 'give a name');
    expectOptionRefused(['index', 'build', 'corpus', '-o', 'x.lyx', '--pack', ''], '--pack <id>', 'index build', '""', 'name a pack');
    const config = ws.read('laiyuan.yaml');
    expectOptionRefused(['init', '--pack', ''], '--pack <id>', 'init', '""', 'name a pack');
    expect(ws.read('laiyuan.yaml').equals(config)).toBe(true);
    const warnings = laiyuan(ws.dir, ['check', 'content', '--max-warnings', '']);
    expect(warnings.status).toBe(2);
    expect(warnings.stderr.trimEnd()).toBe("laiyuan: --max-warnings takes a whole number of 0 or more, not ''");
  });
});

