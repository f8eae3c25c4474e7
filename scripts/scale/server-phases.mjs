// Where a write's time goes on the server: the statements naming the bench's schema that are
// running, sampled every 500 ms from pg_stat_activity, summed by kind (COPY into articles, COPY
// into fingerprints, CREATE INDEX, VACUUM, other). A sample counts 0.5 s for each kind it sees.
import pg from 'pg';

const KINDS = [
  ['COPY articles', /^COPY \S+\.articles /u],
  ['COPY fingerprints', /^COPY \S+\.fingerprints /u],
  ['CREATE INDEX', /^CREATE INDEX /u],
  ['VACUUM ANALYZE', /^VACUUM /u],
];

export async function serverPhases(url, schema) {
  const client = new pg.Client({ connectionString: url.replace(/\?.*$/, ''), application_name: 'laiyuan-bench-phases' });
  await client.connect();
  const seconds = new Map();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const rows = await client.query(`SELECT DISTINCT query FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`, [`%"${schema}".%`]).catch(() => ({ rows: [] }));
      const kinds = new Set(rows.rows.map(({ query }) => KINDS.find(([, re]) => re.test(query))?.[0] ?? 'other'));
      for (const kind of kinds) seconds.set(kind, (seconds.get(kind) ?? 0) + 0.5);
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  return async function stop() {
    stopped = true;
    await loop;
    await client.end();
    return [...seconds].map(([kind, s]) => `${kind} ${s.toFixed(0)} s`).join(', ');
  };
}
