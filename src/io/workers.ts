import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Project } from '../core/judge/check-document.js';
import type { Rule } from '../core/judge/rule.js';
import type { IndexStore } from '../core/match/index-store.js';
import { FileIndexStore } from './index-file.js';
import { checkFile, checkFiles, checkInFlight, type CheckOptions, type FileCheck } from './check-files.js';

export type Concurrency = 'auto' | number;

/** Files per thread below which another thread costs more (start-up, copying the index) than it saves. */
const FILES_PER_THREAD = 50;

/** What a worker is given: the project as loaded by the main thread, without the rules (code, which it imports itself). */
interface WorkerInput {
  project: Omit<Project, 'rules' | 'stores'>;
  /** Per pack, the index file each worker opens itself: the index is shared through the file, never copied. */
  indexFiles: Array<[string, string]>;
  options: Omit<CheckOptions, 'onFile'>;
}

type Reply = { id: number; check: FileCheck } | { id: number; error: string };

/**
 * Threads to use: N as asked (at most one per file), or for 'auto' one per 50 files, leaving one
 * core to the main thread, which reads, copies and merges; 1 means serial. Measured with
 * `npm run bench` on 2 cores, two workers were slower than one thread (copying the project and
 * the results costs more than the second core gives), so 'auto' stays serial there.
 */
export function threadsFor(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  const wanted = concurrency === 'auto' ? Math.min(cores - 1, Math.floor(files / FILES_PER_THREAD)) : concurrency;
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Checks files on `threads` worker threads running `script` (which calls `serveChecks`), results
 * in the order of `files`, as the serial run gives them. Standard input ('-') is read here.
 */
export async function checkConcurrently(files: readonly string[], project: Project, options: CheckOptions, threads: number, script: URL): Promise<FileCheck[]> {
  const onDisk = files.map((file, id) => ({ file, id })).filter((f) => f.file !== '-');
  if (servesFromServer(project.stores)) return checkInFlight(files, project, options, DOCUMENTS_IN_FLIGHT);
  if (threads <= 1 || onDisk.length <= 1) return checkFiles(files, project, options);
  const results: FileCheck[] = new Array<FileCheck>(files.length);
  let done = 0;
  const finish = (id: number, check: FileCheck) => {
    results[id] = check;
    options.onFile?.(++done, files.length);
  };
  const { rules: _rules, stores, ...shared } = project;
  const { onFile: _onFile, ...plain } = options;
  const input: WorkerInput = { project: shared, indexFiles: indexFilesOf(stores), options: plain };
  const queue = [...onDisk];
  await Promise.all(Array.from({ length: Math.min(threads, onDisk.length) }, () => runWorker(script, input, queue, finish)));
  for (const [id, file] of files.entries()) if (file === '-') finish(id, await checkFile(file, project, options));
  return results;
}

/** One worker: hands it the next file each time it answers, until the queue is empty. */
function runWorker(script: URL, input: WorkerInput, queue: { file: string; id: number }[], finish: (id: number, check: FileCheck) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    let over = false;
    const stop = (error?: Error) => {
      over = true;
      void worker.terminate();
      if (error) {
        queue.length = 0;
        reject(error);
      } else resolve();
    };
    const next = () => {
      const job = queue.shift();
      if (job) worker.postMessage(job);
      else stop();
    };
    worker.on('message', (reply: Reply) => {
      if ('error' in reply) return stop(new Error(reply.error));
      finish(reply.id, reply.check);
      next();
    });
    worker.on('error', (error) => stop(error));
    worker.on('exit', (code) => {
      if (!over) reject(new Error(`a worker thread stopped before its work was done (exit code ${code})`));
    });
    next();
  });
}

/** Files checked at once against an index server: their lookups go to it together, in one query. */
const DOCUMENTS_IN_FLIGHT = 32;

/** An index on a server is shared by connections, not by threads: its checks stay on this thread, many at once. */
function servesFromServer(stores: Project['stores']): boolean {
  return [...(stores?.values() ?? [])].some((store) => !(store instanceof FileIndexStore));
}

function indexFilesOf(stores: Project['stores']): Array<[string, string]> {
  return [...(stores ?? new Map<string, IndexStore>())].map(([pack, store]) => {
    if (!(store instanceof FileIndexStore)) throw new Error(`the index of pack '${pack}' is not a file: worker threads cannot open it`);
    return [pack, store.file];
  });
}

/** The worker's side: checks each file it is sent with the project it was given and `rules`. */
export function serveChecks(rules: readonly Rule[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveChecks runs in a worker thread');
  const { project, indexFiles, options } = workerData as WorkerInput;
  const stores = new Map(indexFiles.map(([pack, file]) => [pack, FileIndexStore.open(file, file, { cwd: options.cwd })]));
  const full: Project = { ...project, stores, rules };
  port.on('message', (job: { file: string; id: number }) => {
    checkFile(job.file, full, options).then(
      (check) => port.postMessage({ id: job.id, check } satisfies Reply),
      (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    );
  });
}
