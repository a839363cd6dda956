/**
 * Sorts in place, stably, like Array.prototype.sort, for the short lists every scored line makes (its spans, its
 * coverage: a handful each). V8's sort allocates a work array per call, which for 10,000 lines is a tenth of all
 * the garbage scoring makes; insertion sort on a short list allocates nothing and is as fast. Long lists go to
 * the built-in sort.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > 32) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, x) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}
