// The demo's reports in every format, byte for byte as recorded in tests/e2e/demo-outputs/.
// A change that moves code (the stage folders of src/core) must leave them as they are; a change
// that means to alter a report updates the recorded file in the same commit, so that the
// difference is reviewed as part of it. To record them again:
//   for f in json sarif pretty github junit checkstyle rdjson; do
//     node dist/cli/main.js check fixtures/demo --format $f > tests/e2e/demo-outputs/$f.out; done
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, REPORT_FORMATS } from '../../src/formats/index.js';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

const RECORDED = path.join(ROOT, 'tests/e2e/demo-outputs');

/** SARIF names the folder the checkout sits in (%SRCROOT%): the same report wherever it was recorded. */
function anyRoot(report: string): string {
  return report.replace(/("%SRCROOT%": \{\s*"uri": )"file:\/\/[^"]*"/u, '$1"file:///<checkout>/"');
}

describe('the demo report in every format', () => {
  // html and markdown state when the check ran: tests/formats/html.test.ts and the browser test read them
  it.each(FORMAT_NAMES.filter((f) => !REPORT_FORMATS.includes(f)))('%s is what was recorded', (format) => {
    const run = laiyuan(['check', 'fixtures/demo', '--format', format], { env: { CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(anyRoot(run.stdout)).toBe(anyRoot(readFileSync(path.join(RECORDED, `${format}.out`), 'utf8')));
  });
});
