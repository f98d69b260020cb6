/**
 * Where a search matched, as ranges of the original text: the UI renders them as <mark> elements. Matching is done
 * with the search normaliser on the text's own words, so a match found in the index is found here too, whatever the
 * accents, case or compound spelling ("E-Commerce" for "ecommerce", "Asia Pacific" for "asiapacific").
 */
import { findRuns, foldTerm, scanWords } from './normalize';

/**
 * Ranges [start, end) of `text` to highlight for the matched terms of a search (`SearchMatch.terms`), sorted and
 * merged.
 * @example highlightRanges('Cross-Border E-Commerce', ['crossborder']) // → [[0, 12]]
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || !text) return [];
  const parts = scanWords(text).flatMap((w) => w.parts);
  const tokens = parts.map((p) => foldTerm(p.term));
  const ranges: [number, number][] = [];
  for (const target of new Set(terms.map(foldTerm))) {
    for (const [first, last] of findRuns(tokens, target))
      ranges.push([parts[first]!.start, parts[last]!.end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    // Touching or separated only by a joiner ("E" + "-" + "Commerce") reads as one highlight.
    if (prev && r[0] <= prev[1] + 1 && /^[-\u2010-\u2015/'\u2019]?$/.test(text.slice(prev[1], r[0]))) {
      prev[1] = Math.max(prev[1], r[1]);
    } else merged.push([r[0], r[1]]);
  }
  return merged;
}
