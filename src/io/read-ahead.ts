/**
 * `read(item)` of each item, given back in order, with up to `depth` reads of the next items in
 * flight meanwhile: the disk works while the caller processes what it was given. A read that
 * fails ahead of its turn fails at its turn, never as an unhandled rejection.
 */
export async function* readAhead<T, R>(items: readonly T[], read: (item: T) => Promise<R>, depth: number): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  let next = 0;
  const start = () => {
    const reading = read(items[next++]);
    reading.catch(() => undefined);
    pending.push(reading);
  };
  while (next < items.length && pending.length < depth) start();
  while (pending.length > 0) {
    const done = await (pending.shift() as Promise<R>);
    if (next < items.length) start();
    yield done;
  }
}
