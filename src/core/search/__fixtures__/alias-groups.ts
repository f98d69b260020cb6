/**
 * Alias groups for tests, in the shape of the tagger's `ALIAS_GROUPS` (src/core/tagging/alias-groups.ts), so the synonym
 * logic is tested on its own. The relevance suite uses the real groups once they exist.
 */
export const TEST_ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['OIE', 'WOAH', 'World Organisation for Animal Health'],
  ['AI', 'artificial intelligence'],
  ['MEA', 'multilateral environmental agreement'],
  ['BiH', 'Bosnia and Herzegovina'],
  ['HS', 'Harmonized System'],
  ['AEO', 'Authorized Economic Operator'],
];
