// Speed and scale: archives of 1k, 10k (and with --sizes 100k, --huge 1M) articles built by a seeded
// generator (scripts/scale/generate.mjs), their index files, and content repositories that
// reprint, excerpt and edit them beside same-topic originals. For each size: index build time
// and MB/s, index size, load time, one-file check wall and RSS, a 1,000-file check (files/s,
// MB/s, peak RSS, recall, false positives). On the 10k+10k set: the limit (read, decode, hash)
// and jscpd 5.3.2 on the same files, with ratios. Every target of issue 10 as PASS/FAIL.
// Run: npm run bench:scale [-- --sizes 1k,10k,100k] [--huge] [--keep]. Figures are wall times on
// whatever machine runs it: on a loaded, shared machine they are noisy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { article, derived } from './scale/generate.mjs';
import { writeArchive } from './scale/write-archive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/main.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
/** What a check reads all at once of an index's postings (PRELOAD_BYTES in src/io/index-file.ts). */
const PRELOAD_BYTES = 1 << 26;

const SIZES = option('--sizes', '1k,10k').split(',').map((s) => Number(s.replace(/k$/u, '000').replace(/m$/u, '000000')));
if (flag('--huge') && !SIZES.includes(1_000_000)) SIZES.push(1_000_000);
const SEED = 20261202;
const work = mkdtempSync(path.join(tmpdir(), 'laiyuan-scale-'));
const results = [];
const lines = [];
const say = (line) => {
  console.log(line);
  lines.push(line);
};

/** Runs a command, timing its wall clock, CPU (user + system) and peak RSS (GNU time), with CI set (no progress line). */
function run(argv, cwd, extraEnv = {}) {
  const t = performance.now();
  const out = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...argv], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', ...extraEnv }, maxBuffer: 1 << 30 });
  const wall = (performance.now() - t) / 1000;
  const [user, system, rss] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + system, rss: rss / 1024, status: out.status, stdout: out.stdout, stderr: out.stderr };
}
const laiyuan = (cliArgs, cwd) => run([process.execPath, cli, ...cliArgs], cwd);

const KINDS = ['reprint', 'edited', 'excerpt', 'original'];

/** A content repository of `n` documents over an archive of `size`: 15% reprints, 30% edits, 20% excerpts, 35% originals. */
function writeContent(dir, n, size) {
  mkdirSync(dir, { recursive: true });
  const truth = new Map();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const roll = (i * 7919) % 100;
    const kind = roll < 15 ? 'reprint' : roll < 45 ? 'edited' : roll < 65 ? 'excerpt' : 'original';
    const source = article(SEED, (i * 2654435761) % size);
    const made = derived(kind, source, SEED, i);
    const text = typeof made === 'string' ? made : made.text;
    const file = `d${String(i).padStart(6, '0')}.txt`;
    writeFileSync(path.join(dir, file), text);
    bytes += Buffer.byteLength(text);
    truth.set(file, { kind, article: kind === 'original' ? undefined : source.id });
  }
  return { truth, bytes };
}

/** Recall per kind and false positives (originals with any reuse finding, or a wrong article). */
function score(stdout, truth) {
  const report = JSON.parse(stdout);
  const found = new Map();
  for (const f of report.findings) {
    if (!f.source) continue;
    const file = path.basename(f.file);
    if (!found.has(file)) found.set(file, new Set());
    found.get(file).add(f.source.articleId);
  }
  const s = Object.fromEntries(KINDS.map((k) => [k, { total: 0, hit: 0 }]));
  let falsePositives = 0;
  for (const [file, t] of truth) {
    s[t.kind].total++;
    const got = found.get(file);
    if (t.kind === 'original') falsePositives += got ? 1 : 0;
    else if (got?.has(t.article)) s[t.kind].hit++;
  }
  return { ...s, falsePositives };
}

const fmt = (x, d = 2) => x.toFixed(d);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const targets = [];
const target = (ok, text) => targets.push(`${ok === undefined ? 'SKIP' : verdict(ok)}  ${text}`);

say(`laiyuan scale bench  node ${process.version}  ${os()}  (${work})`);

// start-up
const one = path.join(work, 'one');
mkdirSync(one);
writeFileSync(path.join(one, 'one.txt'), derived('edited', article(SEED, 3), SEED, 3));
const version = median(3, () => laiyuan(['--version'], one));
const bare = median(3, () => run([process.execPath, '-e', '0'], one));
const noCorpus = median(3, () => laiyuan(['check', 'one.txt', '--allow-no-corpus'], one));
say(`start-up: node -e 0 ${fmt(bare.wall)} s; laiyuan --version ${fmt(version.wall)} s; one-file check, no corpus ${fmt(noCorpus.wall)} s, ${fmt(noCorpus.rss, 0)} MB`);
target(version.wall <= 0.25, `laiyuan --version ≤ 0.25 s: ${fmt(version.wall)} s`);
target(noCorpus.wall <= 0.35, `one-file check with no corpus ≤ 0.35 s: ${fmt(noCorpus.wall)} s`);

const perSize = new Map();
for (const size of SIZES) {
  const dir = path.join(work, `s${size}`);
  const corpusBytes = writeArchive(path.join(dir, 'corpus'), SEED, size, 10_000);
  const content = writeContent(path.join(dir, 'content'), 1000, size);
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\n');
  writeFileSync(path.join(dir, 'one.txt'), readFileSync(path.join(one, 'one.txt')));
  const build = laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], dir);
  if (build.status !== 0) throw new Error(`index build failed: ${build.stderr}`);
  const indexBytes = statSync(path.join(dir, 'archive.lyx')).size;
  const load = loadTime(path.join(dir, 'archive.lyx'));
  const spot = median(3, () => laiyuan(['check', 'one.txt', '--index', 'archive.lyx'], dir));
  const batch = laiyuan(['check', 'content', '--index', 'archive.lyx', '--format', 'json'], dir);
  const sc = score(batch.stdout, content.truth);
  perSize.set(size, { build, batch, load });
  say(`${label(size)} articles (${fmt(corpusBytes / 1e6, 1)} MB): index build ${fmt(build.wall, 1)} s (${fmt(build.cpu, 1)} s CPU), ${fmt(corpusBytes / 1e6 / build.wall, 1)} MB/s, ${fmt(build.rss, 0)} MB peak; index ${fmt(indexBytes / 1e6, 1)} MB; load ${fmt(load.open * 1000, 0)} ms (${load.all === undefined ? 'postings past 64 MB: read bucket by bucket, never all at once' : `all postings ${fmt(load.all * 1000, 0)} ms`})`);
  say(`  one-file check ${fmt(spot.wall)} s, ${fmt(spot.rss, 0)} MB; 1,000 files (${fmt(content.bytes / 1e6, 1)} MB) ${fmt(batch.wall, 1)} s (${fmt(batch.cpu, 1)} s CPU), ${fmt(1000 / batch.wall, 0)} files/s, ${fmt(content.bytes / 1e6 / batch.wall, 2)} MB/s, ${fmt(batch.rss, 0)} MB peak`);
  say(`  recall: reprints ${sc.reprint.hit}/${sc.reprint.total}, edits ${sc.edited.hit}/${sc.edited.total}, excerpts ${sc.excerpt.hit}/${sc.excerpt.total}; false positives ${sc.falsePositives}/${sc.original.total} originals`);
  if (size === 100_000) {
    target(build.wall <= 30, `100k-article index built ≤ 30 s: ${fmt(build.wall, 1)} s`);
    target(spot.wall <= 0.6 && spot.rss <= 300, `one-file check against a 100k index ≤ 0.6 s and ≤ 300 MB: ${fmt(spot.wall)} s, ${fmt(spot.rss, 0)} MB`);
  }
  if (size === 1_000_000) {
    target(build.wall <= 360 && build.rss <= 4096, `1M-article index built ≤ 6 min, ≤ 4 GB: ${fmt(build.wall, 0)} s, ${fmt(build.rss, 0)} MB`);
    target(load.open <= 1, `1M-article index loaded ≤ 1 s: ${fmt(load.open, 2)} s`);
    target(batch.wall <= 15 && batch.rss <= 2560, `1,000 files against 1M ≤ 15 s, ≤ 2.5 GB: ${fmt(batch.wall, 1)} s, ${fmt(batch.rss, 0)} MB`);
  }
}
if (!SIZES.includes(100_000)) {
  target(undefined, '100k-article index built ≤ 30 s (run with --sizes 1k,10k,100k)');
  target(undefined, 'one-file check against a 100k index ≤ 0.6 s and ≤ 300 MB (--sizes …,100k)');
}
if (!SIZES.includes(1_000_000)) target(undefined, '1M-article targets: build ≤ 6 min / 4 GB, load ≤ 1 s, 1,000 files ≤ 15 s / 2.5 GB (--huge)');
const s10 = perSize.get(10_000);
const s100 = perSize.get(100_000);
if (s10 && s100) target(s100.batch.wall <= 1.5 * s10.batch.wall, `1,000-file check grows ≤ 1.5× from 10k to 100k: ${fmt(s100.batch.wall / s10.batch.wall)}×`);
else target(undefined, '1,000-file check grows ≤ 1.5× from 10k to 100k (--sizes …,10k,100k)');

// the 10k+10k set: laiyuan (with rules) against jscpd and the limit, on the same files
if (SIZES.includes(10_000) && !flag('--no-jscpd')) {
  const dir = path.join(work, 's10000');
  const big = writeContent(path.join(dir, 'content10k'), 10_000, 10_000);
  const files = [...readdirSync(path.join(dir, 'corpus')).map((f) => path.join(dir, 'corpus', f)), ...readdirSync(path.join(dir, 'content10k')).map((f) => path.join(dir, 'content10k', f))];
  const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const limit = limitBaseline(files);
  const serial = laiyuan(['check', 'content10k', '--index', 'archive.lyx', '--format', 'json', '--concurrency', '1'], dir);
  const parallel = laiyuan(['check', 'content10k', '--index', 'archive.lyx', '--format', 'json', '--concurrency', '2'], dir);
  const sc = score(serial.stdout, big.truth);
  const end2end = serial.wall + s10.build.wall;
  const jscpdBin = path.join(root, 'node_modules/.bin/jscpd');
  const jscpd = existsSync(jscpdBin)
    ? run([jscpdBin, '--min-tokens', '10', '--min-lines', '1', '--reporters', 'json', '--output', path.join(dir, 'jscpd-out'), 'corpus', 'content10k'], dir)
    : undefined;
  say(`10k+10k set (${fmt(totalBytes / 1e6, 1)} MB, ${files.length} files): limit (read, decode, hash, one core) ${fmt(limit.wall, 2)} s, ${fmt(totalBytes / 1e6 / limit.wall, 1)} MB/s`);
  say(`  laiyuan index build + check, serial: ${fmt(end2end, 1)} s (${fmt(totalBytes / 1e6 / end2end, 2)} MB/s), check ${fmt(serial.wall, 1)} s, ${fmt(serial.rss, 0)} MB; --concurrency 2: ${fmt(parallel.wall, 1)} s, ${fmt(parallel.rss, 0)} MB (${fmt(serial.wall / parallel.wall)}× serial)`);
  say(`  recall: reprints ${sc.reprint.hit}/${sc.reprint.total}, edits ${sc.edited.hit}/${sc.edited.total}, excerpts ${sc.excerpt.hit}/${sc.excerpt.total}; false positives ${sc.falsePositives}/${sc.original.total}`);
  const best = Math.min(serial.wall, parallel.wall) + s10.build.wall;
  const rss = Math.max(serial.rss, s10.build.rss);
  if (jscpd) {
    say(`  jscpd 5.3.2 (--min-tokens 10 --min-lines 1): ${fmt(jscpd.wall, 1)} s, ${fmt(jscpd.rss, 0)} MB (exit ${jscpd.status}); laiyuan/jscpd: wall ${fmt(best / jscpd.wall)}×, RSS ${fmt(rss / jscpd.rss)}×`);
    target(best <= 0.8 * jscpd.wall && rss <= 0.5 * jscpd.rss, `10k+10k: laiyuan ≤ 0.8× jscpd's wall and ≤ 0.5× its RSS: ${fmt(best / jscpd.wall)}×, ${fmt(rss / jscpd.rss)}×`);
  } else target(undefined, '10k+10k against jscpd: jscpd is not installed (npm ci installs the pinned dev dependency)');
  target(sc.edited.hit === sc.edited.total && sc.reprint.hit === sc.reprint.total, `10k+10k: every reprint and edit found: ${sc.reprint.hit + sc.edited.hit}/${sc.reprint.total + sc.edited.total}`);
  target(sc.excerpt.hit === sc.excerpt.total, `10k+10k: every excerpt of ≥ 50 normalised characters found: ${sc.excerpt.hit}/${sc.excerpt.total}`);
  target(sc.falsePositives === 0, `10k+10k: 0 false-positive originals: ${sc.falsePositives}`);
  target(limit.wall / best >= 0.25, `end-to-end throughput ≥ 0.25× the limit: ${fmt(limit.wall / best)}×`);
  target(parallel.wall < serial.wall, `--concurrency 2 faster than serial on 10,000 files: ${fmt(serial.wall / parallel.wall)}×`);
}

say('targets:');
for (const t of targets) say(`  ${t}`);
if (!flag('--keep')) rmSync(work, { recursive: true, force: true });

function median(n, f) {
  const runs = Array.from({ length: n }, f).sort((a, b) => a.wall - b.wall);
  return runs[Math.floor(n / 2)];
}

function label(n) {
  return n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`;
}

function os() {
  return `${process.platform} ${process.arch}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`;
}

/** Opening the index (header, tables) and, when a check would, reading all its postings, in a fresh process. */
function loadTime(file) {
  const script = `import { FileIndexStore } from ${JSON.stringify(path.join(root, 'dist/io/index-file.js'))};
const t0 = performance.now(); const s = FileIndexStore.open(${JSON.stringify(file)}, 'x', { cwd: '/' }); const t1 = performance.now();
const all = s['header'].sections.postings.length <= ${PRELOAD_BYTES};
if (all) { await s.lookup(Uint32Array.of(1), 1000); s['preload'](); }
const t2 = performance.now();
console.log(JSON.stringify({ open: (t1 - t0) / 1000, all: all ? (t2 - t0) / 1000 : undefined }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.stdout);
}

/** The limit: read every file, decode UTF-8, hash every 8-character shingle, on one core. */
function limitBaseline(files) {
  const script = `import { readFileSync } from 'node:fs';
const files = JSON.parse(readFileSync(0, 'utf8'));
const t = performance.now(); let x = 0;
for (const f of files) { const s = new TextDecoder().decode(readFileSync(f)); let h = 0;
  for (let i = 0; i < s.length; i++) { h = (Math.imul(h, 0x01000193) + s.charCodeAt(i)) | 0; if (i >= 8) x ^= h; } }
console.log(JSON.stringify({ wall: (performance.now() - t) / 1000, x }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(files), encoding: 'utf8' });
  return JSON.parse(out.stdout);
}
