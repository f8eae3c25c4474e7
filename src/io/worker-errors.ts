// An error thrown on a worker thread, sent back as plain data: its message and its name, so that
// the main thread still tells an error the user can act on (IndexFileError: one line, exit 2)
// from an internal one (cli/errors.ts describeError).

export interface ErrorReply {
  error: string;
  name?: string;
}

export function errorReply(error: unknown): ErrorReply {
  return error instanceof Error ? { error: error.message, name: error.name } : { error: String(error) };
}

export function errorOf(reply: ErrorReply): Error {
  const error = new Error(reply.error);
  if (reply.name !== undefined) error.name = reply.name;
  return error;
}
