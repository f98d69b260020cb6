/**
 * Exports of the briefings in view: CSV for spreadsheets (one row per briefing, tags as readable columns, safe
 * against formula injection) and JSON in the corpus contract's shape, each carrying where it came from.
 */
import { EXPORTED_CSV_COLUMNS, guardCsvFormula, type Briefing, type Corpus, type Tag } from '../corpus';

export interface ExportProvenance {
  corpusName: string;
  /** The active query and filters, in words. */
  filters: string;
  /** N of M. */
  shown: number;
  total: number;
  /** ISO timestamp of the export. */
  exportedAt: string;
  /** The link that reopens this view. */
  link: string;
}

const CSV_COLUMNS: Record<(typeof EXPORTED_CSV_COLUMNS)[number], (b: Briefing) => string> = {
  id: (b) => b.id,
  title: (b) => b.title,
  summary: (b) => b.summary,
  date: (b) => b.date ?? '',
  url: (b) => b.url ?? '',
  themes: (b) => labels(b.themes),
  regions: (b) => labels(b.regions),
  countries: (b) => labels(b.countries),
  country_codes: (b) => b.countries.map((t) => t.id).join('; '),
  programmes: (b) => labels(b.programmes),
  organizations: (b) => labels(b.organizations),
  instruments: (b) => labels(b.instruments),
  people: (b) => labels(b.people),
};

function labels(tags: readonly Tag[]): string {
  return tags.map((t) => t.label).join('; ');
}

/**
 * Quotes one CSV cell. A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
 * return) is prefixed with an apostrophe, per OWASP's advice on CSV injection, so it shows as text and runs nothing;
 * an import of the file takes it off again (`unguardCsvFormula` in the corpus room).
 * @example csvCell('=HYPERLINK("x")') // → '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string): string {
  return `"${guardCsvFormula(value).replace(/"/g, '""')}"`;
}

/**
 * The briefings as CSV: a header row, then one row per briefing, CRLF line ends and a byte-order mark so that
 * spreadsheet programs read UTF-8 and accents correctly.
 * @example briefingsToCsv([b]).split('\r\n').length // → 3 (header, one row, final empty line)
 */
export function briefingsToCsv(briefings: readonly Briefing[]): string {
  const rows = [EXPORTED_CSV_COLUMNS.map((name) => csvCell(name)).join(',')];
  for (const b of briefings)
    rows.push(EXPORTED_CSV_COLUMNS.map((name) => csvCell(CSV_COLUMNS[name](b))).join(','));
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/**
 * The briefings in view as a corpus document (the data contract), with the view's provenance in its name and an
 * `exportedFrom` note, so that the file can be imported again.
 */
export function briefingsToCorpusJson(
  corpus: Corpus,
  briefings: readonly Briefing[],
  provenance: ExportProvenance,
): string {
  // The analysts' corrections travel with the briefings they are about (their tags here are the corrected ones).
  const { corrections: all, ...rest } = corpus;
  const ids = new Set(briefings.map((b) => b.id));
  const corrections = (all ?? []).filter((c) => ids.has(c.briefingId));
  const document = {
    ...rest,
    name: `${corpus.name} — ${provenance.filters}`,
    generatedAt: provenance.exportedAt,
    exportedFrom: {
      corpus: provenance.corpusName,
      filters: provenance.filters,
      shown: provenance.shown,
      total: provenance.total,
      link: provenance.link,
    },
    briefings,
    ...(corrections.length > 0 ? { corrections } : {}),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

/** A file name that says what the export holds: `briefing-atlas-europe-2026-11-28.csv`. */
export function exportFileName(filters: string, exportedAt: string, extension: string): string {
  const slug = filters
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `briefing-atlas-${slug || 'all'}-${exportedAt.slice(0, 10)}.${extension}`;
}
