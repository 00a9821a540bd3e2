/**
 * A read-only list whose items are made only when a slice of it is asked for. A demo partner system
 * pages through a million identities this way without holding them; plain arrays fit the same type,
 * so the paging code takes either.
 */
export interface ListView<T> {
  readonly length: number;
  slice(start?: number, end?: number): T[];
}

/** A list of `length` items, item `position` made by `at`. `slice` clamps as `Array.prototype.slice` does. */
export function lazyList<T>(length: number, at: (position: number) => T): ListView<T> {
  // The same clamping as Array.prototype.slice (ToIntegerOrInfinity, negatives from the end), so a
  // page asked with odd numbers (`?offset=1.5`, `?page=Infinity`) answers as the arrays did.
  const clamp = (value: number | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const whole = Math.trunc(value) || 0;
    return whole < 0 ? Math.max(length + whole, 0) : Math.min(whole, length);
  };
  return {
    length,
    slice(start, end) {
      const from = clamp(start, 0);
      const to = clamp(end, length);
      const items: T[] = [];
      for (let position = from; position < to; position++) items.push(at(position));
      return items;
    },
  };
}

/** The list with `map` applied to each item as it is sliced. */
export const mapList = <T, U>(list: ListView<T>, map: (item: T) => U): ListView<U> => ({
  length: list.length,
  slice: (start, end) => list.slice(start, end).map(map),
});
