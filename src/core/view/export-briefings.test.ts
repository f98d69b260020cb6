import { describe, expect, it } from 'vitest';
import { briefingsToCorpusJson, briefingsToCsv, csvCell, exportFileName } from './export-briefings';
import fc from 'fast-check';
import {
  hashBriefing,
  normalizeField,
  parseCsv,
  readBriefingText,
  validateCorpus,
  type Briefing,
  type Corpus,
} from '../corpus';

const tag = (id: string, label: string) => ({ id, label, evidence: [] });
const briefing = (over: Partial<Briefing> = {}): Briefing => ({
  id: 'b1',
  title: 'WCO Aids Bosnia in Ecommerce Customs Reform',
  summary: 'A "quoted" summary, with commas;\nand = signs.',
  themes: [tag('facilitation.ecommerce', 'E-commerce'), tag('enforcement.ipr', 'IPR, health and safety')],
  regions: [tag('EUR', 'Europe')],
  countries: [tag('BIH', 'Bosnia and Herzegovina')],
  programmes: [],
  organizations: [tag('WCO', 'World Customs Organization')],
  instruments: [],
  people: [],
  funders: [],
  mentions: [],
  ...over,
});
const corpus: Corpus = {
  format: 'briefing-atlas/corpus',
  version: 1,
  name: 'Seed',
  generatedAt: '2026-01-01T00:00:00Z',
  briefings: [briefing()],
  warnings: [],
};

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['=1+1', `"'=1+1"`],
    ['+44 20', `"'+44 20"`],
    ['-pandemic', `"'-pandemic"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=cmd', `"'\t=cmd"`],
    ['a=b', '"a=b"'],
    ["'=1", `"''=1"`],
    ["'plain", `"'plain"`],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('briefingsToCsv', () => {
  it('has one row per briefing and reads back with the same values', () => {
    const csv = briefingsToCsv([briefing(), briefing({ id: 'b2', title: '=HYPERLINK("http://evil")' })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { records, problems } = parseCsv(csv);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(3);
    const header = records[0]!.cells;
    const row = Object.fromEntries(header.map((h, i) => [h, records[1]!.cells[i]]));
    expect(row).toMatchObject({
      id: 'b1',
      summary: 'A "quoted" summary, with commas;\nand = signs.',
      themes: 'E-commerce; IPR, health and safety',
      regions: 'Europe',
      countries: 'Bosnia and Herzegovina',
      country_codes: 'BIH',
    });
    expect(records[2]!.cells[1]).toBe(`'=HYPERLINK("http://evil")`);
  });
});

describe('briefingsToCorpusJson', () => {
  it('is a valid corpus that says where it came from', () => {
    const json = briefingsToCorpusJson(corpus, corpus.briefings, {
      corpusName: 'Seed',
      filters: 'Region: Europe',
      shown: 1,
      total: 10,
      exportedAt: '2026-11-28T10:00:00Z',
      link: 'http://x/?region=EUR',
    });
    const parsed = JSON.parse(json);
    expect(validateCorpus(parsed).ok).toBe(true);
    expect(parsed.exportedFrom).toEqual({
      corpus: 'Seed',
      filters: 'Region: Europe',
      shown: 1,
      total: 10,
      link: 'http://x/?region=EUR',
    });
    expect(parsed.briefings).toHaveLength(1);
    expect(parsed.corrections).toBeUndefined();
  });

  it('carries the analysts’ corrections of the briefings exported, and only those', () => {
    const correction = (briefingId: string) => ({
      briefingId,
      kind: 'regions' as const,
      tagId: 'AP',
      action: 'remove' as const,
      at: '2026-03-01T09:00:00Z',
    });
    const corrected = { ...corpus, corrections: [correction('b1'), correction('b2')] };
    const parsed = JSON.parse(
      briefingsToCorpusJson(corrected, corrected.briefings, {
        corpusName: 'Seed',
        filters: 'All',
        shown: 1,
        total: 2,
        exportedAt: '2026-11-28T10:00:00Z',
        link: 'http://x/',
      }),
    );
    expect(validateCorpus(parsed).ok).toBe(true);
    expect(parsed.corrections).toEqual([correction('b1')]);
  });
});

describe('exportFileName', () => {
  it.each([
    ['Region: Asia/Pacific', 'briefing-atlas-region-asia-pacific-2026-11-28.csv'],
    ['', 'briefing-atlas-all-2026-11-28.csv'],
    ['Country: Côte d’Ivoire', 'briefing-atlas-country-cote-d-ivoire-2026-11-28.csv'],
  ])('%j', (filters, name) => {
    expect(exportFileName(filters, '2026-11-28T10:00:00Z', 'csv')).toBe(name);
  });
});

describe('the exports re-import to the same briefings', () => {
  // Text as the corpus holds it (normalised fields), full of what CSV and spreadsheets treat specially.
  const text = fc
    .array(
      fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', ' ', 'a', 'Zé', '1', '\t', '\n', 'SUM(A1)'),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .map((parts) => normalizeField(parts.join('')))
    .filter((t) => t !== '');
  const record = fc.record({
    title: text,
    summary: text,
    date: fc.option(fc.constantFrom('2023-09-12', '2024-01'), { nil: undefined }),
    url: fc.option(fc.constantFrom('https://www.wcoomd.org/en/media/newsroom.aspx?a=1&b=2'), {
      nil: undefined,
    }),
  });
  const briefings = fc
    .uniqueArray(record, { maxLength: 8, selector: (r) => hashBriefing(r.title, r.summary) })
    .map((records) =>
      records.map(({ title, summary, date, url }) =>
        briefing({
          id: hashBriefing(title, summary),
          title,
          summary,
          ...(date ? { date } : {}),
          ...(url ? { url } : {}),
        }),
      ),
    );
  const fields = (
    list: readonly { id: string; title: string; summary: string; date?: string; url?: string }[],
  ) => list.map(({ id, title, summary, date, url }) => ({ id, title, summary, date, url }));
  const provenance = {
    corpusName: 'Seed',
    filters: 'All',
    shown: 1,
    total: 1,
    exportedAt: '2026-11-28T10:00:00Z',
    link: 'http://x/',
  };

  it('as CSV, formula guard and all', () => {
    fc.assert(
      fc.property(briefings, (list) => {
        const read = readBriefingText(briefingsToCsv(list), 'export.csv');
        expect(read.diagnostics).toEqual(
          list.length === 0 ? [expect.objectContaining({ code: 'no-rows' })] : [],
        );
        expect(fields(read.briefings)).toEqual(fields(list));
      }),
      { numRuns: 300 },
    );
  });

  it('as JSON', () => {
    fc.assert(
      fc.property(briefings, (list) => {
        const read = readBriefingText(briefingsToCorpusJson(corpus, list, provenance), 'export.json');
        expect(read.diagnostics).toEqual(
          list.length === 0 ? [expect.objectContaining({ code: 'empty-list' })] : [],
        );
        expect(fields(read.briefings)).toEqual(fields(list));
      }),
      { numRuns: 300 },
    );
  });
});
