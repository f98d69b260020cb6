/**
 * Splits rows over slides by what they take up, so a long chart becomes "1 of 2", "2 of 2" at full size instead of
 * being shrunk below legibility or scrolled. Pure, so it is tested without a browser.
 *
 * Sizes are in vmin (a hundredth of the screen's shorter side): slides are laid out in vmin, so one pagination fits
 * every landscape screen from 1024 × 768 to 3840 × 2160, 16:9 or 4:3.
 */

/** Height a chart's rows may take on one slide, in vmin (the rest: title, N line, not-covered line, key line). */
export const ROWS_BUDGET = 64;
/** Characters of a row label per line, at the slide's label size in the label column (38 % of a 4:3 slide). */
export const LABEL_CHARACTERS_PER_LINE = 34;
/** One line of label text, and the space between two rows, in vmin. */
const LINE = 3;
const GAP = 1;

/**
 * Lines a label takes, wrapped by words at `perLine` characters.
 * @example labelLines('Illicit trade, investigations and seizures', 30) // → 2
 */
export function labelLines(label: string, perLine = LABEL_CHARACTERS_PER_LINE): number {
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const length = Math.min(word.length, perLine);
    if (used > 0 && used + 1 + length > perLine) {
      lines++;
      used = length;
    } else used += (used > 0 ? 1 : 0) + length;
  }
  return lines;
}

/** The height of a row whose label is `label`, in vmin (a bar row is at least 4 vmin high). */
export function rowHeight(label: string, minimum = 4): number {
  return Math.max(minimum, labelLines(label) * LINE) + GAP;
}

/**
 * Rows in pages of at most `budget` vmin each (a row taller than the budget gets a page of its own), spread
 * evenly: 24 rows over two slides are 12 and 12, not 20 and 4.
 * @example paginate(['a', 'b', 'c', 'd', 'e'], () => 20, 80) // → [['a', 'b', 'c'], ['d', 'e']]
 */
export function paginate<T>(rows: readonly T[], heightOf: (row: T) => number, budget = ROWS_BUDGET): T[][] {
  const total = rows.reduce((sum, r) => sum + heightOf(r), 0);
  const greedy = fill(rows, heightOf, budget);
  if (greedy.length <= 1) return greedy;
  // The smallest page height that still needs no more slides than the greedy fill: the rows spread evenly.
  for (let share = Math.ceil(total / greedy.length); share < budget; share++) {
    const even = fill(rows, heightOf, share);
    if (even.length === greedy.length) return even;
  }
  return greedy;
}

function fill<T>(rows: readonly T[], heightOf: (row: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const row of rows) {
    const h = heightOf(row);
    if (page.length > 0 && used + h > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
