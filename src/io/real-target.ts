// The file a path names once its links are followed: an index file reached through a link keeps
// its corpus paths relative to the real file's folder, and is written there, the link kept.
import { readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** As many links followed as the system follows (Linux's limit); past that, `file` as given. */
const MAX_LINKS = 40;

/**
 * `file` (absolute) with its links followed: its real path if it is there; if not, the path a
 * dangling link leads to, or the real path of its nearest folder that is there with the rest
 * appended (where writing it would put it). `file` itself when nothing can be followed.
 */
export function realTarget(file: string): string {
  let at = file;
  let rest: string[] = [];
  for (let links = 0; links <= MAX_LINKS; ) {
    try {
      return path.join(realpathSync(at), ...rest);
    } catch {
      // not there (or not to be followed): a dangling link is followed by hand, else its folder
    }
    const link = linkOf(at);
    if (link !== undefined) {
      at = path.resolve(path.dirname(at), link);
      links++;
      continue;
    }
    const parent = path.dirname(at);
    if (parent === at) break;
    rest = [path.basename(at), ...rest];
    at = parent;
  }
  return file;
}

function linkOf(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}
