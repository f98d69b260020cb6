/**
 * What each kind of tag is called, once for the whole app: facet legends, chips, slides, the print pack, the
 * "why is this tagged" list and the view described in words all read it.
 */
import { TAG_KINDS, type TagKind } from './contract';

export const TAG_KIND_NAMES: Record<TagKind, { one: string; many: string }> = {
  themes: { one: 'Theme', many: 'Themes' },
  regions: { one: 'Region', many: 'Regions' },
  countries: { one: 'Country', many: 'Countries' },
  programmes: { one: 'Programme', many: 'Programmes' },
  organizations: { one: 'Organisation', many: 'Organisations' },
  instruments: { one: 'Instrument', many: 'Instruments' },
  people: { one: 'Person', many: 'People' },
};

/** Every kind in display order with its plural name, for lists of a briefing's tags. */
export const TAG_KIND_LIST: readonly (readonly [TagKind, string])[] = TAG_KINDS.map(
  (kind) => [kind, TAG_KIND_NAMES[kind].many] as const,
);
