// What goes wrong talking to an index server, told in one line, and which failures are worth a
// retry (the server restarting, a connection dropped) and which are not (a wrong password).
export class IndexServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexServerError';
  }
}

/** SQLSTATE classes and codes that a retry may cure. */
const TRANSIENT_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300', '40001', '40P01']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

interface Coded {
  code?: string;
  message?: string;
}

function coded(error: unknown): Coded {
  return typeof error === 'object' && error !== null ? (error as Coded) : {};
}

export function isTransient(error: unknown): boolean {
  const { code, message } = coded(error);
  if (code && (TRANSIENT_CODES.has(code) || NETWORK_CODES.has(code))) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(message ?? '');
}

/** The one line a person reads for a failure talking to the server at `shown`. */
export function describeServerError(error: unknown, shown: string): string {
  if (error instanceof IndexServerError) return error.message;
  const { code, message = String(error) } = coded(error);
  const what = serverProblem(code, message);
  return `index server ${shown}: ${what}`;
}

function serverProblem(code: string | undefined, message: string): string {
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
    return `cannot connect (${code}): is the server running, and are host and port right?`;
  }
  if (code === '28P01') return `authentication failed (${message}): set PGPASSWORD or LAIYUAN_INDEX_URL with the right password`;
  if (code === '28000') return `the server refused the connection (${message}): check the user name in the URL and the server's pg_hba.conf`;
  if (code === '3D000') return `${message}: create the database, or name another in the URL`;
  if (code === '57014') return `a query was cancelled by the server's statement timeout (${message}): the run is incomplete; raise statement_timeout or retry`;
  if (code === '22023' && /snapshot/i.test(message)) return `the connection holding the run's snapshot of the index was lost (${message}): the run is incomplete`;
  if (code === '42501') return `permission denied (${message}): the user needs access to the index's schema`;
  if (/Connection terminated|ECONNRESET|EPIPE/i.test(`${code ?? ''} ${message}`)) return `the connection was lost (${message}) and retries did not restore it: the run is incomplete`;
  return code ? `${message} (SQLSTATE ${code})` : message;
}
