import { describe, expect, it } from 'vitest';
import { describeView } from './describe-view';
import { DEFAULT_VIEW_STATE, EMPTY_FILTERS } from './view-state';
import type { Briefing, Corpus } from '../corpus';

const tag = (id: string, label: string) => ({ id, label, evidence: [] });
const b: Briefing = {
  id: 'b1',
  title: 'T',
  summary: 'S.',
  themes: [tag('env', 'Environment')],
  regions: [tag('AP', 'Asia/Pacific'), tag('EUR', 'Europe')],
  countries: [],
  programmes: [tag('APPW', 'Asia Pacific Plastic Waste Project')],
  organizations: [],
  instruments: [],
  people: [],
  funders: [],
  mentions: [],
};
const corpus: Corpus = {
  format: 'briefing-atlas/corpus',
  version: 1,
  name: 'c',
  generatedAt: 'x',
  briefings: [b],
  warnings: [],
};

describe('describeView', () => {
  it.each([
    [{}, 'All briefings'],
    [{ q: ' plastic ' }, 'Search “plastic”'],
    [{ filters: { ...EMPTY_FILTERS, regions: ['AP'] } }, 'Region: Asia/Pacific'],
    [
      { filters: { ...EMPTY_FILTERS, regions: ['AP', 'EUR'], themes: ['env'] } },
      'Theme: Environment · Regions: Asia/Pacific or Europe',
    ],
    [
      { q: 'x', filters: { ...EMPTY_FILTERS, programmes: ['APPW'] }, from: '2023-01' },
      'Search “x” · Programme: Asia Pacific Plastic Waste Project · Dates: 2023-01 to any',
    ],
  ])('%j → %s', (patch, words) => {
    expect(describeView(corpus, { ...DEFAULT_VIEW_STATE, ...patch })).toBe(words);
  });
});
