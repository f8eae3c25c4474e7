// A results cache damaged in place (a flipped byte, as a disk or a hand edit leaves it) must not be
// served: V8's serialisation takes a changed character in a string for another string, so the
// report would quote words nobody wrote (被授权人 → 被授权任). The cache's CRC-32 refuses it: a miss,
// the files checked again and the cache written whole again.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;
const CACHE = '.laiyuan-cache/results.bin';
const ARGS = ['check', 'content', '--cache', '--format', 'json'];

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

function project(): Workspace {
  ws = makeWorkspace({ licence: true, content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
  return ws;
}

/** Where `text` stands in the cache as V8 writes a string of Chinese characters (UTF-16LE). */
function utf16At(bytes: Buffer, text: string): number {
  return bytes.indexOf(Buffer.from(text, 'utf16le'));
}

describe('check --cache with a damaged results cache', () => {
  it('recomputes rather than report a quoted word changed in the cache (人 → 任 in 被授权人)', () => {
    project();
    const plain = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(plain.stdout).toContain('被授权人');
    laiyuan(ws.dir, ARGS);
    const bytes = readFileSync(ws.at(CACHE));
    const at = utf16At(bytes, '被授权人');
    expect(at).toBeGreaterThan(0);
    // 人 U+4EBA → 任 U+4EFB: one byte of the string's UTF-16LE
    bytes[at + 6] = 0xfb;
    writeFileSync(ws.at(CACHE), bytes);
    const run = laiyuan(ws.dir, ARGS);
    expect(run.stdout).not.toContain('被授权任');
    expect(run.stdout).toBe(plain.stdout);
    expect(run.status).toBe(plain.status);
    expect(run.stderr).toBe('');
    // written whole again: the next run is warm and says the same
    expect(readFileSync(ws.at(CACHE)).equals(bytes)).toBe(false);
    expect(laiyuan(ws.dir, ARGS).stdout).toBe(plain.stdout);
  });

  it('never reports from a cache with any one byte flipped', () => {
    project();
    const plain = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    laiyuan(ws.dir, ARGS);
    const whole = readFileSync(ws.at(CACHE));
    const places = [0, 3, 4, 1000, Math.floor(whole.length / 3), Math.floor(whole.length / 2), whole.length - 1];
    for (const at of places) {
      const damaged = Buffer.from(whole);
      damaged[at] ^= 0x01;
      writeFileSync(ws.at(CACHE), damaged);
      const run = laiyuan(ws.dir, ARGS);
      expect({ at, stdout: run.stdout, status: run.status, stderr: run.stderr }).toEqual({ at, stdout: plain.stdout, status: plain.status, stderr: '' });
    }
  });
});

describe('check --cache with a damaged index cache', () => {
  // The index cache keeps each corpus article's normalised text: changed there, a reprint of it
  // would be measured against words the article never had.
  it('builds the index again rather than match against an article text changed in the cache', () => {
    project();
    const plain = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    laiyuan(ws.dir, ARGS);
    const file = ws.at('.laiyuan-cache/index-cri.bin');
    const bytes = readFileSync(file);
    const name = Buffer.from('长白山', 'utf16le');
    expect(bytes.indexOf(name)).toBeGreaterThan(0);
    // every 长白山 of the cached article texts becomes 长黑山 (白 U+767D → 黑 U+9ED1)
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 2)) {
      bytes[at + 2] = 0xd1;
      bytes[at + 3] = 0x9e;
    }
    writeFileSync(file, bytes);
    rmSync(ws.at(CACHE));
    const run = laiyuan(ws.dir, ARGS);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.status).toBe(plain.status);
    expect(run.stderr).toBe('');
  });
});
