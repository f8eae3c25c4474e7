import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Project } from '../core/judge/check-document.js';
import type { IndexStore } from '../core/match/index-store.js';
import { shareBetweenThreads } from '../core/match/narrow.js';
import { SharedPrepared, sharedPreparedBuffer } from '../core/match/shared-prepared.js';
import type { FileIndexStore, SharedPostings } from './index-file.js';
import { shareCorpus, type SharedCorpus } from './shared-corpus.js';
import { checkFile, checkFileInTurn, checkFiles, checkInFlight, settled } from './check-files.js';
import { DateWaits } from './date-waits.js';
import type { CheckOptions, FileCheck } from './file-check.js';
import { errorOf, type ErrorReply } from './worker-errors.js';

export type Concurrency = 'auto' | number;

/**
 * Files per thread below which another thread costs more (start-up, opening the index, a cold
 * article cache) than it saves. At 1,000 files against the 10k bench's index, 2 threads on 2 cores
 * took 4.2 s against serial 4.5–5.3 s in one hour, the same as serial the evening before, and always
 * some 25 % more CPU; on a machine whose cores were busy (load 2–4.5) they were slower. 1,000 per
 * thread (serial under 2,000 files) was tried and taken back: a CI runner's free core is the common case.
 */
const FILES_PER_THREAD = 500;

/**
 * What a worker is started with: the project as loaded by the main thread, without the rules (code,
 * which it imports itself) and the indexes, which come with its first message.
 */
export interface WorkerInput {
  project: Omit<Project, 'rules' | 'stores' | 'indexes'>;
  options: Omit<CheckOptions, 'onFile' | 'settle'>;
}

/**
 * A worker's first message: per pack, the index file it opens itself (and its name as shown): the
 * index is shared through the file, never copied; and the buffer of the articles prepared by any
 * of them. Sent once the worker is started, not with it: see checkConcurrently.
 */
export interface IndexSetup {
  indexFiles: IndexFile[];
  /** Per pack, the index built in memory from its corpus folders, shared (shared-corpus.ts). */
  corpora: Array<[pack: string, corpus: SharedCorpus]>;
}

/** Files sent to a worker in one message, with their places in the run. */
export type Batch = Array<{ file: string; id: number }>;

export interface IndexFile {
  pack: string;
  file: string;
  display: string;
  /** The command its messages suggest to build it again (OpenOptions.build). */
  build?: string;
  prepared: SharedArrayBuffer;
  /** All its postings, read and checked once on the main thread, when they are read all at once (FileIndexStore.sharedPostings). */
  postings?: SharedPostings;
}

/**
 * A batch's checks: those done, with how many more wait on git for a date (`waiting`), sent later
 * together (`late`), so that the worker goes on with its next batch meanwhile.
 */
export type Reply = { ids: number[]; checks: FileCheck[]; waiting?: number; late?: true; times: ThreadTimes } | ErrorReply;

/**
 * A thread's time in a --concurrency run, in ms from its start (LAIYUAN_DEBUG=1): `ready`, when it
 * could check (a worker: its modules loaded, its index files opened); `checking`, spent in its
 * checks; `starved`, a worker's with no batch in hand once ready (waiting on the main thread).
 */
export interface ThreadTimes {
  ready: number;
  checking: number;
  starved: number;
}

/**
 * A worker's young generation, in MB (V8's own default is some 48): a check makes much short-lived
 * garbage, and each thread's nursery, grown to its largest, is resident memory the run keeps; the
 * smaller it is, the more often it is swept, each sweep copying what has not yet died, with helper
 * threads that take the cores from the workers. On the 10k+10k set with two threads, alternating
 * runs on a loaded machine: 12 MB peaked at 437-462 MB RSS, 24 MB at 466-488 MB for 0.3-1.5 s
 * less CPU (of 41-44 s) in each of six pairs (half as many scavenges on 2,000 of its files);
 * 48 MB at 525-537 MB, no less CPU than 24.
 */
const WORKER_YOUNG_MB = 24;

/**
 * Bytes of prepared articles the workers share at most (shared-prepared.ts), each article once:
 * some 2.5 kB an article of news, its normalised text and breaks, so 48 MB holds ~19,000.
 */
const SHARED_PREPARED_BYTES = 48 * 1024 * 1024;

/** Batches a worker holds at once: the next waits beside it while it checks one, so it never idles on the main thread. */
const BATCHES_HELD = 2;
/** Files per batch at most: more saves few messages, fewer evens out the threads' last batches. */
const MAX_BATCH = 32;
/** Batches each thread would take of the files left, were they all as big as the next: see batchSize. */
const SHARES = 8;

/**
 * Files in the next batch when `left` are left for `threads` threads: a share of them, at most
 * MAX_BATCH, so that batches shrink as the queue runs dry and the threads, each holding its last
 * ones (BATCHES_HELD), finish within a few files of each other rather than a batch or two apart.
 */
export function batchSize(left: number, threads: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(left / (threads * SHARES))));
}

/**
 * Threads to use: N as asked (at most one per file), or for 'auto' one per 500 files up to one per
 * core; 1 means serial. The main thread is one of them: it checks a share of the batches beside
 * N − 1 workers, between handing them theirs and merging their light results (documents stay in
 * the workers unless a finding needs them). A worker more in its stead would cost a Node.js start,
 * its own copy of the check's compiled code, and a second core's worth of idle start-up.
 */
export function threadsFor(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  const wanted = concurrency === 'auto' ? Math.min(cores, Math.floor(files / FILES_PER_THREAD)) : concurrency;
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Checks files on `threads` threads, this one and workers running `script` (which calls
 * `serveChecks`), results in the order of `files`, as the serial run gives them. Standard input
 * ('-') is read here.
 */
export async function checkConcurrently(files: readonly string[], project: Project, options: CheckOptions, threads: number, script: URL): Promise<FileCheck[]> {
  const onDisk = files.map((file, id) => ({ file, id })).filter((f) => f.file !== '-');
  // the index reader is loaded only for a run with an index
  const FileStore = project.stores?.size ? (await import('./index-file.js')).FileIndexStore : undefined;
  if (servesFromServer(project.stores, FileStore)) return checkInFlight(files, project, options, DOCUMENTS_IN_FLIGHT);
  if (threads <= 1 || onDisk.length <= 1) return checkFiles(files, project, options);
  const results: FileCheck[] = new Array<FileCheck>(files.length);
  let done = 0;
  const finish = (id: number, check: FileCheck) => {
    results[id] = settled(check, options);
    options.onFile?.(++done, files.length);
  };
  const { rules: _rules, stores, indexes, ...shared } = project;
  const { onFile: _onFile, settle: _settle, ...plain } = options;
  const workers = Math.min(threads, onDisk.length) - 1;
  const input: WorkerInput = { project: shared, options: plain };
  // started first: each worker's start (a Node.js environment, the check's modules: some 0.2 s of
  // a core) runs beside the reading of the postings for all of them, not after it
  const started = Array.from({ length: workers }, () => new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }));
  let setup: IndexSetup;
  try {
    setup = { indexFiles: indexFilesOf(stores, FileStore, onDisk.length >= (workers + 1) * FILES_TO_PRELOAD), corpora: [...indexes].map(([pack, index]) => [pack, shareCorpus(index)]) };
  } catch (error) {
    for (const worker of started) void worker.terminate();
    throw error;
  }
  const queue: Batch[] = [];
  for (let i = 0; i < onDisk.length; ) {
    const size = batchSize(onDisk.length - i, workers + 1);
    queue.push(onDisk.slice(i, (i += size)));
  }
  for (const { pack, prepared } of setup.indexFiles) {
    const store = stores?.get(pack);
    if (FileStore && store instanceof FileStore) shareBetweenThreads(store, new SharedPrepared(prepared, (id) => store.article(id), store.boilerplate));
  }
  // the workers given their first batches before this thread takes its own
  const times: ThreadTimes[] = started.map(() => ({ ready: 0, checking: 0, starved: 0 }));
  const running = started.map((worker, w) => runWorker(worker, setup, queue, finish, (told) => (times[w] = told)));
  const here = checkHere(queue, project, plain, finish);
  await Promise.all([...running, here]);
  if (process.env.LAIYUAN_DEBUG === '1') process.stderr.write(threadLines(await here, onDisk.length, times));
  for (const [id, file] of files.entries()) if (file === '-') finish(id, await checkFile(file, project, options));
  return results;
}

/** The debug lines of a --concurrency run: the main thread's share, then each worker's times (see ThreadTimes). */
function threadLines(here: { checked: number; times: ThreadTimes }, files: number, workers: readonly ThreadTimes[]): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  const lines = [`the main thread checked ${here.checked} of the ${files} files (checking from ${ms(here.times.ready)} of the run, ${ms(here.times.checking)} in its checks)`];
  workers.forEach((t, w) => lines.push(`worker ${w + 1}: ready ${ms(t.ready)} after its start, ${ms(t.checking)} in its checks, ${ms(t.starved)} with no files in hand`));
  return lines.map((line) => `laiyuan: debug: ${line}\n`).join('');
}

/**
 * The main thread's share: the next batch of the queue, checked here, until none is left; the
 * files it checked and its times. After each file it turns to the event loop, where the workers'
 * replies wait to be merged and answered with their next batches (a batch checked whole first
 * could leave a worker idle on this thread).
 */
async function checkHere(queue: Batch[], project: Project, options: CheckOptions, finish: (id: number, check: FileCheck) => void): Promise<{ checked: number; times: ThreadTimes }> {
  let checked = 0;
  const times: ThreadTimes = { ready: performance.now(), checking: 0, starved: 0 };
  // a file waiting on git for a date is finished once it has it, the next checked meanwhile
  const waits = new DateWaits();
  try {
    for (let batch; (batch = queue.shift()); ) {
      for (const { file, id } of batch) {
        const started = performance.now();
        await waits.start((told) => checkFileInTurn(file, project, options, told), (check) => finish(id, check));
        times.checking += performance.now() - started;
        checked++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await waits.all();
  } catch (error) {
    // the workers stop once their batches are done
    queue.length = 0;
    throw error;
  } finally {
    waits.ask();
  }
  return { checked, times };
}

/** One worker: given `setup`, then keeps BATCHES_HELD batches of files with it, handing it the next each time it answers, until the queue is empty. */
function runWorker(worker: Worker, setup: IndexSetup, queue: Batch[], finish: (id: number, check: FileCheck) => void, timed: (times: ThreadTimes) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let over = false;
    const stop = (error?: Error) => {
      over = true;
      void worker.terminate();
      if (error) {
        queue.length = 0;
        reject(error);
      } else resolve();
    };
    let held = 0;
    // batches whose checks waiting on a date are still to come
    let late = 0;
    const next = () => {
      for (let batch; held < BATCHES_HELD && (batch = queue.shift()); held++) worker.postMessage(batch);
      if (held === 0 && late === 0) stop();
    };
    worker.on('message', (reply: Reply) => {
      if ('error' in reply) return stop(errorOf(reply));
      timed(reply.times);
      reply.checks.forEach((check, i) => finish(reply.ids[i], check));
      if (reply.late) late--;
      else {
        held--;
        if (reply.waiting) late++;
      }
      next();
    });
    worker.on('error', (error) => stop(error));
    worker.on('exit', (code) => {
      if (!over) reject(new Error(`a worker thread stopped before its work was done (exit code ${code})`));
    });
    worker.postMessage(setup);
    next();
  });
}

/** Files checked at once against an index server: their lookups go to it together, in one query. */
const DOCUMENTS_IN_FLIGHT = 32;

/** An index on a server is shared by connections, not by threads: its checks stay on this thread, many at once. */
function servesFromServer(stores: Project['stores'], FileStore: typeof FileIndexStore | undefined): boolean {
  return [...(stores?.values() ?? [])].some((store) => !(FileStore && store instanceof FileStore));
}

/**
 * Files per worker from which it would read all postings itself (past a quarter of the buckets: the
 * 10k bench's 13th document), so that the main thread reads them once for all (sharedPostings).
 */
const FILES_TO_PRELOAD = 16;

/** The index files the workers open; `sharePostings`: with all postings read once here. */
function indexFilesOf(stores: Project['stores'], FileStore: typeof FileIndexStore | undefined, sharePostings: boolean): IndexFile[] {
  return [...(stores ?? new Map<string, IndexStore>())].map(([pack, store]) => {
    if (!(FileStore && store instanceof FileStore)) throw new Error(`the index of pack '${pack}' is not a file: worker threads cannot open it`);
    const prepared = sharedPreparedBuffer(store.articleCount, SHARED_PREPARED_BYTES);
    return { pack, file: store.file, display: store.display, build: store.build, prepared, postings: sharePostings ? store.sharedPostings() : undefined };
  });
}
