// git's config files, read as git reads them for the few keys laiyuan asks: the syntax of
// git-config(1) (sections, quoted values, escapes, comments, continued lines), one pass a file.

/** A config file's entries, `section.key` or `section.subsection.key` (section and key in lower case) to the last value; true for a key without `=`. */
export type ConfigEntries = Map<string, string | true>;

export interface ParsedConfig {
  entries: ConfigEntries;
  /** It holds an [include] or [includeIf] section: what it says depends on other files, and on the repository. */
  includes: boolean;
}

/** Reads a config file's text: a line that does not parse ends the reading, as git stops there with an error. */
export function parseGitConfig(text: string): ParsedConfig {
  const entries: ConfigEntries = new Map();
  let includes = false;
  let section = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\n' || c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' || c === ';') {
      i = lineEnd(text, i);
    } else if (c === '[') {
      const header = readHeader(text, i + 1);
      if (!header) break;
      section = header.name;
      if (/^include(?:if)?(?:\.|$)/u.test(section)) includes = true;
      i = header.end;
    } else if (/[A-Za-z]/u.test(c)) {
      let j = i;
      while (j < n && /[A-Za-z0-9-]/u.test(text[j])) j++;
      const key = `${section}.${text.slice(i, j).toLowerCase()}`;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '=') {
        const value = readValue(text, j + 1);
        entries.set(key, value.value);
        i = value.end;
      } else if (j >= n || text[j] === '\n' || text[j] === '\r' || text[j] === '#' || text[j] === ';') {
        entries.set(key, true);
        i = lineEnd(text, j);
      } else break;
    } else break;
  }
  return { entries, includes };
}

function lineEnd(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end < 0 ? text.length : end;
}

/** `[core]`, `[remote "origin"]` (the subsection as written) or the older `[branch.main]` (in lower case): the section's name and where its header ends. */
function readHeader(text: string, i: number): { name: string; end: number } | undefined {
  let j = i;
  while (j < text.length && /[A-Za-z0-9.-]/u.test(text[j])) j++;
  const name = text.slice(i, j).toLowerCase();
  if (text[j] === ']') return { name, end: j + 1 };
  if (text[j] !== ' ' && text[j] !== '\t') return undefined;
  while (text[j] === ' ' || text[j] === '\t') j++;
  if (text[j] !== '"') return undefined;
  let sub = '';
  for (j++; j < text.length && text[j] !== '"'; j++) {
    if (text[j] === '\n') return undefined;
    if (text[j] === '\\') j++;
    sub += text[j] ?? '';
  }
  return text[j + 1] === ']' ? { name: `${name}.${sub}`, end: j + 2 } : undefined;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', n: '\n', t: '\t', b: '\b' };

/** A value after `=`: spaces around it dropped, quotes joined, escapes read, a line ending in \ continued, a comment ended. */
function readValue(text: string, i: number): { value: string; end: number } {
  let value = '';
  let quoted = false;
  // spaces not yet kept: those inside a value stay, those before a comment or the line's end go
  let spaces = '';
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  for (; j < text.length; j++) {
    const c = text[j];
    // a line ends the value, quoted or not (git stops at a quote left open with an error)
    if (c === '\n' || (c === '\r' && text[j + 1] === '\n')) break;
    if (!quoted && (c === ' ' || c === '\t')) {
      spaces += c;
      continue;
    }
    if (!quoted && (c === '#' || c === ';')) {
      j = lineEnd(text, j);
      break;
    }
    value += spaces;
    spaces = '';
    if (c === '"') quoted = !quoted;
    else if (c === '\\') {
      const next = text[j + 1];
      if (next === '\n') j++;
      else if (next === '\r' && text[j + 2] === '\n') j += 2;
      else if (next !== undefined && next in ESCAPES) {
        value += ESCAPES[next];
        j++;
      } else value += c;
    } else value += c;
  }
  return { value, end: j };
}
