// A sampler of the server's activity for the benches: its own connection, `sample(client)` every
// `everyMs` (a failed sample is skipped) until stop(), which waits for the last one and closes.
import pg from 'pg';

export async function sampleActivity(url, applicationName, everyMs, sample) {
  const client = new pg.Client({ connectionString: url.replace(/\?.*$/, ''), application_name: applicationName });
  await client.connect();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await sample(client).catch(() => {});
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    client,
    async stop() {
      stopped = true;
      await loop;
      await client.end();
    },
  };
}
