// A git that, asked `git <command>`, waits for an answer from the test's own process before it goes
// on: the answer comes only while the process runs other work, so a git run with execFileSync,
// which holds the process until git is done, is never answered (git goes on after 3 s and says so).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs `work` with a git on PATH that waits for an answer when asked `command`; resolves to what
 * git heard: 'answered', 'unanswered', or undefined when it was never asked.
 */
export async function withWaitingGit<T>(command: string, work: () => Promise<T>): Promise<{ value: T; heard?: string }> {
  const signals = mkdtempSync(path.join(tmpdir(), 'laiyuan-git-waits-'));
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const at = (name: string) => path.join(signals, name);
  writeFileSync(
    at('git'),
    [
      '#!/bin/sh',
      `if [ "$1" = '${command}' ]; then`,
      `  : > '${at('asked')}'`,
      '  i=0',
      `  while [ ! -e '${at('answered')}' ] && [ $i -lt 60 ]; do sleep 0.05; i=$((i+1)); done`,
      `  if [ -e '${at('answered')}' ]; then echo answered > '${at('heard')}'; else echo unanswered > '${at('heard')}'; fi`,
      'fi',
      `exec '${realGit}' "$@"`,
    ].join('\n'),
  );
  chmodSync(at('git'), 0o755);
  const searched = process.env.PATH;
  process.env.PATH = `${signals}${path.delimiter}${searched ?? ''}`;
  const answer = setInterval(() => {
    if (existsSync(at('asked'))) writeFileSync(at('answered'), '');
  }, 5);
  try {
    const value = await work();
    return { value, heard: existsSync(at('heard')) ? readFileSync(at('heard'), 'utf8').trim() : undefined };
  } finally {
    clearInterval(answer);
    if (searched === undefined) delete process.env.PATH;
    else process.env.PATH = searched;
    rmSync(signals, { recursive: true, force: true });
  }
}
