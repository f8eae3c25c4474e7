// The worker's side of a --concurrency check (workers.ts starts the workers): the entry point
// check-worker.ts calls serveChecks, which opens the index files it is sent. Apart from workers.ts
// so that the main thread loads the index reader only for a run with an index.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Project } from '../core/judge/check-document.js';
import type { Rule } from '../core/judge/rule.js';
import type { IndexStore } from '../core/match/index-store.js';
import { shareBetweenThreads } from '../core/match/narrow.js';
import { SharedPrepared } from '../core/match/shared-prepared.js';
import { FileIndexStore } from './index-file.js';
import { sharedCorpusIndex } from './shared-corpus.js';
import { checkFileInTurn } from './check-files.js';
import { DateWaits } from './date-waits.js';
import type { CheckOptions, FileCheck } from './file-check.js';
import { errorReply } from './worker-errors.js';
import type { Batch, IndexFile, IndexSetup, Reply, ThreadTimes, WorkerInput } from './workers.js';

/**
 * The worker's side: opens the index files of its first message, then checks each batch of files
 * it is sent, one batch after the other (a file's time budget runs while it alone is checked),
 * with the project it was started with and `rules`.
 */
export function serveChecks(rules: readonly Rule[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveChecks runs in a worker thread');
  const { project, options } = workerData as WorkerInput;
  let full: Project | undefined;
  let previous: Promise<void> = Promise.resolve();
  // a file waiting on git for a date is sent once it has it, the next batches checked meanwhile
  const waits = new DateWaits();
  let inHand = 0;
  const times: ThreadTimes = { ready: 0, checking: 0, starved: 0 };
  // since when the worker has had no batch in hand, once ready
  let idle = 0;
  port.on('message', (message: IndexSetup | Batch) => {
    if (!Array.isArray(message)) {
      const indexes = new Map(message.corpora.map(([pack, corpus]) => [pack, sharedCorpusIndex(corpus)]));
      full = { ...project, indexes, stores: openIndexFiles(message.indexFiles, options.cwd), rules };
      idle = times.ready = performance.now();
      return;
    }
    const batch = message;
    const checking = full;
    if (!checking) throw new Error('a worker thread was sent files before its index files');
    if (inHand++ === 0) times.starved += performance.now() - idle;
    previous = previous.then(() =>
      checkBatch(batch, checking, options, waits, port, times).then(
        () => {
          // nothing more to check here: git asked for the dates waited on
          if (--inHand === 0) {
            waits.ask();
            idle = performance.now();
          }
        },
        (error: unknown) => port.postMessage(errorReply(error) satisfies Reply),
      ),
    );
  });
}

/** A worker's batch checked: the checks done sent at once, those waiting on a date once they have it. */
async function checkBatch(batch: Batch, project: Project, options: CheckOptions, waits: DateWaits, port: MessagePort, times: ThreadTimes): Promise<void> {
  const checks: FileCheck[] = [];
  const later: Array<Promise<void>> = [];
  const now: number[] = [];
  for (const [at, { file }] of batch.entries()) {
    const begun = performance.now();
    const started = await waits.start((told) => checkFileInTurn(file, project, options, told), (check) => (checks[at] = check));
    times.checking += performance.now() - begun;
    if (started.later) later.push(started.later);
    else now.push(at);
  }
  const waiting = batch.map((_, at) => at).filter((at) => !now.includes(at));
  port.postMessage({ ids: now.map((at) => batch[at].id), checks: now.map((at) => checks[at]), waiting: waiting.length, times } satisfies Reply);
  if (waiting.length === 0) return;
  void Promise.all(later).then(
    () => port.postMessage({ ids: waiting.map((at) => batch[at].id), checks: waiting.map((at) => checks[at]), late: true, times } satisfies Reply),
    (error: unknown) => port.postMessage(errorReply(error) satisfies Reply),
  );
}

/** Each pack's index file opened on this thread, sharing its postings and prepared articles with the other threads. */
function openIndexFiles(indexFiles: readonly IndexFile[], cwd: string): Map<string, IndexStore> {
  return new Map(indexFiles.map(({ pack, file, display, build, prepared, postings }) => {
    const store = FileIndexStore.open(file, display, { cwd, postings, build });
    shareBetweenThreads(store, new SharedPrepared(prepared, (id) => store.article(id), store.boilerplate));
    return [pack, store];
  }));
}
