// The tail of every remedy that says whom to contact, in the notice's own terms (clause 5 of
// 国际在线's: 如因作品内容、版权和其他问题需要与本网联系的,请在该事由发生之日起30日内进行).
import type { Pack } from '../config/types.js';
import type { Origin } from '../metadata/types.js';

/**
 * Whom to contact and within what time, as the notice's contact clause says: nothing where it names
 * no contact, nor for content the publisher reprinted from another outlet (its rights are that
 * outlet's, of which the notice says nothing). The one contacted is whom the clause names: the
 * licensor or the owner where it names them, else the publisher (本网, 本站).
 */
export function contactTail(pack: Pack, origin: Origin): string {
  const { contact, publisher } = pack;
  if (!contact || origin.kind === 'third-party') return '';
  const words = pack.clauses.find((c) => c.number === contact.clause)?.quote ?? '';
  const whom = [publisher.licensor, publisher.owner].find((n) => n !== undefined && words.includes(n)) ?? publisher.name;
  const within = contact.windowDays !== undefined ? `在事由发生之日起${contact.windowDays}日内` : '';
  return `如对内容或版权有疑问，请${within}与${whom}联系（第${contact.clause}条）。`;
}
