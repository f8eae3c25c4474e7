import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConfigError } from '../../src/core/config/types.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The fixtures of one folder under fixtures/config/, as repo-relative paths. */
export function fixtureFiles(folder: string): string[] {
  return readdirSync(`${REPO}fixtures/config/${folder}`)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `fixtures/config/${folder}/${name}`);
}

/** The `# expect: line:column: message (path)` lines a fixture carries, in order. */
export function expectedErrors(file: string): string[] {
  return readFileSync(`${REPO}${file}`, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('# expect: '))
    .map((line) => line.slice('# expect: '.length));
}

/** An error as the fixtures write it: without the file, which the test checks apart. */
export function asExpectation(error: ConfigError): string {
  return `${error.line}:${error.column}: ${error.message}${error.path ? ` (${error.path})` : ''}`;
}
