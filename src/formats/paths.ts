// Paths as formats report them: relative to the working folder, '/'-separated.

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

/** Where a file is for URI-based formats: relative to the working folder when inside it. */
export function artifactUri(file: string, cwd: string): { uri: string; inside: boolean } {
  const path = relativePath(file, cwd);
  if (isAbsolute(path)) return { uri: fileUri(path), inside: false };
  return { uri: encodePath(path), inside: true };
}
