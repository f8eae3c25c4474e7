// `laiyuan index update` on a server: the corpus files under the paths read again and only what
// changed written, in one transaction, with work in proportion to the change. Articles whose
// record is the same keep their id and rows; new ones take the next free ids; the rows of removed
// ones go. The archive's boilerplate (its recurring lines, and the fingerprints over the share
// bar, which moves with the article count) may change with it: the counts kept beside the
// postings (ddl.ts, schema version 2) tell which lines and fingerprints cross the bar, and only
// the articles holding a line that crossed it are fingerprinted again, only the postings of a
// fingerprint that crossed it moved between the kept and the left-out table. The rows are then
// those of a rebuild, ids aside (a rebuild numbers articles in corpus order). Articles held under
// another path than the one read (a folder renamed, or given through a link: update-moved.ts) are
// removed as those gone are.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { boilerplateBar, lineKey, type Boilerplate } from '../../core/match/boilerplate.js';
import type { Article } from '../../core/match/types.js';
import type { FileError } from '../../core/read/types.js';
import { normalize } from '../../core/normalize/index.js';
import { formatOf } from '../../core/read/format-of.js';
import { inCorpusOrder, noArticles, notThere, rebuildPaths, updateLimit } from '../archive.js';
import { DEFAULT_MAX_FILE_BYTES } from '../safe-read.js';
import { shellWord } from '../display-path.js';
import { findCorpusFiles, indexSource, noticeText, readCorpusFiles } from '../corpus-read.js';
import { fromStored, type StoredArticle } from '../index-records.js';
import { earlierServerForm, placelessServer } from '../record-counts.js';
import { StopList } from '../article-prep.js';
import { inTransaction, type Server } from './connect.js';
import { linesOf } from './counts.js';
import { checkedVersion } from './schema.js';
import { copyArticles, vacuumed } from './write.js';
import { builtMeta, storedRow, type NotWritten, type ServerArchiveOptions, type ServerBuilt } from './archive.js';
import { fingerprinted, HashDeltas, type Fingerprinted, type LineChanges, type Masking } from './update-counts.js';
import { isUnder, UpdateRows } from './update-rows.js';
import { heldElsewhere } from './update-moved.js';

export interface Changes {
  added: number;
  removed: number;
  /** HTML pages an earlier laiyuan wrote without headings, read again unchanged and written in this version's form (neither added nor removed). */
  forVersion: number;
  /** Kept articles whose rows a change of the boilerplate altered. */
  rewritten: number;
}

/** Articles of some files: held under another path than the one the update read them under (a folder renamed or moved, or given through a link), now held once, under the path read; or removed. */
export interface Moved {
  files: number;
  articles: number;
}

/** What an update read from the server and wrote: rows read, for the record (a test holds it to the change). */
export interface UpdateReads {
  /** Article records read (held under the paths, and kept ones fingerprinted again). */
  records: number;
  /** Count rows and posting rows read to learn the counts of the lines and fingerprints the change touched. */
  counts: number;
}

interface Held {
  id: number;
  file: string;
  fingerprints: number;
  record: Uint8Array;
}

/**
 * The index with the articles of the files under `paths` read again: what a rebuild over the same
 * files gives. A corpus error writes nothing, as a file update (updateArchive): a path gone from
 * the disk is a removal when the index holds files there, else an error, found before any file is
 * read; what the listing or the reading finds refuses the update before the server is written.
 */
export async function updateServerArchive(server: Server, paths: readonly string[], options: ServerArchiveOptions): Promise<(ServerBuilt & { changes: Changes; reads: UpdateReads; moved?: Moved; removed: Moved; overLimit: Moved; recordsOverLimit: number; maxFileSize?: number }) | NotWritten> {
  const started = Date.now();
  await checkedVersion(server, options);
  options = { ...options, maxFileSize: await limitOf(server, paths, options) };
  const read = await corpusUnder(server, paths, options);
  if ('errors' in read) return { errors: read.errors, skipped: read.skipped, kept: true };
  const tooBig = new Set(storedPaths(read.skipped.map((s) => s.file), options));
  const records = storedPaths(read.skipped.filter((s) => s.line !== undefined).map((s) => s.file), options);
  const done = await inTransaction(server, (client) => updated(new UpdateRows(client, server.target.schema), read.under, read.fresh, options, { tooBig, records }));
  // nothing written: the transaction only read
  if (done === undefined) return { errors: [noArticles(paths.map((p) => path.resolve(options.cwd, p)), read.files, options.cwd, 'update')], kept: true };
  await vacuumed(server);
  return { ...done, ms: Date.now() - started, errors: [], skipped: read.skipped };
}

/**
 * The --max-file-size the update reads by: the index's own unless another is given for every file
 * it holds (updateLimit, as for an index file). Refused, it prints a rebuild over the corpus folders
 * the server holds, which runs as printed.
 */
async function limitOf(server: Server, paths: readonly string[], options: ServerArchiveOptions): Promise<number> {
  return inTransaction(server, async (client) => {
    const rows = new UpdateRows(client, server.target.schema);
    const recorded = await rows.recordedLimit();
    const given = options.maxFileSize;
    const same = given === undefined || given === (recorded ?? DEFAULT_MAX_FILE_BYTES);
    const files = same ? [] : await rows.storedFiles();
    const under = storedPaths(paths, options);
    const all = same || files.every((file) => under.some((prefix) => isUnder(file, prefix)));
    const corpus = rebuildPaths(files.map((file) => path.resolve(options.base, file)), options.cwd);
    return updateLimit(recorded, given, all, server.target.shown, ['laiyuan index build', ...corpus, '--index', shellWord(server.target.shown)].join(' ') + (options.flags ?? ''));
  });
}

/** Paths as the server stores them: relative to the corpus root, with slashes ('' the whole corpus). */
function storedPaths(paths: readonly string[], options: ServerArchiveOptions): string[] {
  return paths.map((p) => path.relative(options.base, path.resolve(options.cwd, p)).split(path.sep).join('/'));
}

/** The paths as stored (relative to the corpus root, with slashes) and the articles under them in corpus order; or the errors that refuse the update. */
async function corpusUnder(server: Server, paths: readonly string[], options: ServerArchiveOptions): Promise<{ under: string[]; fresh: Article[]; files: number; skipped: FileError[] } | { errors: FileError[]; skipped?: FileError[] }> {
  const errors: FileError[] = [];
  const skipped: FileError[] = [];
  const roots = paths.map((p) => path.resolve(options.cwd, p));
  const under = storedPaths(paths, options);
  const gone = roots.flatMap((root, i) => (existsSync(root) ? [] : [{ root, stored: under[i] }]));
  const holding = gone.length === 0 ? [] : await inTransaction(server, (client) => new UpdateRows(client, server.target.schema).holdingUnder(gone.map((g) => g.stored)));
  for (const [i, { root }] of gone.entries()) if (!holding[i]) errors.push(notThere(root, options.cwd));
  if (errors.length > 0) return { errors };
  const source = { ...indexSource(options.pack, options.root ?? options.cwd), maxBytes: options.maxFileSize, skipped };
  const files = await findCorpusFiles(roots.filter((root) => !gone.some((g) => g.root === root)), options.pack, options.cwd, errors, source);
  if (errors.length > 0) return { errors };
  const fresh = await readCorpusFiles(files, options.pack, options.cwd, new Set(), errors, source);
  return errors.length > 0 ? { errors, skipped } : { under, fresh: inCorpusOrder(fresh, options.cwd), files: files.length, skipped };
}

/**
 * `tooBig`: the stored files under the paths passed over, or holding JSON Lines records passed over, as over
 * --max-file-size; `records`: the stored file of each record passed over.
 */
async function updated(rows: UpdateRows, under: readonly string[], fresh: readonly Article[], options: ServerArchiveOptions, { tooBig, records }: PassedOver) {
  const meta = await rows.lockedMeta();
  const inside = await rows.heldUnder(under);
  // held under another path (a folder renamed or moved, or given through a link): replaced by what is read
  const elsewhere = await heldElsewhere(rows, inside, fresh, under, options);
  const held = [...inside, ...elsewhere];
  const plan = planned(held, fresh, await rows.nextId(), options);
  // an index of no articles, which check refuses, is written only when told it is expected
  if (meta.articles - plan.removed.length + plan.added.length === 0 && !options.allowEmpty) return undefined;
  const share = options.match.boilerplateShare;
  const bars = { before: boilerplateBar(share, meta.articles), after: boilerplateBar(share, meta.articles - plan.removed.length + plan.added.length) };
  const decode = (r: Held) => fromStored(JSON.parse(inflateSync(r.record).toString('utf8')) as StoredArticle, options.base, options.cwd);
  const removed = plan.removed.map((r) => ({ row: r, article: decode(r) }));
  const removedIds = new Set(plan.removed.map((r) => r.id));

  const addedLines = plan.added.map((r) => ({ id: r.id, lines: linesOf(r.article.doc.text) }));
  const removedLines = removed.map((r) => ({ id: r.row.id, lines: linesOf(r.article.doc.text) }));
  const boiler = await boilerplateMoved(rows, meta.lines, { added: addedLines, removed: removedLines }, bars, removedIds, decode);
  const { lines, redoRows } = boiler;
  const notice = normalize(noticeText(options.pack)).text;
  const masking: Masking = { match: options.match, stop: new StopList(notice, options.match) };
  const { gone, made, recounted, addedFps } = postingChanges(removed, redoRows, plan.added, { before: { lines: meta.lines, notice }, after: { lines: boiler.after, notice } }, masking);
  const deltas = new HashDeltas();
  for (const g of gone) deltas.add(g.fps, -1);
  for (const m of made) deltas.add(m.fps, 1);
  const hashes = await rows.hashCounts(deltas, bars);

  // the writes
  const deletedKept = await rows.deletePostings(gone);
  const moved = await rows.movePostings(hashes.dropping, hashes.keeping);
  const copied = await rows.insertPostings(made, hashes.keptAfter);
  await rows.writeHashCounts(hashes);
  await rows.deleteArticles([...removedIds]);
  const fingerprintsOf = new Map(addedFps.map((a) => [a.id, a.fps.fingerprints]));
  await copyArticles(rows.client, rows.s, plan.added.map((r) => ({ id: r.id, file: r.file, record: r.record, fingerprints: fingerprintsOf.get(r.id) ?? 0 })));
  await rows.recount(recounted);
  const keysOf = (list: typeof addedLines) => list.map((a) => ({ id: a.id, keys: [...a.lines.keys()] }));
  await rows.writeLines(lines, keysOf(addedLines), keysOf(removedLines));
  await rows.writeBoilerplate([...lines.leavingText], [...lines.entering].map((key) => lines.text.get(key) ?? ''));

  const articles = meta.articles - plan.removed.length + plan.added.length;
  const postings = meta.postings - deletedKept + moved.kept - moved.dropped + copied;
  const fingerprintSum = (list: Array<{ fingerprints: number }>) => list.reduce((n, r) => n + r.fingerprints, 0);
  const total = meta.postings + meta.dropped - fingerprintSum(plan.removed) + fingerprintSum(addedFps.map((a) => a.fps)) + recounted.reduce((n, r) => n + r.fingerprints - r.were, 0);
  const files = meta.files - new Set(held.map((r) => r.file)).size + new Set([...plan.same, ...plan.added].map((r) => r.file)).size;
  const generation = await rows.writeMeta({ pack: options.pack.id, built: builtMeta(options, notice), articles, postings, dropped: total - postings, files });
  const rewritten = new Set([...made.map((m) => m.id), ...moved.holders].filter((id) => !fingerprintsOf.has(id) && !removedIds.has(id)));
  return {
    articles,
    postings,
    generation,
    files,
    changes: { added: plan.added.length - plan.forVersion - plan.lineMoved, removed: plan.removed.length - plan.forVersion - plan.lineMoved, forVersion: plan.forVersion, rewritten: rewritten.size + plan.lineMoved },
    moved: elsewhere.length === 0 ? undefined : { files: new Set(elsewhere.map((r) => r.file)).size, articles: elsewhere.length },
    ...removedFiles(inside, [...plan.same, ...plan.added], tooBig, records, plan.removed.length - plan.forVersion - plan.lineMoved),
    maxFileSize: options.maxFileSize,
    reads: { records: held.length + redoRows.length, counts: rows.countRowsRead },
  };
}

/**
 * The files held under the paths that the index no longer holds, and their articles: gone from the
 * corpus (`removed`), or still there but passed over as over --max-file-size (`overLimit`), as an
 * index file's update says them.
 */
function removedFiles(inside: readonly Held[], now: readonly Held[], tooBig: ReadonlySet<string>, records: readonly string[], removedCount: number): { removed: Moved; overLimit: Moved; recordsOverLimit: number } {
  const held = new Set(now.map((r) => r.file));
  const gone = inside.filter((r) => !held.has(r.file));
  const tally = (rows: readonly Held[]) => ({ files: new Set(rows.map((r) => r.file)).size, articles: rows.length });
  const removed = tally(gone.filter((r) => !tooBig.has(r.file)));
  const overLimit = tally(gone.filter((r) => tooBig.has(r.file)));
  // JSON Lines records passed over in files still held: the removed records of those files (see io/archive.ts)
  const recordsOverLimit = Math.min(records.filter((f) => held.has(f)).length, removedCount - removed.articles - overLimit.articles);
  return { removed, overLimit, recordsOverLimit };
}

interface PassedOver {
  tooBig: ReadonlySet<string>;
  records: readonly string[];
}

type Decoded = { row: Held; article: Article };

/**
 * The lines the change moves across the boilerplate bar, the kept articles holding one (read and
 * decoded: they are fingerprinted again), and the boilerplate lines after.
 */
async function boilerplateMoved(
  rows: UpdateRows,
  old: ReadonlySet<string>,
  changed: { added: ReadonlyArray<{ lines: Map<number, string> }>; removed: ReadonlyArray<{ lines: Map<number, string> }> },
  bars: { before: number; after: number },
  removedIds: ReadonlySet<number>,
  decode: (row: Held) => Article,
): Promise<{ lines: LineChanges; redoRows: Decoded[]; after: Set<string> }> {
  const oldByKey = new Map([...old].map((line) => [lineKey(line), line]));
  const lines = await lineChanges(rows, oldByKey, changed.added, changed.removed, bars);
  const holders = (await rows.holders([...lines.entering, ...lines.leaving])).filter((id) => !removedIds.has(id));
  const redoRows = (await rows.records(holders)).map((row) => ({ row, article: decode(row) }));
  for (const { article } of redoRows) for (const [key, line] of linesOf(article.doc.text)) if (lines.entering.has(key)) lines.text.set(key, line);
  const after = new Set([...old].filter((line) => !lines.leavingText.has(line)));
  for (const key of lines.entering) after.add(lines.text.get(key) ?? '');
  return { lines, redoRows, after };
}

type Posted = { id: number; fps: Fingerprinted };

/** The postings that go (of the articles removed, and of those fingerprinted again whose postings change) and those that come (theirs, and the added articles'). */
function postingChanges(removed: readonly Decoded[], redo: readonly Decoded[], added: ReadonlyArray<{ id: number; article: Article }>, boilerplate: { before: Boilerplate; after: Boilerplate }, masking: Masking) {
  const gone: Posted[] = removed.map((r) => ({ id: r.row.id, fps: fingerprinted(r.article, boilerplate.before, masking) }));
  const made: Posted[] = [];
  const recounted: Array<{ id: number; fingerprints: number; were: number }> = [];
  for (const r of redo) {
    const was = fingerprinted(r.article, boilerplate.before, masking);
    const is = fingerprinted(r.article, boilerplate.after, masking);
    if (sameFingerprints(was, is)) continue;
    gone.push({ id: r.row.id, fps: was });
    made.push({ id: r.row.id, fps: is });
    if (was.fingerprints !== is.fingerprints) recounted.push({ id: r.row.id, fingerprints: is.fingerprints, were: was.fingerprints });
  }
  const addedFps: Posted[] = added.map((r) => ({ id: r.id, fps: fingerprinted(r.article, boilerplate.after, masking) }));
  made.push(...addedFps);
  return { gone, made, recounted, addedFps };
}

interface Plan {
  same: Held[];
  added: Array<Held & { article: Article }>;
  removed: Held[];
  /** Pairs of a removed and an added record that are one HTML page rewritten in this version's form (forVersion). */
  forVersion: number;
  /** Pairs of a removed and an added JSON Lines record that are one record moved to another line (its rows rewritten, counted so). */
  lineMoved: number;
}

/** Fresh articles keep the id of a held one (all under the paths) with the same record; the others are new, the unmatched held ones removed. */
function planned(held: readonly Held[], fresh: readonly Article[], firstFree: number, options: ServerArchiveOptions): Plan {
  const byRecord = new Map<string, Held[]>();
  for (const row of held) {
    const key = Buffer.from(row.record).toString('base64');
    byRecord.set(key, [...(byRecord.get(key) ?? []), row]);
  }
  let nextId = firstFree;
  const same: Held[] = [];
  const added: Plan['added'] = [];
  for (const article of fresh) {
    const { file, record } = storedRow(article, options);
    const match = byRecord.get(Buffer.from(record).toString('base64'))?.shift();
    if (match) same.push(match);
    else added.push({ id: nextId++, file, record, fingerprints: 0, article });
  }
  const stays = new Set(same);
  const removed = held.filter((r) => !stays.has(r));
  return { same, added, removed, forVersion: forVersion(removed, added), lineMoved: lineMoved(removed, added) };
}

/**
 * Of the records removed and added, the pairs that are one HTML page in an earlier laiyuan's form
 * (no headings) and in this version's: its rows are written again, but the page did not change,
 * so it is counted as rewritten for this version, as an index file's update counts it (RecordCounts).
 */
function forVersion(removed: readonly Held[], added: Plan['added']): number {
  const earlier = new Map<string, number>();
  for (const r of removed) {
    const form = formatOf(r.file) === 'html' ? earlierServerForm(r.record, true) : undefined;
    if (form !== undefined) earlier.set(form, (earlier.get(form) ?? 0) + 1);
  }
  let pairs = 0;
  for (const a of earlier.size === 0 ? [] : added) {
    const form = formatOf(a.file) === 'html' ? earlierServerForm(a.record, false) : undefined;
    const left = form === undefined ? 0 : (earlier.get(form) ?? 0);
    if (form === undefined || left === 0) continue;
    earlier.set(form, left - 1);
    pairs++;
  }
  return pairs;
}

/** Of the records removed and added, the pairs that are one JSON Lines record on another line (a line above it deleted or added), as an index file's update tells them (RecordCounts). */
function lineMoved(removed: readonly Held[], added: Plan['added']): number {
  const before = new Map<string, number>();
  for (const r of removed) {
    const key = formatOf(r.file) === 'jsonl' ? placelessServer(r.record) : undefined;
    if (key !== undefined) before.set(key, (before.get(key) ?? 0) + 1);
  }
  let pairs = 0;
  for (const a of before.size === 0 ? [] : added) {
    const key = formatOf(a.file) === 'jsonl' ? placelessServer(a.record) : undefined;
    const left = key === undefined ? 0 : (before.get(key) ?? 0);
    if (key === undefined || left === 0) continue;
    before.set(key, left - 1);
    pairs++;
  }
  return pairs;
}

function sameFingerprints(x: Fingerprinted, y: Fingerprinted): boolean {
  if (x.fingerprints !== y.fingerprints || x.hashes.length !== y.hashes.length) return false;
  for (let i = 0; i < x.hashes.length; i++) if (x.hashes[i] !== y.hashes[i] || x.positions[i] !== y.positions[i]) return false;
  return true;
}

/** The lines whose count the change moves, and those that cross the boilerplate bar (theirs or the bar moving). */
async function lineChanges(rows: UpdateRows, oldByKey: ReadonlyMap<number, string>, added: ReadonlyArray<{ lines: Map<number, string> }>, removed: ReadonlyArray<{ lines: Map<number, string> }>, bars: { before: number; after: number }): Promise<LineChanges> {
  const delta = new Map<number, number>();
  const text = new Map<number, string>();
  const see = (lines: Map<number, string>, sign: number) => {
    for (const [key, line] of lines) {
      delta.set(key, (delta.get(key) ?? 0) + sign);
      text.set(key, line);
    }
  };
  for (const a of added) see(a.lines, 1);
  for (const r of removed) see(r.lines, -1);
  const { counts: before, counted } = await rows.lineCounts([...delta.keys()]);
  const after = new Map<number, number>();
  const entering = new Set<number>();
  const leaving = new Set<number>();
  const consider = (key: number, was: number, is: number) => {
    if (was >= bars.before && is < bars.after) leaving.add(key);
    if (was < bars.before && is >= bars.after) entering.add(key);
  };
  for (const [key, d] of delta) {
    after.set(key, (before.get(key) ?? 0) + d);
    consider(key, before.get(key) ?? 0, (before.get(key) ?? 0) + d);
  }
  for (const [key, count] of await rows.linesBetween(bars)) if (!delta.has(key)) consider(key, count, count);
  const leavingText = new Set([...leaving].map((key) => oldByKey.get(key) ?? text.get(key) ?? ''));
  return { after, counted, entering, leaving, leavingText, text };
}
