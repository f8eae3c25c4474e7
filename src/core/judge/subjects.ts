import type { MarkerHit } from '../metadata/types.js';
import type { Pack } from '../config/types.js';
import type { HeldReuse } from './same-text.js';
import type { Subject } from './rule.js';

/**
 * What ties a document to a pack: each reused article of the pack's corpus, and, when no
 * reused article is the publisher's own, an own-content marker in the document itself
 * (clause 3), unless the document is clearly marked as third-party content: asked only of a
 * document with a marker and no own article reused (most have none, and the question reads every
 * credit of the text).
 */
export function subjectsFor(pack: Pack, reuses: readonly HeldReuse[], markers: readonly MarkerHit[], thirdPartyMarked: () => boolean): Subject[] {
  const subjects: Subject[] = reuses.map((reuse) => ({ pack, origin: reuse.article.origin, reuse }));
  const ownReused = reuses.some((r) => r.article.origin.kind !== 'third-party');
  if (markers.length > 0 && !ownReused && !thirdPartyMarked()) {
    const marker = markers[0];
    subjects.push({ pack, origin: { kind: 'own', source: pack.publisher.name, evidence: marker.value }, marker });
  }
  return subjects;
}
