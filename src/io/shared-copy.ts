/** A copy of `array` in memory that worker threads share (a SharedArrayBuffer of its size); a Buffer's copy is a plain Uint8Array. */
export function sharedCopy<T extends Uint8Array | Uint32Array>(array: T): T {
  const buffer = new SharedArrayBuffer(array.byteLength);
  const copy = array instanceof Uint32Array ? new Uint32Array(buffer) : new Uint8Array(buffer);
  copy.set(array);
  return copy as T;
}
