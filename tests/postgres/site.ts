// The folder the CLI tests against a server run in: the demo, the project's 22-article corpus
// beside its own (corpus/fixtures), and the fixture folders they check (FIXTURES).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/corpus.js';

/** The folders the tests check: the demo's content and the project's reuse, negatives and seed. */
export const FIXTURES = ['content', 'reuse', 'negatives', 'seed'];

/** A new folder under the system's temporary one (its name starting with `prefix`) holding that site. */
export function demoSite(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/corpus/cri'), path.join(site, 'corpus/fixtures'), { recursive: true });
  for (const folder of ['reuse', 'negatives', 'seed']) cpSync(path.join(ROOT, 'fixtures', folder), path.join(site, folder), { recursive: true });
  return site;
}
