import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/docs.js';
import { laiyuan } from './cli.js';

// A run that compares nothing must say so, not pass in silence.
function site(config: string | undefined, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-notes-'));
  if (config !== undefined) writeFileSync(path.join(dir, 'laiyuan.yaml'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const REPRINT = fixture('reuse/r04-changbaishan-no-attribution.txt');

describe('notes on stderr', () => {
  it('when no corpus is configured and --allow-no-corpus says that is expected', () => {
    const run = laiyuan(['check', '.', '--allow-no-corpus'], { cwd: site(undefined, { 'a.txt': REPRINT }) });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("laiyuan: note: pack 'cri' has no corpus");
  });

  it('when the corpus holds no articles and --allow-no-corpus says that is expected', () => {
    const run = laiyuan(['check', 'content', '--allow-no-corpus'], { cwd: site('corpus:\n  cri: [archive/]\n', { 'content/a.txt': REPRINT, 'archive/.keep': '' }) });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("the corpus of pack 'cri' holds no articles");
  });

  it('when a file named on the command line is ignored', () => {
    const dir = site('corpus:\n  cri: [archive/]\n', { 'content/draft.txt': REPRINT, '.laiyuanignore': 'content/draft.txt\n', 'archive/a.txt': REPRINT });
    const run = laiyuan(['check', 'content/draft.txt'], { cwd: dir });
    expect(run.stderr).toContain('content/draft.txt is ignored');
  });
});
