/** An error the user can act on: printed as one line, exit code 2. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** One line for the user; the stack only with LAIYUAN_DEBUG=1. */
export function describeError(error: unknown): string {
  if (process.env.LAIYUAN_DEBUG === '1' && error instanceof Error && error.stack) return error.stack;
  if (error instanceof UserError || (error instanceof Error && (error.name === 'IndexFileError' || error.name === 'IndexServerError'))) return error.message;
  if (error instanceof Error) return `internal error: ${error.message} (run again with LAIYUAN_DEBUG=1 for details, and report it)`;
  return `internal error: ${String(error)}`;
}
