// A cache's value with its repeated long strings kept once. V8's serialiser writes a string as
// often as it occurs, but an object once, referring back to it after: each long text that occurs
// more than once (a passage's words again in its lines and excerpt, a clause's text in every
// finding under it) is put in one String object before serialising, and taken out again after
// deserialising. A warm --cache run reads and decodes a third less.

/** Strings shorter than this are written as they are: a reference back costs about as much. */
const SHARED_MIN = 32;

type Walked = Record<string, unknown> | unknown[];

/** Arrays and plain objects: what the walk goes into (a Map, a Date or a typed array is kept as it is). */
function walked(value: unknown): value is Walked {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function countStrings(value: unknown, counts: Map<string, number>): void {
  if (typeof value === 'string') {
    if (value.length >= SHARED_MIN) counts.set(value, (counts.get(value) ?? 0) + 1);
  } else if (walked(value)) for (const inner of Object.values(value)) countStrings(inner, counts);
}

/** A copy of `value` in which each long string found more than once is one String object, for `serialize`. */
export function sharedStrings(value: unknown): unknown {
  const counts = new Map<string, number>();
  countStrings(value, counts);
  const boxes = new Map<string, object>();
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.length < SHARED_MIN || (counts.get(v) ?? 0) < 2) return v;
      let box = boxes.get(v);
      if (box === undefined) {
        box = Object(v) as object;
        boxes.set(v, box);
      }
      return box;
    }
    if (!walked(v)) return v;
    if (Array.isArray(v)) return v.map(copy);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) out[key] = copy(v[key]);
    return out;
  };
  return copy(value);
}

/** `value` as `deserialize` gave it, each String object made a string again (in place); the value. */
export function unsharedStrings(value: unknown): unknown {
  if (value instanceof String) return value.valueOf();
  if (typeof value === 'object' && value !== null) unboxInside(value as Walked);
  return value;
}

// every object deserialised is walked but typed arrays, whose elements are no strings (what is
// no array, plain object nor typed array has no keys to go through): no prototype looked at, no
// string compared
function unboxInside(value: Walked): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner: unknown = value[i];
      if (typeof inner !== 'object' || inner === null) continue;
      if (inner instanceof String) value[i] = inner.valueOf();
      else if (!ArrayBuffer.isView(inner)) unboxInside(inner as Walked);
    }
    return;
  }
  for (const key in value) {
    const inner = value[key];
    if (typeof inner !== 'object' || inner === null) continue;
    if (inner instanceof String) value[key] = inner.valueOf();
    else if (!ArrayBuffer.isView(inner)) unboxInside(inner as Walked);
  }
}
