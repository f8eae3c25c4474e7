// An index build's per-article work on worker threads (index build/update --concurrency): the
// main thread lists the corpus files, hands them out in runs of consecutive files, and takes the
// prepared batches back in corpus order; it only appends them to the index (records, line keys,
// postings) and does the whole-archive work at the end (boilerplate, sorting the postings).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { CorpusFile } from './corpus-read.js';
import { prepareFiles, StopList, transferList, type PrepSetup, type PreparedBatch } from './article-prep.js';
import type { Concurrency } from './workers.js';
import { partBuffers, runBuffers, sortPart, type PartJob, type PartSorter, type SortedPart } from './part-sort.js';
import { errorOf, errorReply, type ErrorReply } from './worker-errors.js';

/** How a build may use worker threads: as many as `concurrency` says, each running `script` (which calls serveBuild). */
export interface BuildThreads {
  concurrency: Concurrency;
  script: URL;
}

/** Corpus bytes per thread below which another thread costs more (its start, its messages) than it saves: about a second's work. */
const BYTES_PER_THREAD = 8 * 1024 * 1024;
/** Articles a batch is made of, about: few messages, yet the threads' batches stay even. */
const ARTICLES_PER_BATCH = 500;
/** Files in a batch at most (a corpus of one article a file). */
const MAX_FILES_PER_BATCH = 256;
/** A run of files is at most the files left over this many a thread: the runs shrink as the corpus's end nears. */
const TAIL_SHARES = 4;
/** Batches a worker holds at once: the next waits beside it while it prepares one. */
const BATCHES_HELD = 2;
/** Batches given out and not yet taken by the builder, per worker: those made ahead of their turn wait in memory. */
const BATCHES_AHEAD = 4;

/**
 * Threads to use: N as asked (at most one per file), or for 'auto' one per 8 MB of corpus up to
 * one per core (files are measured until that much is found); 1 means serial. Of more than
 * SIZES_MEASURED files, one in every few is measured for those around it: the threads are
 * started only once this is known, and a stat of each file cost a 10,000-file build 70 ms first.
 */
export function buildThreadsFor(concurrency: Concurrency, files: readonly CorpusFile[], cores = availableParallelism()): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files.length));
  const step = Math.ceil(files.length / SIZES_MEASURED);
  let bytes = 0;
  // on this thread: a trip to the thread pool a file cost a 10,000-file build 0.3 s before its first article
  for (let i = 0; i < files.length && bytes < cores * BYTES_PER_THREAD; i += step) bytes += sizeOf(files[i].absolute) * Math.min(step, files.length - i);
  return Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** Files 'auto' measures at most: all of a corpus of as many or fewer. */
const SIZES_MEASURED = 256;

/** A file's size; 0 when it cannot be seen (its read says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * The worker threads of a build, started once for both of its parallel stages: preparing the
 * corpus files' articles, then sorting the parts of the postings (no second start-up at the end,
 * while the main thread would wait). `close` ends them.
 */
export class BuildPool {
  private readonly workers: Array<{ worker: Worker; held: number }>;
  /** The stage running: what a worker's reply goes to. */
  private stage: { reply: (reply: Reply<unknown>) => void; fail: (error: Error) => void } | undefined;
  private broken: Error | undefined;
  private closed = false;

  constructor(script: URL, setup: PrepSetup, threads: number) {
    this.workers = Array.from({ length: threads }, () => ({ worker: new Worker(script, { workerData: setup }), held: 0 }));
    const fail = (error: Error) => {
      this.broken ??= error;
      this.stage?.fail(error);
    };
    for (const entry of this.workers) {
      entry.worker.on('message', (reply: Reply<unknown>) => {
        entry.held--;
        this.stage?.reply(reply);
      });
      entry.worker.on('error', fail);
      entry.worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`a worker thread stopped before its work was done (exit code ${code})`));
      });
    }
  }

  /** The prepared articles of `files`, batch by batch in corpus order. */
  batches(files: readonly CorpusFile[]): AsyncGenerator<PreparedBatch> {
    // runs of about ARTICLES_PER_BATCH articles, by the articles per file seen so far
    let next = 0;
    let filesDone = 0;
    let articlesDone = 0;
    const threads = this.workers.length;
    function* runs(): Generator<FilesJob> {
      while (next < files.length) {
        const size = filesDone === 0 ? 1 : Math.round((ARTICLES_PER_BATCH * filesDone) / Math.max(1, articlesDone));
        // smaller near the end: the threads end together, none idle while another prepares a whole run
        const tail = Math.ceil((files.length - next) / (threads * TAIL_SHARES));
        yield { kind: 'files', files: files.slice(next, (next += Math.max(1, Math.min(MAX_FILES_PER_BATCH, size, tail)))) };
      }
    }
    const seen = (batch: PreparedBatch) => {
      filesDone += batch.names.length;
      articlesDone += batch.counts.reduce((n, c) => n + c, 0);
    };
    return this.inOrder<PreparedBatch>(runs(), () => [], seen);
  }

  /** Sorts the parts of an index's postings, giving them back in order. */
  readonly sort: PartSorter = (jobs) => this.inOrder<SortedPart>(jobs, (job) => (job.kind === 'sort' ? runBuffers(job) : []));

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /**
   * The results of `jobs`, in their order: each worker holds BATCHES_HELD jobs at once, and no
   * more than BATCHES_AHEAD a worker are given out and not yet taken. One stage at a time.
   */
  private async *inOrder<R>(jobs: Iterator<Job>, transfer: (job: Job) => ArrayBuffer[], seen?: (result: R) => void): AsyncGenerator<R> {
    const waiting = new Map<number, Waiting<R>>();
    const resultOf = (id: number): Waiting<R> => {
      let entry = waiting.get(id);
      if (!entry) {
        let resolve!: (result: R) => void;
        let reject!: (error: Error) => void;
        const promise = new Promise<R>((yes, no) => ((resolve = yes), (reject = no)));
        promise.catch(() => undefined);
        waiting.set(id, (entry = { promise, resolve, reject }));
      }
      return entry;
    };
    const threads = this.workers.length;
    let given = 0;
    let taken = 0;
    let exhausted = false;
    let failure = this.broken;
    const give = () => {
      while (!failure && !exhausted && given - taken < threads * BATCHES_AHEAD) {
        const free = this.workers.reduce((a, b) => (b.held < a.held ? b : a));
        if (free.held >= BATCHES_HELD) return;
        const job = jobs.next();
        if (job.done) {
          exhausted = true;
          return;
        }
        resultOf(given);
        free.held++;
        free.worker.postMessage({ id: given++, job: job.value }, transfer(job.value));
      }
    };
    this.stage = {
      reply: (reply) => {
        if ('error' in reply) return this.stage?.fail(errorOf(reply));
        const result = reply.result as R;
        seen?.(result);
        resultOf(reply.id).resolve(result);
        give();
      },
      fail: (error) => {
        failure ??= error;
        for (const entry of waiting.values()) entry.reject(failure);
      },
    };
    try {
      give();
      for (let id = 0; id < given; id++) {
        const result = await resultOf(id).promise;
        waiting.delete(id);
        taken++;
        give();
        yield result;
      }
      // a worker that ended while it held no job leaves jobs never given out: not the end of them
      if (failure && !exhausted) throw failure;
    } finally {
      this.stage = undefined;
    }
  }
}

/**
 * The prepared articles of `files` on this thread, batch by batch in corpus order: batches of
 * many files, since the builder keeps each batch's postings as a chunk of every part (a file a
 * batch made 10,000 tiny chunks a part of a 10,000-file corpus, a tenth of its build's CPU to
 * gather), and of about as many articles as a worker's at most (memory stays bounded).
 */
export function preparedHere(files: readonly CorpusFile[], setup: PrepSetup): AsyncGenerator<PreparedBatch> {
  return prepareFiles(files, setup, new StopList(setup.notice, setup.match), { files: FILES_HERE, articles: ARTICLES_PER_BATCH });
}

/** Files a batch prepared on the main thread. */
const FILES_HERE = 64;

type FilesJob = { kind: 'files'; files: CorpusFile[] };
type Job = FilesJob | PartJob;
type Reply<R> = { id: number; result: R } | ({ id: number } & ErrorReply);

interface Waiting<R> {
  promise: Promise<R>;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/** The worker's side: does each job it is sent (a run of files to prepare, a part of the postings to sort), one after the other. */
export function serveBuild(): void {
  const port = parentPort;
  if (!port) throw new Error('serveBuild runs in a worker thread');
  const setup = workerData as PrepSetup;
  const stop = new StopList(setup.notice, setup.match);
  let previous: Promise<void> = Promise.resolve();
  port.on('message', ({ id, job }: { id: number; job: Job }) => {
    previous = previous.then(async () => {
      try {
        if (job.kind === 'sort') {
          const result = sortPart(job);
          port.postMessage({ id, result } satisfies Reply<SortedPart>, partBuffers(result));
          return;
        }
        for await (const result of prepareFiles(job.files, setup, stop, { files: Infinity, articles: Infinity }, true)) port.postMessage({ id, result } satisfies Reply<PreparedBatch>, transferList(result));
      } catch (error) {
        port.postMessage({ id, ...errorReply(error) } satisfies Reply<never>);
      }
    });
  });
}
