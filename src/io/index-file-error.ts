// IndexFileError on its own (index-file.ts re-exports it): a run that names no index tells it apart
// without loading the index reader.

/** An index file that cannot be used: its message is one line naming the file and what to do. */
export class IndexFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexFileError';
  }
}
