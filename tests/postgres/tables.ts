// An index's tables as a test compares them: what an update leaves against what a rebuild does.
import { adminQuery } from './server.js';
import type { TestSchema } from './schema.js';

/** Everything the index holds, article ids replaced by the article's record (an update numbers new articles after the others). */
export async function tables(s: TestSchema): Promise<Record<string, unknown[]>> {
  const q = async (sql: string) => (await adminQuery(s.server, sql.replaceAll('S.', `"${s.schema}".`))).rows;
  const postings = (table: string) => q(`SELECT f.hash, md5(a.record) AS a, f.position FROM S.${table} f JOIN S.articles a ON a.id = f.article ORDER BY 1, 2, 3`);
  return {
    meta: await q('SELECT pack, built, articles, postings, dropped, files FROM S.index_meta'),
    articles: await q('SELECT file, fingerprints, md5(record) AS r FROM S.articles ORDER BY 1, 3'),
    fingerprints: await postings('fingerprints'),
    dropped: await postings('dropped_fingerprints'),
    counts: await q('SELECT hash, postings, articles FROM S.fingerprint_counts ORDER BY 1'),
    lines: await q('SELECT l.line, md5(a.record) AS a FROM S.article_lines l JOIN S.articles a ON a.id = l.article ORDER BY 1, 2'),
    lineCounts: await q('SELECT line, articles FROM S.line_counts ORDER BY 1'),
    boilerplate: await q('SELECT line FROM S.boilerplate_lines ORDER BY 1'),
  };
}
