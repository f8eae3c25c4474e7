// Reads `git log --pretty=raw --parents -m --name-only -z` as it comes: each commit (a merge's
// blocks, one per parent it differs from, gathered) with its parents as walked (a shallow clone's
// last commit has none), its committer date and, per parent, the names it changed that are wanted.
// Names are separated by NUL and a block's list ends with an empty one; a raw message has every
// line indented by four spaces.

export interface Commit {
  hash: string;
  parents: string[];
  /** The committer date in the committer's time zone, YYYY-MM-DD (git's %cs). */
  date: string;
  /**
   * The wanted names changed, per parent compared with ('' for a commit of one parent or none, and
   * for a merge the same as all its parents); a parent a merge is the same as has no entry.
   */
  changed: Map<string, Set<string>>;
}

export interface CommitParser {
  push(chunk: string): void;
  end(): void;
}

const FIRST_LINE = /^commit ([0-9a-f]+)((?: [0-9a-f]+)*)(?: \(from ([0-9a-f]+)\))?$/u;
const COMMITTER = /^committer .* (-?\d+) ([+-])(\d\d)(\d\d)$/mu;

/** A parser calling `onCommit` with each commit once its blocks are all read; keeps of the names only those `wants`. Throws on output not so shaped. */
export function parseCommits(onCommit: (commit: Commit) => void, wants: (hash: string, name: string) => boolean): CommitParser {
  let rest = '';
  let current: Commit | undefined;
  let names: Set<string> | undefined;
  const token = (t: string) => {
    if (names) {
      if (t === '') names = undefined;
      else if (current && wants(current.hash, t)) names.add(t);
      return;
    }
    const header = headerOf(t);
    if (current && current.hash !== header.hash) onCommit(current);
    if (!current || current.hash !== header.hash) current = { hash: header.hash, parents: header.parents, date: header.date, changed: new Map() };
    const block = new Set<string>();
    current.changed.set(header.from, block);
    if (header.first === undefined) return;
    names = block;
    if (wants(current.hash, header.first)) block.add(header.first);
  };
  return {
    push(chunk) {
      const parts = (rest + chunk).split('\0');
      rest = parts.pop() ?? '';
      for (const part of parts) token(part);
    },
    end() {
      if (rest !== '') token(rest);
      rest = '';
      if (current) onCommit(current);
      current = undefined;
    },
  };
}

interface Header {
  hash: string;
  parents: string[];
  from: string;
  date: string;
  /** The first name the block lists (glued to the header), if it lists any. */
  first?: string;
}

function headerOf(t: string): Header {
  const lineEnd = t.indexOf('\n');
  const first = FIRST_LINE.exec(lineEnd < 0 ? t : t.slice(0, lineEnd));
  const committer = COMMITTER.exec(t);
  if (!first || !committer) throw new Error('not a raw git log header');
  const headersEnd = t.indexOf('\n\n');
  return { hash: first[1], parents: first[2].split(' ').filter((p) => p !== ''), from: first[3] ?? '', date: shortDate(committer), first: headersEnd < 0 ? undefined : firstName(t, headersEnd + 2) };
}

/** The name after the message that starts at `at`, if any. */
function firstName(t: string, at: number): string | undefined {
  if (at === t.length) return undefined;
  // a commit with no message
  if (!t.startsWith('    ', at)) return t.slice(at);
  let next = at;
  while (t.startsWith('    ', next)) {
    const end = t.indexOf('\n', next);
    if (end < 0) throw new Error('a raw git log message line not ended');
    next = end + 1;
  }
  if (next === t.length) return undefined;
  if (t[next] !== '\n' || next + 1 === t.length) throw new Error('no name after a raw git log message');
  return t.slice(next + 1);
}

/** %cs: the date in the committer's own zone. */
function shortDate(m: RegExpExecArray): string {
  const offset = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 3600 + Number(m[4]) * 60);
  const at = new Date((Number(m[1]) + offset) * 1000);
  return Number.isNaN(at.getTime()) ? '' : at.toISOString().slice(0, 10);
}
