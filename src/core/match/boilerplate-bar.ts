// On its own, so that a run's note on hidden articles loads no matcher to say the bar.

/**
 * How many articles a line or fingerprint must stand in to be boilerplate: `max(3, share ×
 * articles)` (share 5% by default).
 * Three, because a real passage is repeated by a follow-up or two at most, while a template
 * line (navigation, a share widget, a footer) stands on every page built from that template;
 * 5%, because an archive has several templates (one per channel or redesign), each on a few
 * percent of its pages or more, while the only content that stands in one article of twenty is
 * stock phrasing, which must not count as reuse either. Tried on real pages of 网易, 澎湃 and
 * others: at 30% their share widgets and footers matched between articles; at 5% none did.
 */
export function boilerplateBar(share: number, articles: number): number {
  return Math.max(3, Math.ceil(share * articles));
}
