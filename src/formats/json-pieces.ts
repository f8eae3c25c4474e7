// An array deep in a JSON report, as JSON.stringify(report, null, 2) writes it, made a batch of
// items at a time: a report of thousands of findings is then never one string.

/** Items turned into JSON together: one JSON.stringify call a batch, not one an item. */
const BATCH = 64;

/**
 * The array of `items` (each as `json` makes it) standing `depth` levels in (its items indented
 * 2 × depth spaces), as JSON.stringify(…, null, 2) writes it: a piece per batch of items, each
 * batch stringified as deep in itself (inside `depth` nested arrays), so that its lines come
 * indented as they stand in the report, with no pass over the text to indent them again.
 */
export function* arrayPieces<T>(items: readonly T[], json: (item: T) => unknown, depth: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  // what JSON.stringify writes around the innermost array's items: `[\n  [\n` … `\n  ]\n]` two levels in
  const open = Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}[\n`).join('').length;
  const close = Array.from({ length: depth }, (_, level) => `\n${'  '.repeat(depth - 1 - level)}]`).join('').length;
  yield '[\n';
  for (let i = 0; i < items.length; i += BATCH) {
    if (i > 0) yield ',\n';
    let batch: unknown = items.slice(i, i + BATCH).map(json);
    for (let level = 1; level < depth; level++) batch = [batch];
    yield JSON.stringify(batch, null, 2).slice(open, -close);
  }
  yield `\n${'  '.repeat(depth - 1)}]`;
}
