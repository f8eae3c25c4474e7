// The whole command on a content repository: a corpus of the fixture pages plus synthetic
// articles, and a folder of documents (reprints, excerpts, unrelated news) built from the
// fixtures by seeded edits. Prints wall time, files per second and peak memory of
// `laiyuan check` serial, on worker threads, and with the cache cold and warm.
// Run: npm run bench (builds first). Options: --articles N (default 2000), --docs N (default 1000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './accuracy/args.mjs';
import { COMMON, edits, page } from './accuracy/edits.mjs';
import { readCorpus, readFiller } from './accuracy/pages.mjs';
import { rng } from './accuracy/random.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const nArticles = numberArg('--articles', 2000);
const nDocs = numberArg('--docs', 1000);
const r = rng(7);
const pages = readCorpus(root);
const filler = readFiller(root);

const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-bench-'));
mkdirSync(path.join(dir, 'corpus'));
mkdirSync(path.join(dir, 'content'));
for (const p of pages) writeFileSync(path.join(dir, 'corpus', `${p.id}.txt`), p.text);
// synthetic articles of random common characters: as distinct from each other as real stories
const chars = [...COMMON];
const sentence = () => `${Array.from({ length: r.int(15, 45) }, () => r.pick(chars)).join('')}${r.pick(['，', '。', '。', '；'])}`;
const synthetic = [];
for (let i = 0; i < nArticles; i++) {
  const body = Array.from({ length: r.int(15, 25) }, sentence).join('');
  synthetic.push(body);
  writeFileSync(path.join(dir, 'corpus', `s${i}.txt`), `${pages[0].nav}\n标题${i}\n2024-01-01 10:00:00来源:国际在线责编:王晓\n${body}\n${pages[0].footer}\n`);
}
for (let i = 0; i < nDocs; i++) {
  const kind = i % 4;
  const body = kind === 3 ? Array.from({ length: 12 }, () => r.pick(filler)).join('') : synthetic[r.int(0, nArticles - 1)];
  const text = kind === 1 ? edits.punctuation([body], r)[0] : kind === 2 ? `${r.pick(filler)}\n${body.slice(0, 300)}\n${r.pick(filler)}` : body;
  writeFileSync(path.join(dir, 'content', `d${i}.md`), `---\ndate: 2025-03-01\n---\n${page(r, { title: `稿件${i}`, attribution: r.pick(['来源：国际在线', '来源：新华网', '']), paragraphs: [text] })}\n`);
}
writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');

const cli = path.join(root, 'dist/cli/main.js');
const timed = existsSync('/usr/bin/time');
function run(label, args) {
  const command = timed ? ['/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  const t = performance.now();
  const out = spawnSync(command[0], command[1], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 28 });
  const s = (performance.now() - t) / 1000;
  const rss = timed ? `${(Number(out.stderr.trim().split('\n').pop()) / 1024).toFixed(0)} MiB peak` : '';
  const found = (out.stdout.match(/"ruleId"/gu) ?? []).length;
  console.log(`  ${label.padEnd(30)} ${s.toFixed(1).padStart(6)} s  ${(nDocs / s).toFixed(0).padStart(5)} files/s  exit ${out.status}  ${found} findings  ${rss}`);
}

console.log(`laiyuan CLI bench  corpus ${nArticles + pages.length} articles, ${nDocs} documents  (${dir})`);
run('check, one thread', ['check', 'content', '--format', 'json', '--concurrency', '1']);
run('check, --concurrency auto', ['check', 'content', '--format', 'json', '--concurrency', 'auto']);
run('check --cache, cold', ['check', 'content', '--format', 'json', '--cache', '--cache-location', '.cache']);
run('check --cache, warm', ['check', 'content', '--format', 'json', '--cache', '--cache-location', '.cache']);
writeFileSync(path.join(dir, 'content', 'd0.md'), '---\ndate: 2025-03-01\n---\n# 一篇新稿\n\n今天天气晴朗。\n');
run('check --cache, one file changed', ['check', 'content', '--format', 'json', '--cache', '--cache-location', '.cache']);
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });

