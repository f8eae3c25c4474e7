// A web address written as a credit: 来源：https://news.cri.cn/20231121/abc.html names the site the
// page is on. It is read whole (its colon and slashes end no name), and stands for its site.

/** A web address starts with its scheme, or with www. */
const START = /^(?:https?:\/\/|www\.)/u;
/** What an address is made of (RFC 3986, in key text: lower case); brackets are left out, they close a credit around it. */
const ADDRESS_CHAR = /[a-z0-9\-._~:/?#@!$&'*+,;=%]/u;
/** Punctuation that ends a sentence, not an address: 来源：https://news.cri.cn/a.html。 */
const TRAILING = '.,;:!?';
/** Longer than this, the rest of the line is not read as one address. */
const MAX_ADDRESS = 400;
/** A host name: labels of letters, digits and -, the last one of letters. */
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/u;
/** Second-level labels under which a country's sites are registered: people.com.cn, bbc.co.uk. */
const REGISTRY_LABELS = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'mil']);

/** Where the web address starting at `i` of key text ends, or -1 when none starts there. */
export function addressEnd(key: string, i: number, lineEnd: number): number {
  const scheme = START.exec(key.slice(i, i + 8));
  if (!scheme) return -1;
  const limit = Math.min(lineEnd, i + MAX_ADDRESS);
  let j = i;
  while (j < limit && ADDRESS_CHAR.test(key[j])) j++;
  while (j > i && TRAILING.includes(key[j - 1])) j--;
  return j > i + scheme[0].length ? j : -1;
}

/** The host of a credit that is one web address (https://news.cri.cn/a.html → news.cri.cn), else undefined. */
export function hostOf(value: string): string | undefined {
  const written = value.trim();
  if (!START.test(written.toLowerCase()) || /\s/u.test(written)) return undefined;
  try {
    return new URL(/^www\./iu.test(written) ? `http://${written}` : written).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The site a host name is part of (news.cri.cn, english.cri.cn → cri.cn; www.people.com.cn →
 * people.com.cn), so a pack that names a site's domain names every page on it; undefined for a
 * name that is not a host.
 */
export function siteDomain(name: string): string | undefined {
  const host = name.trim().toLowerCase().replace(/\.$/u, '');
  if (!HOST.test(host)) return undefined;
  const labels = host.split('.');
  const keep = labels.length > 2 && REGISTRY_LABELS.has(labels[labels.length - 2]) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}
