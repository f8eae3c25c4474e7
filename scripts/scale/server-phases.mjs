// Where a write's time goes on the server: the statements naming the bench's schema that are
// running, sampled every 500 ms from pg_stat_activity, summed by kind (COPY into articles, COPY
// into fingerprints, CREATE INDEX, VACUUM, other). A sample counts 0.5 s for each kind it sees.
import { sampleActivity } from './activity.mjs';

const KINDS = [
  ['COPY articles', /^COPY \S+\.articles /u],
  ['COPY fingerprints', /^COPY \S+\.fingerprints /u],
  ['CREATE INDEX', /^CREATE INDEX /u],
  ['VACUUM ANALYZE', /^VACUUM /u],
];

export async function serverPhases(url, schema) {
  const seconds = new Map();
  const sampler = await sampleActivity(url, 'laiyuan-bench-phases', 500, async (client) => {
    const rows = await client.query(`SELECT DISTINCT query FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`, [`%"${schema}".%`]);
    const kinds = new Set(rows.rows.map(({ query }) => KINDS.find(([, re]) => re.test(query))?.[0] ?? 'other'));
    for (const kind of kinds) seconds.set(kind, (seconds.get(kind) ?? 0) + 0.5);
  });
  return async function stop() {
    await sampler.stop();
    return [...seconds].map(([kind, s]) => `${kind} ${s.toFixed(0)} s`).join(', ');
  };
}
