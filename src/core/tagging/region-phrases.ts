/**
 * The phrases that name a WCO region directly ("Asia-Pacific", "Western Balkans", "sub-Saharan Africa"), compiled for
 * the tagger. The regions themselves (ids, labels, order, membership) are the one table in `corpus/regions.ts`.
 *
 * Source: shared/reference/wco-domain.md §1.
 */
import type { RegionId } from '../corpus';
import {
  compilePhrases,
  findPhrases,
  type PhraseMatch,
  type PhraseMatcher,
  type PreparedText,
} from './match-text';

/**
 * Phrases that name a region (or a part of one) directly. A phrase may point at two regions ("sub-Saharan
 * Africa"), and a country name that is ambiguous but whose candidates share a region ("Congo", "Dominican") points at
 * that region instead of guessing a country. "Africa" alone points at both sub-Saharan regions: WCO news says
 * "North Africa" when it means the MENA members. Deliberately absent: "America"/"American" (the US or the
 * continent?), "Mediterranean" and "Black Sea" (shores in several regions), "global"/"international" (that is the
 * Global region, given when nothing else is found). "Central Asia" and the Caucasus are Europe in the WCO.
 */
export const REGION_PHRASES: readonly (readonly [phrase: string, regions: readonly RegionId[]])[] = [
  // Europe (§1.2: includes Israel, Türkiye, the Caucasus and Central Asia)
  ['Europe', ['EUR']],
  ['^European', ['EUR']],
  ['Balkans', ['EUR']],
  ['Western Balkans', ['EUR']],
  ['South-East Europe', ['EUR']],
  ['South-Eastern Europe', ['EUR']],
  ['Eastern Europe', ['EUR']],
  ['Eastern European', ['EUR']],
  ['Central Europe', ['EUR']],
  ['Western Europe', ['EUR']],
  ['Northern Europe', ['EUR']],
  ['Southern Europe', ['EUR']],
  ['Caucasus', ['EUR']],
  ['Central Asia', ['EUR']],
  ['Central Asian', ['EUR']],
  ['^Baltic States', ['EUR']],
  ['^Baltics', ['EUR']],
  ['Scandinavia', ['EUR']],
  ['^Nordic', ['EUR']],
  ['EUR region', ['EUR']],
  // Asia/Pacific
  ['Asia', ['AP']],
  ['^Asian', ['AP']],
  ['Asia Pacific', ['AP']],
  ['Asia/Pacific', ['AP']],
  ['A/P', ['AP']],
  ['AP region', ['AP']],
  ['^Pacific', ['AP']],
  ['Pacific Islands', ['AP']],
  ['Pacific Island', ['AP']],
  ['Indo-Pacific', ['AP']],
  ['Oceania', ['AP']],
  ['Australasia', ['AP']],
  ['Melanesia', ['AP']],
  ['Polynesia', ['AP']],
  ['South Asia', ['AP']],
  ['South Asian', ['AP']],
  ['South-East Asia', ['AP']],
  ['South-East Asian', ['AP']],
  ['East Asia', ['AP']],
  ['East Asian', ['AP']],
  ['Far East', ['AP']],
  ['^Mekong', ['AP']],
  ['New Guinea', ['AP']],
  // Africa
  ['Africa', ['ESA', 'WCA']],
  ['^African', ['ESA', 'WCA']],
  ['sub-Saharan Africa', ['ESA', 'WCA']],
  ['sub-Saharan', ['ESA', 'WCA']],
  ['East Africa', ['ESA']],
  ['Eastern Africa', ['ESA']],
  ['East African', ['ESA']],
  ['Southern Africa', ['ESA']],
  ['Southern African', ['ESA']],
  ['East and Southern Africa', ['ESA']],
  ['Eastern and Southern Africa', ['ESA']],
  ['Horn of Africa', ['ESA']],
  ['ESA', ['ESA']],
  ['ESA region', ['ESA']],
  ['West Africa', ['WCA']],
  ['Western Africa', ['WCA']],
  ['West African', ['WCA']],
  ['Central Africa', ['WCA']],
  ['Central African', ['WCA']],
  ['West and Central Africa', ['WCA']],
  ['^Sahel', ['WCA']],
  ['Gulf of Guinea', ['WCA']],
  ['WCA', ['WCA']],
  ['WCA region', ['WCA']],
  ['^Congo', ['WCA']], // COG or COD: both WCA members (§1.2)
  ['^Congolese', ['WCA']],
  ['^Guinean', ['WCA']], // GIN, GNB (members) or GNQ (WCA default): all WCA
  // North of Africa, Near and Middle East
  ['North Africa', ['MENA']],
  ['Northern Africa', ['MENA']],
  ['North African', ['MENA']],
  ['North of Africa', ['MENA']],
  ['^Maghreb', ['MENA']],
  ['Middle East', ['MENA']],
  ['Middle Eastern', ['MENA']],
  ['Near East', ['MENA']],
  ['MENA', ['MENA']],
  ['MENA region', ['MENA']],
  ['^Gulf region', ['MENA']],
  ['^Gulf States', ['MENA']],
  ['^Gulf countries', ['MENA']],
  ['^Arab region', ['MENA']],
  ['^Arab countries', ['MENA']],
  ['^Arab States', ['MENA']],
  ['^Arab world', ['MENA']],
  ['^Levant', ['MENA']],
  ['West Asia', ['MENA']],
  ['Western Asia', ['MENA']],
  // Americas and Caribbean
  ['Americas', ['AMS']],
  ['Latin America', ['AMS']],
  ['Latin American', ['AMS']],
  ['South America', ['AMS']],
  ['South American', ['AMS']],
  ['Central America', ['AMS']],
  ['Central American', ['AMS']],
  ['North America', ['AMS']],
  ['North American', ['AMS']],
  ['Caribbean', ['AMS']],
  ['Americas and Caribbean', ['AMS']],
  ['Americas and the Caribbean', ['AMS']],
  ['AMS region', ['AMS']],
  ['^Andean', ['AMS']],
  ['^Dominican', ['AMS']], // Dominica or the Dominican Republic: both Americas
];

/** A regional phrase found in text; `regions` are the regions it names. */
export type RegionPhraseMatch = PhraseMatch<readonly RegionId[]>;

export const REGION_PHRASE_MATCHER: PhraseMatcher<readonly RegionId[]> = compilePhrases(REGION_PHRASES, {
  plural: false,
});

/**
 * Every regional phrase in a prepared text (overlaps unresolved; the tagger resolves them with countries).
 * @example findRegionPhrases(prepareText('Asiapacific Nations')) // → [{ start: 0, end: 11, value: ['AP'] }]
 */
export function findRegionPhrases(text: PreparedText): RegionPhraseMatch[] {
  return findPhrases(REGION_PHRASE_MATCHER, text);
}
