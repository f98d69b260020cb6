/**
 * The tag kinds, once for the whole project: the corpus contract's fields, their names (facet legends, chips,
 * slides, the print pack, the "why is this tagged" list, the view described in words), which of them filter as
 * facets and in what order, and which show as chips on a result card.
 */

export const TAG_KIND_TABLE = [
  { kind: 'themes', one: 'Theme', many: 'Themes', facet: true, chip: true },
  { kind: 'regions', one: 'Region', many: 'Regions', facet: true, chip: true },
  { kind: 'countries', one: 'Country', many: 'Countries', facet: true, chip: true },
  { kind: 'programmes', one: 'Programme', many: 'Programmes', facet: true, chip: true },
  { kind: 'organizations', one: 'Organisation', many: 'Organisations', facet: true, chip: true },
  { kind: 'instruments', one: 'Instrument', many: 'Instruments', facet: true, chip: true },
  { kind: 'people', one: 'Person', many: 'People', facet: false, chip: false },
] as const;

type TagKindRow = (typeof TAG_KIND_TABLE)[number];
export type TagKind = TagKindRow['kind'];
/** The kinds that filter briefings (facets, URL parameters, chart clicks). */
export type FilterKind = Extract<TagKindRow, { facet: true }>['kind'];

/** Every tag kind, in display order: the fields of a briefing in the corpus contract. */
export const TAG_KINDS: readonly TagKind[] = TAG_KIND_TABLE.map((row) => row.kind);

/** The facets that filter briefings, in display order. */
export const FILTER_KINDS: readonly FilterKind[] = TAG_KIND_TABLE.filter(
  (row): row is Extract<TagKindRow, { facet: true }> => row.facet,
).map((row) => row.kind);

/** Kinds shown as chips on a result card, in this order. */
export const CHIP_KINDS: readonly TagKind[] = TAG_KIND_TABLE.filter((row) => row.chip).map((row) => row.kind);

export const TAG_KIND_NAMES: Record<TagKind, { one: string; many: string }> = Object.fromEntries(
  TAG_KIND_TABLE.map((row) => [row.kind, { one: row.one, many: row.many }]),
) as Record<TagKind, { one: string; many: string }>;

/** Every kind in display order with its plural name, for lists of a briefing's tags. */
export const TAG_KIND_LIST: readonly (readonly [TagKind, string])[] = TAG_KIND_TABLE.map(
  (row) => [row.kind, row.many] as const,
);
