// One runner of the server bench: checks every file of a folder (or its first `limit` files)
// against an index (a .lyx file or a postgres:// URL) as `laiyuan check` does (32 documents at
// once, lookups batched), and prints JSON: files, wall seconds, p50/p95 of the per-document
// index lookup (narrowing), CPU seconds of this process (user + system), its peak resident
// memory in MB.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MATCH } from '../../dist/core/config/config.js';
import { narrowIndex } from '../../dist/core/match/narrow.js';
import { findReuse } from '../../dist/core/match/index.js';
import { FileIndexStore } from '../../dist/io/index-file.js';
import { ServerIndexStore } from '../../dist/io/postgres/store.js';
import { serverTarget } from '../../dist/io/postgres/url.js';
import { readDocuments } from '../../dist/io/read-file.js';

const [index, folder, inFlight = '32', limit = 'Infinity'] = process.argv.slice(2);
const store = index.startsWith('postgres') ? await ServerIndexStore.open(serverTarget(index), { concurrency: 2 }) : FileIndexStore.open(index, index, { cwd: process.cwd() });
const files = readdirSync(folder).sort().slice(0, Number(limit)).map((f) => path.join(folder, f));
const latencies = [];
let found = 0;
const started = performance.now();
let next = 0;
async function lane() {
  for (let i = next++; i < files.length; i = next++) {
    const read = await readDocuments(files[i], { displayPath: files[i] });
    if (!read.ok) continue;
    for (const doc of read.documents) {
      const t = performance.now();
      const narrowed = await narrowIndex(doc, store, DEFAULT_MATCH);
      latencies.push(performance.now() - t);
      if (findReuse(doc, narrowed).length > 0) found++;
    }
  }
}
await Promise.all(Array.from({ length: Number(inFlight) }, lane));
const wall = (performance.now() - started) / 1000;
await store.close();
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
process.stdout.write(`${JSON.stringify({ files: files.length, found, wall, p50: q(0.5), p95: q(0.95), cpu: cpuSeconds(), rss: process.resourceUsage().maxRSS / 1024 })}\n`);

function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
