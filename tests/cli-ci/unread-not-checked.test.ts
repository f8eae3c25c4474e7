// A file that could not be read is an error, not a file checked. `check /dev/zero /dev/null
// a.txt` counted filesChecked 3 (JSON), "… in 1 file of 3" (pretty) and "3 files checked without
// findings" (JUnit), two of them devices never read. Now only what was read counts.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;

beforeAll(() => {
  // licensed: the reprint credited 来源:国际在线 is clean, the one crediting no source is not
  ws = makeWorkspace({ licence: true, content: { 'content/lishu-credited.txt': REPRINTS.exact, 'content/changbaishan-uncredited.txt': REPRINTS.none } });
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

const DEVICES = ['/dev/zero', '/dev/null'];

describe('files that could not be read beside articles that were', () => {
  it('json: filesChecked counts the articles read, not the devices (errors)', () => {
    const run = laiyuan(ws.dir, ['check', ...DEVICES, 'content', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    expect(results.errors.map((e) => e.file).sort()).toEqual(DEVICES.sort());
    expect(results.summary).toMatchObject({ filesChecked: 2, filesWithFindings: 1 });
  });

  it('pretty: the problems are in 1 file of the 2 checked, and 2 files could not be checked', () => {
    const lines = laiyuan(ws.dir, ['check', ...DEVICES, 'content']).stdout.trimEnd().split('\n');
    expect(lines).toContain('✖ 1 problem (1 error, 0 warnings) in 1 file of 2');
    expect(lines.at(-1)).toBe('✖ 2 files could not be checked');
  });

  it('pretty: a clean article beside the devices is said to be checked without problems', () => {
    const lines = laiyuan(ws.dir, ['check', ...DEVICES, 'content/lishu-credited.txt']).stdout.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['✔ no problems (1 file checked)', '✖ 2 files could not be checked']);
  });

  it('junit: one file checked without findings, not three', () => {
    const xml = laiyuan(ws.dir, ['check', ...DEVICES, 'content', '--format', 'junit']).stdout;
    expect(xml).toContain('<testcase name="1 file checked without findings" classname="laiyuan"/>');
  });

  it('json: devices alone are no file checked', () => {
    const results = parseJson(laiyuan(ws.dir, ['check', ...DEVICES, '--format', 'json']));
    expect(results.summary.filesChecked).toBe(0);
  });
});
