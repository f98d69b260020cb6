import { TAG_KIND_NAMES, FILTER_KINDS, type FilterKind } from '@/core/corpus';

/** Display names of the facets (legends, chips), from the one table of tag-kind names. */
export const FACET_NAMES = Object.fromEntries(
  FILTER_KINDS.map((kind) => [
    kind,
    { singular: TAG_KIND_NAMES[kind].one, plural: TAG_KIND_NAMES[kind].noun },
  ]),
) as Record<FilterKind, { singular: string; plural: string }>;
