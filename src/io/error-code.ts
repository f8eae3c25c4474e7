/** The system error code of a failed file or process call (ENOENT, EACCES ...), when it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** A failure in a word or two for a message: its code, else what it says. */
export function errorWords(error: unknown): string {
  if (error instanceof RefusedFile) return error.message;
  return errorCode(error) ?? String(error);
}

/**
 * A path laiyuan will not read: a FIFO, socket or device (reading one may wait forever or never
 * end), or a file over the size limit. `code` lets callers tell it from the system's errors.
 */
export class RefusedFile extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG',
    message: string,
    /** The file's size, when over the limit and known. */
    readonly size?: number,
  ) {
    super(message);
  }
}
