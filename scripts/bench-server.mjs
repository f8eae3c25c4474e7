// The archive index on a PostgreSQL server, measured (issue 16; not a timed test): a seeded
// synthetic archive built into an index file, pushed to the server (push time, table and index
// sizes), then 1, 4 and 8 concurrent runners each checking 1,000 files against the server and
// against the file: wall time, files/s in all, p50/p95 of the per-document lookup, the runners'
// CPU and the server's (its backends' CPU, when the server runs on this machine).
// Run: npm run bench:server [-- --articles 100000 --url postgres://…]. Default: 20,000 articles,
// the local server (127.0.0.1:5432, database test), schema laiyuan_bench (replaced).
// --dir FOLDER keeps the archive, content and index file there and reuses what it finds (a 1M
// build takes a while); --stop-after build ends once the index file is built, --stop-after push
// once it is pushed and the server's tables measured; --skip-push
// checks against what the server holds already (a push of the same folder's index); --only
// server|file runs the runners against one of them; --files N has each runner check the first N
// of the 1,000 content files (a quarter of each kind, as in all 1,000).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './accuracy/args.mjs';
import { article, derived } from './scale/generate.mjs';
import { serverCpu } from './scale/server-cpu.mjs';
import { writeArchive } from './scale/write-archive.mjs';
import { serverPhases } from './scale/server-phases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/main.js');
const runner = path.join(root, 'scripts/scale/server-runner.mjs');
const articles = numberArg('--articles', 20000);
const fileCount = numberArg('--files', 1000);
const runnerCounts = (process.argv.includes('--runners') ? process.argv[process.argv.indexOf('--runners') + 1] : '1,4,8').split(',').map(Number);
const urlAt = process.argv.indexOf('--url');
const url = urlAt > 0 ? process.argv[urlAt + 1] : 'postgres://postgres@127.0.0.1:5432/test?schema=laiyuan_bench';
const dirAt = process.argv.indexOf('--dir');
const kept = dirAt > 0;
const skipPush = process.argv.includes('--skip-push');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';
const stopAfter = process.argv.includes('--stop-after') ? process.argv[process.argv.indexOf('--stop-after') + 1] : '';
const schema = new URL(url).searchParams.get('schema') ?? 'laiyuan';
const seed = 16;
const dir = kept ? path.resolve(process.argv[dirAt + 1]) : mkdtempSync(path.join(os.tmpdir(), 'laiyuan-bench-server-'));
const secs = (t) => ((performance.now() - t) / 1000).toFixed(1);
const laiyuan = (args) => execFileSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });

try {
  let t = performance.now();
  const written = writeContentAndArchive();
  console.log(`laiyuan server bench  ${articles.toLocaleString('en-US')} articles, 1,000 content files (${written ? `written in ${secs(t)} s` : `kept in ${dir}`}), ${os.cpus().length} cores, ${url.replace(/:[^:@/]*@/, '@')}`);

  t = performance.now();
  if (existsSync(path.join(dir, 'archive.lyx'))) console.log(`  index build (file)    kept: ${path.join(dir, 'archive.lyx')}`);
  else {
    console.log(`  index build (file)    ${laiyuan(['index', 'build', 'corpus', '-o', 'archive.tmp.lyx']).trim()}  [${secs(t)} s]`);
    renameSync(path.join(dir, 'archive.tmp.lyx'), path.join(dir, 'archive.lyx'));
  }
  if (stopAfter === 'build') stop();
  if (skipPush) console.log('  index push            skipped (--skip-push): the server holds it already');
  else {
    execFileSync('psql', [url.replace(/\?.*$/, ''), '-qc', `DROP SCHEMA IF EXISTS ${schema} CASCADE`], { stdio: 'ignore' });
    const pushCpu = await serverCpu(url, schema);
    const phases = await serverPhases(url, schema);
    t = performance.now();
    const pushed = await runCli(['index', 'push', 'archive.lyx', '--to', url]);
    const pushWall = secs(t);
    const pushServer = await pushCpu();
    console.log(`  index push            ${pushed.out.trim()}  [${pushWall} s wall, COPY + index + VACUUM ANALYZE; client CPU ${pushed.cpu}, peak ${pushed.peak}; server CPU ${pushServer ? `${pushServer.seconds.toFixed(1)} s (whole server ${pushServer.whole.toFixed(1)} s)` : 'n/a'}; ${await phases()}]`);
  }
  const stats = JSON.parse(laiyuan(['index', 'stats', url, '--format', 'json']));
  const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
  console.log(`  server tables         fingerprints ${mb(stats.fingerprintTableBytes)} + index ${mb(stats.fingerprintIndexBytes)} (${stats.fingerprints.toLocaleString('en-US')} rows, ${stats.partitions} partitions); articles ${mb(stats.articleTableBytes)}`);
  if (stopAfter === 'push') stop();

  const sides = [['server', url], ['file', path.join(dir, 'archive.lyx')]].filter(([name]) => !only || name === only);
  for (const [name, index] of sides) {
    for (const runners of runnerCounts) {
      const cpu = name === 'server' ? await serverCpu(url, schema) : undefined;
      t = performance.now();
      const results = await Promise.all(Array.from({ length: runners }, () => runOne(index)));
      const wall = (performance.now() - t) / 1000;
      const server = cpu ? await cpu() : null;
      const client = results.reduce((n, r) => n + r.cpu, 0);
      const cpuLine = `CPU runners ${client.toFixed(1)} s (peak ${Math.max(...results.map((r) => r.rss)).toFixed(0)} MB a runner), server ${server ? `${server.seconds.toFixed(1)} s in ${server.backends} backends (whole server ${server.whole.toFixed(1)} s)` : 'n/a'}`;
      const files = results.reduce((n, r) => n + r.files, 0);
      const p50 = results.map((r) => r.p50).sort((a, b) => a - b)[Math.floor(runners / 2)];
      const p95 = Math.max(...results.map((r) => r.p95));
      console.log(`  ${name.padEnd(6)} ${runners} runner${runners > 1 ? 's' : ' '}  wall ${wall.toFixed(1)} s  ${(files / wall).toFixed(files / wall < 10 ? 2 : 0)} files/s in all  lookup per document p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  reuse found in ${results[0].found}/${results[0].files}  ${cpuLine}`);
    }
  }
} finally {
  if (!kept) rmSync(dir, { recursive: true, force: true });
}

/** Ends the bench early (--stop-after): process.exit passes over the finally that removes a folder not kept. */
function stop() {
  if (!kept) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

/**
 * The archive (one .txt per article up to 20,000, JSON Lines of 1,000 records beyond) and 1,000
 * content files derived from every (n/1000)th article; false when a kept folder already holds them.
 */
function writeContentAndArchive() {
  if (existsSync(path.join(dir, 'content', 'd0999.txt'))) return false;
  writeArchive(path.join(dir, 'corpus'), seed, articles, 20000);
  const step = Math.max(1, Math.floor(articles / 1000));
  const sources = Array.from({ length: Math.min(1000, Math.ceil(articles / step)) }, (_, k) => article(seed, k * step));
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  const kinds = ['reprint', 'edited', 'excerpt', 'original'];
  sources.forEach((a, i) => {
    const made = derived(kinds[i % 4], a, seed, i);
    writeFileSync(path.join(dir, 'content', `d${String(i).padStart(4, '0')}.txt`), typeof made === 'string' ? made : made.text);
  });
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\n');
  return true;
}

/** A laiyuan command run without blocking the samplers: its output, CPU (user + system) and peak memory (GNU time). */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M', process.execPath, cli, ...args], { cwd: dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => {
      const [user, sys, kb] = err.trim().split('\n').pop().split(' ').map(Number);
      if (code !== 0) reject(new Error(`laiyuan ${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ out, cpu: `${(user + sys).toFixed(1)} s`, peak: `${(kb / 1024).toFixed(0)} MB` });
    });
  });
}

function runOne(index) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, index, path.join(dir, 'content'), '32', String(fileCount)], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`runner exited ${code}`))));
  });
}
