// A report's pieces as the CLI writes them: UTF-8 in buffers of bounded size, the same bytes as
// the pieces joined, even where a buffer ends inside a Chinese character or a surrogate pair.
import { describe, expect, it } from 'vitest';
import { formatJson, jsonChunks } from '../../src/formats/json.js';
import { CHUNK_BYTES, utf8Chunks } from '../../src/io/utf8-chunks.js';
import { sampleOptions, sampleResults } from './sample-results.js';

// 𠮷 (U+20BB7) and 𡘙 are names outside the BMP: two UTF-16 units, four UTF-8 bytes
const PIECES = ['{\n  "title": "', '吉林𠮷野家会谈', '",\n  "text": "', '9月16日，第20届中国—东盟博览会在广西南宁开幕。𡘙', '"\n}\n', '', 'ASCII only, and then 来源：国际在线'];

// compared with equals: toEqual walks a buffer of megabytes a byte at a time
function joined(chunks: Iterable<Uint8Array>): Buffer {
  return Buffer.concat([...chunks]);
}


describe('utf8Chunks', () => {
  it('gives the bytes of the pieces joined, whatever the buffer size, no buffer over it', () => {
    const whole = Buffer.from(PIECES.join(''), 'utf8');
    for (let size = 8; size <= 200; size++) {
      const chunks = [...utf8Chunks(PIECES, size)];
      expect(joined(chunks).equals(whole)).toBe(true);
      for (const chunk of chunks) {
        expect(chunk.byteLength).toBeGreaterThan(0);
        expect(chunk.byteLength).toBeLessThanOrEqual(size);
      }
    }
  });

  it('cuts a piece far longer than a buffer into full buffers, never between the halves of a pair', () => {
    const long = '东博会签约𠮷'.repeat(400_000); // 2.8 M UTF-16 units, 7.6 MB of UTF-8
    const chunks = [...utf8Chunks(['[', long, ']'])];
    expect(joined(chunks).equals(Buffer.from(`[${long}]`, 'utf8'))).toBe(true);
    expect(chunks.length).toBeGreaterThan(7);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.byteLength).toBeGreaterThan(CHUNK_BYTES - 4096);
    expect(Math.max(...chunks.map((c) => c.byteLength))).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it('writes a lone surrogate as Buffer.from does (U+FFFD)', () => {
    const pieces = ['坏字\ud800', '尾\udc00'];
    expect(joined(utf8Chunks(pieces, 16)).toString('hex')).toBe(Buffer.from(pieces.join(''), 'utf8').toString('hex'));
  });

  it('packs a JSON report of 3,000 findings into buffers holding its UTF-8, byte for byte', () => {
    const one = sampleResults();
    const many = { ...one, findings: Array.from({ length: 3000 }, (_, i) => one.findings[i % one.findings.length]) };
    const chunks = [...utf8Chunks(jsonChunks(many, sampleOptions()))];
    expect(joined(chunks).equals(Buffer.from(formatJson(many, sampleOptions()), 'utf8'))).toBe(true);
    expect(chunks.length).toBeGreaterThan(2);
  });
});
