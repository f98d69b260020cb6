import type { TagKind } from '@/core/corpus';

export const TAG_KIND_NAMES: Record<TagKind, string> = {
  themes: 'Themes',
  regions: 'Regions',
  countries: 'Countries',
  programmes: 'Programmes',
  organizations: 'Organisations',
  instruments: 'Instruments',
  people: 'People',
};

/** Kinds shown as chips on a result card, in this order. */
export const CHIP_KINDS = [
  'themes',
  'regions',
  'countries',
  'programmes',
  'organizations',
  'instruments',
] as const;
