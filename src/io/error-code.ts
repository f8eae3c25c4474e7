/** The system error code of a failed file or process call (ENOENT, EACCES ...), when it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** A failure in a word or two for a message: its code, else what it says. */
export function errorWords(error: unknown): string {
  return errorCode(error) ?? String(error);
}
