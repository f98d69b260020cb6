/**
 * Sorting the short lists the tagger sorts on every briefing (a kind's tags, a tag's evidence, a field's matches).
 * `Array.prototype.sort` copies every list it sorts into a work array first, however short: a quarter of all the
 * memory tagging allocated was those copies (the heap sampler, on 5,000 generated briefings).
 */

/** Longer lists go to `Array.prototype.sort`, whose copy is then worth it. */
const INSERTION_MAX = 24;

/**
 * Sorts `items` in place and returns it, stably (equal items keep their order), as `items.sort(compare)` would.
 * @example sortSmall([3, 1, 2], (a, b) => a - b) // → [1, 2, 3]
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}
