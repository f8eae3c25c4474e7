// Article records counted by digest: what an update found added and removed under its paths, as
// the server's update tells it; and the records an earlier laiyuan wrote of HTML pages (without
// the headings this one records, format version 3 unchanged) that a page read again gives in this
// version's form, the same article: rewritten, neither added nor removed.
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { fileRecordParts, type StoredArticle } from './index-records.js';

export interface RecordChanges {
  added: number;
  removed: number;
  /** Records of an earlier laiyuan read again as the same articles in this version's form. */
  rewritten: number;
}

export class RecordCounts {
  private readonly counts = new Map<string, { n: number; earlier?: string }>();

  /**
   * `html`: an HTML page's record, of which the digest in an earlier laiyuan's form is kept too:
   * for a record held (`held`), only when it is in that form (no headings).
   */
  add(record: Uint8Array, html = false, held = false): void {
    const key = digest(record);
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
  let stored: StoredArticle;
  try {
    stored = JSON.parse(inflateSync(record).toString('utf8')) as StoredArticle;
  } catch {
    return undefined;
  }
  if (held && stored.doc.headings !== undefined) return undefined;
  const { headings: _, ...doc } = stored.doc;
  return digest(Buffer.from(JSON.stringify({ ...stored, doc })));
}
