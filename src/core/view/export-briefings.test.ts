import { describe, expect, it } from 'vitest';
import { briefingsToCorpusJson, briefingsToCsv, csvCell, exportFileName } from './export-briefings';
import { parseCsv } from '../corpus';
import { validateCorpus, type Briefing, type Corpus } from '../corpus';

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
