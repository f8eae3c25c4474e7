// Each test gets its own schema on the test server, so that tests and runs never collide.
import { inject } from 'vitest';
import { adminQuery } from './server.js';

let made = 0;

export interface TestSchema {
  /** The index URL laiyuan is given: the server, with ?schema= naming this schema. */
  url: string;
  /** The server's URL without the schema, for the test's own queries. */
  server: string;
  schema: string;
}

/** A new, empty schema name (created by laiyuan itself, or by `create`). */
export function freshSchema(): TestSchema {
  const server = inject('postgresUrl');
  const schema = `${inject('postgresRun')}_${process.pid}_${++made}`;
  const url = new URL(server);
  url.searchParams.set('schema', schema);
  return { url: url.toString(), server, schema };
}

/** A new schema, created empty. */
export async function createdSchema(): Promise<TestSchema> {
  const s = freshSchema();
  await adminQuery(s.server, `create schema "${s.schema}"`);
  return s;
}
