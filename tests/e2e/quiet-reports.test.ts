// check -q on the demo site (8 errors, 3 warnings): the evidence report and the pull-request
// summary say that 3 warnings were left out, as the pretty summary does ("3 warnings not shown
// with --quiet"), so that a reader of the report does not take its counts for the whole run.
import { describe, expect, it } from 'vitest';
import { laiyuan } from './cli.js';
import { ROOT } from '../helpers/corpus.js';

const DEMO = `${ROOT}/fixtures/demo`;
const check = (args: string[]) => laiyuan(['check', 'content', '-q', ...args], { cwd: DEMO });

describe('check -q: the report formats say what --quiet hid', () => {
  it('pretty, markdown and html name the same 3 warnings', () => {
    expect(check([]).stdout).toContain('  3 warnings not shown with --quiet\n');
    const markdown = check(['--format', 'markdown']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('**8 个问题**（8 个错误，0 个警告），涉及 7 / 18 个文件；另有 3 个警告因 --quiet 未列出。');
    const html = check(['--format', 'html']);
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('<p class="note">另有 3 个警告因 --quiet 未列出（计数不含这些）。</p>');
  });

  it('without -q the reports count the warnings and say nothing of --quiet', () => {
    const markdown = laiyuan(['check', 'content', '--format', 'markdown'], { cwd: DEMO });
    expect(markdown.stdout).toContain('**11 个问题**（8 个错误，3 个警告）');
    expect(markdown.stdout).not.toContain('--quiet');
  });
});
