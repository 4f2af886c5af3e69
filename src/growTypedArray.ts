/** The typed arrays the readers fill as they go. */
type GrowableArray = Int8Array | Uint8Array | Int32Array | Float64Array;

/**
 * A copy of a typed array with twice the capacity, for buffers filled as a
 * file is read: doubling keeps the copying linear in the number of values.
 * @example growTypedArray(Int32Array.of(1, 2)) // Int32Array.of(1, 2, 0, 0)
 */
export function growTypedArray<T extends GrowableArray>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(Math.max(1, array.length * 2));
  larger.set(array);
  return larger;
}
