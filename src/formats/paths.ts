// Paths as formats report them: relative to the working folder (or, for GitHub, the repository's
// root), '/'-separated.

function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** `file` relative to `cwd` when it lies inside it; otherwise as given ('/'-separated). */
export function relativePath(file: string, cwd: string): string {
  const path = slashes(file);
  const base = withoutTrailingSlash(slashes(cwd));
  if (isAbsolute(path)) {
    const sameRoot = /^[A-Za-z]:/.test(base) ? path.toLowerCase().startsWith(`${base.toLowerCase()}/`) : path.startsWith(`${base}/`);
    return sameRoot ? path.slice(base.length + 1) : path;
  }
  return path.replace(/^(\.\/)+/, '');
}

/** `path` (absolute, '/'-separated) with its '.' and '..' segments and doubled slashes resolved. */
function normalized(path: string): string {
  const drive = /^[A-Za-z]:/.exec(path)?.[0] ?? '';
  const kept: string[] = [];
  for (const segment of path.slice(drive.length).split('/')) {
    if (segment === '..') kept.pop();
    else if (segment !== '' && segment !== '.') kept.push(segment);
  }
  return `${drive}/${kept.join('/')}`;
}

/** `file` (relative ones taken from `cwd`) as an absolute, normalized, '/'-separated path. */
function absolutePath(file: string, cwd: string): string {
  const path = slashes(file);
  return normalized(isAbsolute(path) ? path : `${withoutTrailingSlash(slashes(cwd))}/${path}`);
}

/** What reported paths are relative to: the cwd, or for GitHub the repository's root (FormatOptions.repositoryRoot). */
export interface PathBase {
  cwd: string;
  root?: string;
}

/** The base a format's options give. */
export function pathBase(options: { cwd: string; repositoryRoot?: string }): PathBase {
  return { cwd: options.cwd, root: options.repositoryRoot };
}

/** `file` (relative ones taken from the cwd) relative to the root when it lies inside it, else undefined. */
function fromRoot(file: string, base: PathBase): string | undefined {
  if (base.root === undefined) return undefined;
  const path = relativePath(absolutePath(file, base.cwd), normalized(slashes(base.root)));
  return isAbsolute(path) ? undefined : path;
}

/**
 * `file` as `relativePath` gives it, but relative to the root (GitHub's repository root) when it
 * lies inside it: GitHub places an annotation or an alert by its path from the repository's root,
 * while the check may run in a subfolder. Without a root, or for a file outside it, relative to the
 * cwd as ever.
 */
export function rootRelativePath(file: string, base: PathBase): string {
  return fromRoot(file, base) ?? relativePath(file, base.cwd);
}

/** Percent-encodes each segment; a lone surrogate (a name that is not valid UTF-16) becomes U+FFFD, which encodeURIComponent would throw on. */
function encodePath(path: string): string {
  const wellFormed = path.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
  return wellFormed.split('/').map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/');
}

/** A file: URI for an absolute path; folders end in '/'. */
export function fileUri(path: string, folder = false): string {
  const p = slashes(path);
  const rooted = p.startsWith('/') ? p : `/${p}`;
  const uri = `file://${encodePath(rooted)}`;
  return folder && !uri.endsWith('/') ? `${uri}/` : uri;
}

/**
 * Where a file is for URI-based formats: relative to the cwd when inside it; given a root (GitHub's
 * repository root), relative to that instead, and a file outside it absolute.
 */
export function artifactUri(file: string, base: PathBase): { uri: string; inside: boolean } {
  const path = base.root === undefined ? relativePath(file, base.cwd) : (fromRoot(file, base) ?? absolutePath(file, base.cwd));
  if (isAbsolute(path)) return { uri: fileUri(path), inside: false };
  return { uri: encodePath(path), inside: true };
}
