// An index kept on a PostgreSQL server is named by a postgres:// URL. Its password never comes
// from a file under version control: only from PGPASSWORD or the LAIYUAN_INDEX_URL variable.
import { userInfo } from 'node:os';
import { IndexServerError } from './errors.js';

export interface ServerTarget {
  /** Connection string for the client, password included when the environment gives one. */
  connection: string;
  /** The URL as shown to people: never with a password. */
  shown: string;
  /** The schema holding the index's tables (?schema=, default laiyuan). */
  schema: string;
}

export const DEFAULT_SCHEMA = 'laiyuan';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function isServerUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/**
 * The server an index URL names. `fromConfig` says the URL was written in a config file, where
 * a password is refused. LAIYUAN_INDEX_URL, when set and naming the same server, lends its
 * password; PGPASSWORD is read by the client itself.
 */
export function serverTarget(value: string, options: { fromConfig?: string; env?: NodeJS.ProcessEnv } = {}): ServerTarget {
  const env = options.env ?? process.env;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IndexServerError(`'${value}' is not a valid postgres:// URL`);
  }
  if (url.password && options.fromConfig) {
    throw new IndexServerError(
      `${options.fromConfig}: the index URL holds a password; remove it and set PGPASSWORD or LAIYUAN_INDEX_URL in the environment instead`,
    );
  }
  const schema = url.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  url.searchParams.delete('schema');
  if (!SCHEMA_NAME.test(schema)) throw new IndexServerError(`schema '${schema}' in ${shownUrl(url)}: use lower-case letters, digits and _`);
  if (!url.username) url.username = env.PGUSER ?? userInfo().username;
  if (!url.password) lendPassword(url, env.LAIYUAN_INDEX_URL);
  return { connection: url.toString(), shown: shownUrl(url, schema), schema };
}

/** LAIYUAN_INDEX_URL's password, when it names the same host, port, database and user. */
function lendPassword(url: URL, fromEnv: string | undefined): void {
  if (!fromEnv || !isServerUrl(fromEnv)) return;
  const lender = new URL(fromEnv);
  const same = lender.hostname === url.hostname && lender.port === url.port && lender.pathname === url.pathname && lender.username === url.username;
  if (same && lender.password) url.password = lender.password;
}

function shownUrl(url: URL, schema?: string): string {
  const shown = new URL(url.toString());
  shown.password = '';
  if (schema && schema !== DEFAULT_SCHEMA) shown.searchParams.set('schema', schema);
  return shown.toString();
}
