import picomatch from 'picomatch';
import type { Licence, UseAction } from '../config/types.js';
import type { ReuseKind } from '../match/types.js';
import type { Breach, Licensing } from './rule.js';
import { mapped } from '../shared/mapped.js';

/** The actions a licence must grant for each kind of use; any one of them suffices. */
export const ACTIONS_FOR: Record<ReuseKind, readonly UseAction[]> = {
  reprint: ['转载', '复制'],
  excerpt: ['摘编'],
  edited: ['改编'],
};

export interface Use {
  publisher: string;
  kind: ReuseKind;
  /** Path of the document relative to the config's folder, '/'-separated. */
  path: string;
  /** The document's date, YYYY-MM-DD: asked only of a licence with dates (it may cost a git call). */
  date: () => string;
  /** Whether that date is one the document states itself (else --date, its last commit's or today's). */
  dateStated: () => boolean;
}

/**
 * Whether a licence for the publisher covers this use, and if not, which of its terms is broken.
 * A licence covers only the files under its `paths`: a file outside all of them has no licence,
 * which is unauthorized use, not use beyond a licence it holds.
 */
export function licensingFor(use: Use, licences: readonly Licence[]): Licensing {
  const judged = mapped(
    licences.filter((l) => l.publisher === use.publisher && covers(l, use.path)),
    (licence) => ({ licence, breaches: breachesOf(licence, use) }),
  );
  if (judged.length === 0) return { status: 'none' };
  const inScope = judged.find((j) => j.breaches.length === 0);
  if (inScope) return { status: 'in-scope', licence: inScope.licence };
  const closest = judged.reduce((best, j) => (j.breaches.length < best.breaches.length ? j : best));
  return { status: 'out-of-scope', ...closest };
}

function breachesOf(licence: Licence, use: Use): Breach[] {
  const breaches: Breach[] = [];
  const needed = ACTIONS_FOR[use.kind];
  if (!needed.some((a) => licence.actions.includes(a))) {
    breaches.push({
      term: 'actions',
      detail: `授权范围为「${licence.actions.join('、')}」，本文属于「${needed.join('或')}」`,
    });
  }
  const date = licence.validFrom || licence.validTo ? use.date() : '';
  if ((licence.validFrom && date < licence.validFrom) || (licence.validTo && date > licence.validTo)) {
    breaches.push({
      term: 'validity',
      detail: `${use.dateStated() ? `文章日期 ${date} ` : `文章未注明日期，按 ${date}（--date，否则文件最后一次提交的日期或当天）计，`}不在授权有效期 ${licence.validFrom ?? '…'} 至 ${licence.validTo ?? '…'} 内`,
    });
  }
  return breaches;
}

const matchers = new WeakMap<Licence, (path: string) => boolean>();

/**
 * How a licence's `paths` globs match a path relative to the config's folder ('/'-separated); dot
 * files too. A folder (content/licensed, content/licensed/) covers the files under it, as in
 * .gitignore: written so by `laiyuan init`'s own example, it covered nothing.
 */
export function licenceGlobs(globs: string | readonly string[]): (path: string) => boolean {
  const patterns = (typeof globs === 'string' ? [globs] : globs).flatMap((glob) =>
    glob.endsWith('/') ? [`${glob}**`] : [glob, `${glob}/**`],
  );
  return picomatch(patterns, { dot: true });
}

/** Whether the licence's `paths` hold the file; each licence's globs are compiled once a run, not once a document. */
function covers(licence: Licence, path: string): boolean {
  if (licence.paths.length === 0) return true;
  let matches = matchers.get(licence);
  if (!matches) {
    matches = licenceGlobs(licence.paths);
    matchers.set(licence, matches);
  }
  return matches(path);
}
