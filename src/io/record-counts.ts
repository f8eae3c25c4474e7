// Article records counted by digest: what an update found added and removed under its paths, as
// the server's update tells it; and the records an earlier laiyuan wrote of HTML pages (without
// the headings this one records, format version 3 unchanged) that a page read again gives in this
// version's form, the same article: rewritten, neither added nor removed. A JSON Lines record is
// counted without its place in the file: one that only moved up a line is the same article.
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { fileRecordParts, type StoredArticle } from './index-records.js';
import type { DocFormat } from '../core/read/types.js';

export interface RecordChanges {
  added: number;
  removed: number;
  /** Records of an earlier laiyuan read again as the same articles in this version's form. */
  rewritten: number;
}

export class RecordCounts {
  private readonly counts = new Map<string, { n: number; earlier?: string }>();

  /**
   * `format`: its file's. An HTML page's record, of which the digest in an earlier laiyuan's form
   * is kept too: for a record held (`held`), only when it is in that form (no headings). A JSON
   * Lines record's digest leaves out its line (see placeless).
   */
  add(record: Uint8Array, format: DocFormat | undefined, held = false): void {
    const html = format === 'html';
    const key = format === 'jsonl' ? placeless(record) : digest(record);
    const count = this.counts.get(key);
    if (count) count.n++;
    else this.counts.set(key, { n: 1, earlier: html ? earlierForm(record, held) : undefined });
  }

  /** Articles these records (held before) have that `fresh` lacks (removed), the other way (added), and those told apart only by their form (rewritten). */
  against(fresh: RecordCounts): RecordChanges {
    const held = this.unmatched(fresh);
    const read = fresh.unmatched(this);
    let rewritten = 0;
    for (const [form, n] of held.byEarlierForm) rewritten += Math.min(n, read.byEarlierForm.get(form) ?? 0);
    return { added: fresh.total() - held.same - rewritten, removed: this.total() - held.same - rewritten, rewritten };
  }

  /** How many of these records `other` holds too (`same`), and those it lacks counted by their earlier form where they have one. */
  private unmatched(other: RecordCounts): { same: number; byEarlierForm: Map<string, number> } {
    let same = 0;
    const byEarlierForm = new Map<string, number>();
    for (const [key, c] of this.counts) {
      const matched = Math.min(c.n, other.counts.get(key)?.n ?? 0);
      same += matched;
      if (c.earlier !== undefined && c.n > matched) byEarlierForm.set(c.earlier, (byEarlierForm.get(c.earlier) ?? 0) + c.n - matched);
    }
    return { same, byEarlierForm };
  }

  private total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c.n;
    return n;
  }
}

function digest(...parts: Uint8Array[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('base64');
}

/**
 * The digest of a JSON Lines record without its place in the file: its line (doc.lineOffset) and
 * the id made of it (news:12) when the record has no id of its own. A record that deleting a line
 * above moved up is the article it was; its text, title, id field or 来源 edited is another.
 */
function placeless(record: Uint8Array): string {
  const parts = fileRecordParts(record);
  return parts ? digest(unplaced(parts.stored), parts.content) : digest(record);
}

function unplaced(stored: StoredArticle): Buffer {
  const id = stored.doc.fields.id === undefined ? '' : stored.id;
  return Buffer.from(JSON.stringify({ ...stored, id, doc: { ...stored.doc, lineOffset: 0 } }));
}

/** A server's JSON Lines record (compressed JSON) as placeless digests it; undefined for one that does not decode. */
export function placelessServer(record: Uint8Array): string | undefined {
  const stored = decoded(record);
  return stored && digest(unplaced(stored));
}

function decoded(record: Uint8Array): StoredArticle | undefined {
  try {
    return JSON.parse(inflateSync(record).toString('utf8')) as StoredArticle;
  } catch {
    return undefined;
  }
}

/** The digest of the record as an earlier laiyuan wrote it (no headings); undefined for one `held` already in this version's form, or that does not hold together. */
function earlierForm(record: Uint8Array, held: boolean): string | undefined {
  const parts = fileRecordParts(record);
  if (!parts || (held && parts.stored.doc.headings !== undefined)) return undefined;
  const { headings: _, ...doc } = parts.stored.doc;
  return digest(Buffer.from(JSON.stringify({ ...parts.stored, doc })), parts.content);
}

/**
 * The digest of a server's record (compressed JSON) as an earlier laiyuan wrote it (no headings),
 * to tell, as RecordCounts does for a file, a page only rewritten in this version's form; undefined
 * for one `held` already in this version's form, or that does not decode.
 */
export function earlierServerForm(record: Uint8Array, held: boolean): string | undefined {
  const stored = decoded(record);
  if (!stored || (held && stored.doc.headings !== undefined)) return undefined;
  const { headings: _, ...doc } = stored.doc;
  return digest(Buffer.from(JSON.stringify({ ...stored, doc })));
}
