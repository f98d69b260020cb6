/**
 * The tag kinds, once for the whole project: the corpus contract's fields, their names (facet legends, chips,
 * slides, the print pack, the "why is this tagged" list, the view described in words), which of them filter as
 * facets and in what order, and which show as chips on a result card.
 */

export const TAG_KIND_TABLE = [
  { kind: 'themes', one: 'Theme', many: 'Themes', facet: true, chip: true, param: 'theme' },
  { kind: 'regions', one: 'Region', many: 'Regions', facet: true, chip: true, param: 'region' },
  { kind: 'countries', one: 'Country', many: 'Countries', facet: true, chip: true, param: 'country' },
  { kind: 'programmes', one: 'Programme', many: 'Programmes', facet: true, chip: true, param: 'programme' },
  {
    kind: 'organizations',
    one: 'Organisation',
    many: 'Organisations',
    facet: true,
    chip: true,
    param: 'org',
  },
  {
    kind: 'instruments',
    one: 'Instrument',
    many: 'Instruments',
    facet: true,
    chip: true,
    param: 'instrument',
  },
  // Who funds, sponsors or supports the activity: a country's government or fund, or an organisation.
  {
    kind: 'funders',
    one: 'Supported by',
    many: 'Supported by',
    facet: true,
    chip: false,
    param: 'funder',
    // In a sentence ("Find funders…", "Show all 12 funders") the legend is no noun.
    noun: 'funders',
  },
  { kind: 'people', one: 'Person', many: 'People', facet: true, chip: false, param: 'person' },
  // Places named in another role than the briefing's own (experts' origin, a route, a language, a seat): kept with
  // their role and evidence, counted nowhere. Ids are `role:ID` (tagging/place-role-rules.ts).
  { kind: 'mentions', one: 'Other place named', many: 'Other places named', facet: false, chip: false },
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

/** Whether a tag kind filters (is a facet). */
export function isFilterKind(kind: string): kind is FilterKind {
  return (FILTER_KINDS as readonly string[]).includes(kind);
}

/** The URL parameter of each facet (docs/url-format.md). */
export const FILTER_PARAM = Object.fromEntries(
  TAG_KIND_TABLE.flatMap((row) => ('param' in row ? [[row.kind, row.param]] : [])),
) as Record<FilterKind, string>;

/** Kinds shown as chips on a result card, in this order. */
export const CHIP_KINDS: readonly TagKind[] = TAG_KIND_TABLE.filter((row) => row.chip).map((row) => row.kind);

export const TAG_KIND_NAMES: Record<TagKind, { one: string; many: string; noun: string }> =
  Object.fromEntries(
    TAG_KIND_TABLE.map((row) => [
      row.kind,
      { one: row.one, many: row.many, noun: 'noun' in row ? row.noun : row.many.toLowerCase() },
    ]),
  ) as Record<TagKind, { one: string; many: string; noun: string }>;

/** Every kind in display order with its plural name, for lists of a briefing's tags. */
export const TAG_KIND_LIST: readonly (readonly [TagKind, string])[] = TAG_KIND_TABLE.map(
  (row) => [row.kind, row.many] as const,
);
