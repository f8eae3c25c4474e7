// Only the command that runs is loaded: `laiyuan --version` none, `laiyuan check` only check.
import { describe, expect, it } from 'vitest';
import { buildProgram, commandsFor } from '../../src/cli/main-program.js';

describe('commands loaded for the arguments', () => {
  it('loads one command, none for --version, all for help or a misspelt command', () => {
    expect(commandsFor(['check', 'content', '--format', 'json'])).toEqual(['check']);
    expect(commandsFor(['--no-color', 'index', 'build'])).toEqual(['index']);
    expect(commandsFor(['--version'])).toEqual([]);
    expect(commandsFor(['--help'])).toHaveLength(8);
    expect(commandsFor(['chek'])).toHaveLength(8);
  });

  it('builds a program holding just those commands', async () => {
    expect((await buildProgram(['match', 'a.txt'])).commands.map((c) => c.name())).toEqual(['match']);
    expect((await buildProgram(['help'])).commands.map((c) => c.name())).toEqual(['check', 'match', 'index', 'inspect', 'config', 'rules', 'explain', 'init']);
  });
});
