// The counts schema version 2 keeps beside the postings (ddl.ts): per fingerprint at COUNTED_FROM
// places or more, its rows and articles; per normalised line, the articles holding it, and its
// count from COUNTED_FROM articles on. Made while a build or push streams its rows.
import { judgedLines, lineKey } from '../../core/match/boilerplate.js';
import { GrowableF64, GrowableU32 } from '../../core/shared/growable.js';
import { COUNTED_FROM } from './ddl.js';

/**
 * Counts the (hash, article, position) words it is shown, sorted by hash then article (as an
 * index's postings are), and keeps (hash, postings, articles) of each hash at COUNTED_FROM rows
 * or more. A hash's rows may run across chunks.
 */
export class PostingCounter {
  private readonly rows = new GrowableU32();
  private hash = -1;
  private postings = 0;
  private articles = 0;
  private article = -1;

  *counted(chunks: Iterable<Uint32Array>): Generator<Uint32Array> {
    for (const words of chunks) {
      this.see(words);
      yield words;
    }
  }

  see(words: Uint32Array): void {
    for (let w = 0; w < words.length; w += 3) {
      if (words[w] !== this.hash) {
        this.flush();
        this.hash = words[w];
        this.article = -1;
      }
      this.postings++;
      if (words[w + 1] !== this.article) this.articles++;
      this.article = words[w + 1];
    }
  }

  /** The (hash, postings, articles) words of the hashes counted. */
  finish(): Uint32Array {
    this.flush();
    this.hash = -1;
    return this.rows.view();
  }

  private flush(): void {
    if (this.postings >= COUNTED_FROM) {
      this.rows.push(this.hash);
      this.rows.push(this.postings);
      this.rows.push(this.articles);
    }
    this.postings = 0;
    this.articles = 0;
  }
}

/** The distinct normalised lines of a text long enough to be boilerplate, by key (boilerplate.ts lineKey). */
export function linesOf(text: string): Map<number, string> {
  const lines = new Map<number, string>();
  for (const { line } of judgedLines(text).lines) lines.set(lineKey(line), line);
  return lines;
}

/** Each line key of the articles given and how many articles hold it, for those held by COUNTED_FROM or more. */
export class LineCounter {
  private readonly keys = new GrowableF64();

  see(keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) this.keys.push(keys[i]);
  }

  finish(): { keys: Float64Array; counts: Uint32Array } {
    const sorted = this.keys.view().sort();
    const keys = new GrowableF64();
    const counts = new GrowableU32();
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j < sorted.length && sorted[j] === sorted[i]) j++;
      if (j - i >= COUNTED_FROM) {
        keys.push(sorted[i]);
        counts.push(j - i);
      }
      i = j;
    }
    return { keys: keys.view(), counts: counts.view() };
  }
}
