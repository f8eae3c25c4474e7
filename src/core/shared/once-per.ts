/**
 * `compute` made to run once per object while the object lives: what a document's every finding
 * asks of it (its title, where its body begins, its lines) is found once, not once a finding, so
 * that a one-line document of megabytes costs its findings nothing more than its length.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, { value: V }>();
  return (key) => {
    let hit = values.get(key);
    if (!hit) values.set(key, (hit = { value: compute(key) }));
    return hit.value;
  };
}

/**
 * `compute` run at the first asking and its value kept, undefined too: what a check may never need
 * (a git date, a document's lines against its articles) and may need many times. A throw keeps
 * nothing: the next asking computes again.
 */
export function lazy<V>(compute: () => V): () => V {
  let hit: { value: V } | undefined;
  return () => (hit ??= { value: compute() }).value;
}
