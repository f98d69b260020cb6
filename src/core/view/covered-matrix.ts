import type { CoverageMatrix } from './derive-view';

/**
 * The matrix with only the themes and regions the corpus has briefings on (decision 015): what the page draws by
 * default and what its export writes, so the two show the same rows, columns and hatched gaps.
 * @example coveredMatrix(view.matrix).themes.every((t) => t.corpusCount > 0) // → true
 */
export function coveredMatrix(matrix: CoverageMatrix): CoverageMatrix {
  const rows = matrix.themes.flatMap((t, i) => (t.corpusCount > 0 ? [i] : []));
  const columns = matrix.regions.flatMap((r, i) => (r.corpusCount > 0 ? [i] : []));
  return {
    ...matrix,
    themes: rows.map((i) => matrix.themes[i]!),
    regions: columns.map((i) => matrix.regions[i]!),
    cells: rows.map((i) => columns.map((j) => matrix.cells[i]?.[j] ?? 0)),
  };
}
