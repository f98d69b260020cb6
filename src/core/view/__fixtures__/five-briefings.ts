/**
 * Five briefings tagged by hand, for the view room's tests: two themes on one briefing, two regions on another,
 * a theme of the taxonomy no briefing has, Global for "no place named".
 */
import type { Briefing, Corpus, Tag } from '../../corpus';
import { DEFAULT_VIEW_STATE, EMPTY_FILTERS, type Filters, type ViewState } from '../view-state';

const tag = (id: string, label = id): Tag => ({ id, label, evidence: [] });
const REGION_LABEL: Record<string, string> = { EUR: 'Europe', AP: 'Asia/Pacific', GLOBAL: 'Global' };

export function briefing(
  id: string,
  tags: {
    themes?: string[];
    regions?: string[];
    countries?: string[];
    programmes?: string[];
    organizations?: string[];
  },
): Briefing {
  return {
    id,
    title: `Briefing ${id}`,
    summary: '',
    themes: (tags.themes ?? []).map((t) => tag(t)),
    regions: (tags.regions ?? ['GLOBAL']).map((r) => tag(r, REGION_LABEL[r] ?? r)),
    countries: (tags.countries ?? []).map((t) => tag(t)),
    programmes: (tags.programmes ?? []).map((t) => tag(t)),
    organizations: (tags.organizations ?? ['WCO']).map((t) => tag(t)),
    instruments: [],
    people: [],
    funders: [],
    mentions: [],
  };
}

export const corpus: Corpus = {
  format: 'briefing-atlas/corpus',
  version: 1,
  name: 'test',
  generatedAt: '2025-01-01',
  warnings: [],
  taxonomy: {
    themes: [
      { id: 'env', label: 'Environment', group: 'E' },
      { id: 'sec', label: 'Security', group: 'E' },
      { id: 'ecom', label: 'E-commerce', group: 'F' },
      { id: 'origin', label: 'Origin', group: 'T' },
    ],
  },
  briefings: [
    briefing('a', { themes: ['env'], regions: ['AP'], programmes: ['APPW'] }),
    briefing('b', { themes: ['env', 'ecom'], regions: ['GLOBAL'] }),
    briefing('c', {
      themes: ['sec'],
      regions: ['EUR'],
      countries: ['ALB', 'XKX'],
      programmes: ['STCE', 'COPES'],
    }),
    briefing('d', { themes: ['ecom'], regions: ['EUR'], countries: ['BIH'] }),
    briefing('e', {
      themes: ['env'],
      regions: ['AP', 'EUR'],
      countries: ['BIH'],
      organizations: ['WCO', 'UNEP'],
    }),
  ],
};

/** A view state with these filters (and these other fields). */
export const view = (filters: Partial<Filters>, rest: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  ...rest,
  filters: { ...EMPTY_FILTERS, ...filters },
});
