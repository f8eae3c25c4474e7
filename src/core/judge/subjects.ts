import type { MarkerHit } from '../metadata/types.js';
import type { Pack } from '../config/types.js';
import type { HeldReuse } from './same-text.js';
import type { Subject } from './rule.js';
import { mapped } from '../shared/mapped.js';

/**
 * What ties a document to a pack: each reused article of the pack's corpus, and, when no
 * reused article is the publisher's own, an own-content marker in the document itself
 * (clause 3), unless the document is clearly marked as third-party content. Its markers are looked
 * for only when no own article is reused, and whether it is marked third-party only when it has
 * one: most documents need neither, and the second reads every credit of the text.
 */
export function subjectsFor(pack: Pack, reuses: readonly HeldReuse[], markersOf: () => readonly MarkerHit[], thirdPartyMarked: () => boolean): Subject[] {
  const subjects: Subject[] = mapped(reuses, (reuse) => ({ pack, origin: reuse.article.origin, reuse }));
  if (reuses.some((r) => r.article.origin.kind !== 'third-party')) return subjects;
  const markers = markersOf();
  if (markers.length > 0 && !thirdPartyMarked()) {
    const marker = markers[0];
    subjects.push({ pack, origin: { kind: 'own', source: pack.publisher.name, evidence: marker.value }, marker });
  }
  return subjects;
}
