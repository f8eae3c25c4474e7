import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildArchive } from '../../src/io/archive.js';
import { criPack, ROOT } from './corpus.js';

/**
 * An index file (archive.lyx) of fixture folders (relative to the repository), built with the
 * default match settings into a new temporary folder named from `prefix`; the caller removes `dir`.
 */
export async function fixtureArchive(folders: string[], prefix: string): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const file = path.join(dir, 'archive.lyx');
  const built = await buildArchive(file, folders.map((f) => path.join(ROOT, f)), { pack: await criPack(), match: DEFAULT_MATCH, cwd: ROOT, version: 'test' });
  if (built.errors.length > 0) throw new Error(`the fixture archive did not build: ${JSON.stringify(built.errors)}`);
  return { dir, file };
}
