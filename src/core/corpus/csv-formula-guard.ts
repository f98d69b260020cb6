/**
 * The formula guard of the app's CSV export, and how an import undoes it (docs/decisions/016-csv-export-round-trip.md).
 *
 * The export puts an apostrophe before a cell that a spreadsheet would run as a formula (one that starts with
 * = + - @, a tab or a carriage return), per OWASP's advice on CSV injection. It also puts one before a cell that
 * already starts with apostrophes and then such a character, so that taking one apostrophe off is exact.
 *
 * A file is the app's own export when its header row is exactly `EXPORTED_CSV_COLUMNS`, in order: only then does
 * an import take the apostrophe off again. Any other CSV is read as it stands.
 */

/** The columns of the app's CSV export, in order: its header row, and how an import recognises the file. */
export const EXPORTED_CSV_COLUMNS = [
  'id',
  'title',
  'summary',
  'date',
  'url',
  'themes',
  'regions',
  'countries',
  'country_codes',
  'programmes',
  'organizations',
  'instruments',
  'people',
] as const;

const GUARDED = /^'*[=+\-@\t\r]/;

/**
 * The cell's text as the export writes it: with an apostrophe before it when a spreadsheet would run it.
 * @example guardCsvFormula('=SUM(A1)') // → "'=SUM(A1)"
 */
export function guardCsvFormula(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/**
 * Undoes `guardCsvFormula`, for cells of a file the app exported.
 * @example unguardCsvFormula("'=SUM(A1)") // → '=SUM(A1)'
 */
export function unguardCsvFormula(value: string): string {
  return value.startsWith("'") && GUARDED.test(value.slice(1)) ? value.slice(1) : value;
}

/** Whether a CSV header row is the app's own export's. */
export function isExportedCsvHeader(cells: readonly string[]): boolean {
  return (
    cells.length === EXPORTED_CSV_COLUMNS.length &&
    cells.every((c, i) => c.trim() === EXPORTED_CSV_COLUMNS[i])
  );
}
