/**
 * Figures kept in a decision record, read by the benchmarks: the retired search engine's last figures
 * (docs/decisions/019-minisearch-as-the-engine.md) are printed beside today's, so the comparison outlives its code.
 */
import { readFileSync } from 'node:fs';

/** A table of figures kept in a decision record, read by its marker comment (`<!-- marker -->`). */
export interface RecordedFigures {
  /** Column headers after the first ("1,000", "10,000", …). */
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
}

/**
 * The retired engine's last figures, from the decision record that keeps them (docs/decisions/019): the benches
 * print them beside today's, so the comparison survives the engine's code.
 * @example recordedFigures('retired-engine-node').rows[0] // → { label: '2026-11-28 search p50, ms', values: [0.19, 0.9, 8.9] }
 */
export function recordedFigures(
  marker: string,
  file = new URL('../docs/decisions/019-minisearch-as-the-engine.md', import.meta.url),
): RecordedFigures {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf(`<!-- ${marker} -->`);
  if (start < 0) throw new Error(`${file.pathname}: no table marked <!-- ${marker} -->`);
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const table: string[][] = [];
  // The table starts after the marker and any blank lines (a formatter puts one there).
  for (const line of lines.slice(start + 1)) {
    if (!line.trim().startsWith('|')) {
      if (table.length === 0 && !line.trim()) continue;
      break;
    }
    table.push(cells(line));
  }
  const [header, , ...body] = table;
  if (!header || body.length === 0) throw new Error(`${file.pathname}: the table marked ${marker} is empty`);
  return {
    columns: header.slice(1),
    rows: body.map(([label, ...values]) => ({
      label: label ?? '',
      values: values.map((v) => (v === '' ? null : Number(v.replace(/,/g, '')))),
    })),
  };
}

/** One recorded figure by row label and column ("10,000"); null when the record has none. */
export function recordedFigure(figures: RecordedFigures, label: string, column: string): number | null {
  const at = figures.columns.indexOf(column);
  return figures.rows.find((r) => r.label === label)?.values[at] ?? null;
}
