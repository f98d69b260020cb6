import type { FilterKind } from '@/core/view-state';

/** Display names of the facets (legends, chips). */
export const FACET_NAMES: Record<FilterKind, { singular: string; plural: string }> = {
  themes: { singular: 'Theme', plural: 'themes' },
  regions: { singular: 'Region', plural: 'regions' },
  countries: { singular: 'Country', plural: 'countries' },
  programmes: { singular: 'Programme', plural: 'programmes' },
  organizations: { singular: 'Organisation', plural: 'organisations' },
  instruments: { singular: 'Instrument', plural: 'instruments' },
};
