/**
 * The gazetteer: finds countries (ISO 3166-1 alpha-3) and regional phrases in text.
 *
 * Country names come from the `world-countries` package (common and official names, Latin-script alternative
 * spellings, English demonyms), completed from the WCO reference (shared/reference/wco-domain.md §1.2 and §1.4:
 * Kosovo as XKX, the customs territories HKG, MAC, BMU and CUW, all present in the package) and from the small,
 * commented alias table below for the short forms and spellings that news uses and the package lacks. Cities
 * (capitals and cities of 250,000 or more, unambiguous names only) come from GeoNames via `data/cities.json`, built
 * by scripts/build-cities.ts.
 */
import countries from 'world-countries';
import cityData from './data/cities.json' with { type: 'json' };
import {
  compilePhraseSets,
  findPhrases,
  overlaps,
  prepareText,
  selectLongest,
  type PhraseMatch,
  type PhraseMatcher,
  type PhraseSet,
  type PreparedText,
  type Span,
} from './match-text';
import type { RegionId } from '../corpus';
import { REGION_PHRASES } from './region-phrases';

export interface CountryDef {
  /** ISO 3166-1 alpha-3 (XKX for Kosovo). */
  id: string;
  /** Common English name. */
  label: string;
}

/** The package gives Kosovo the user-assigned code UNK; the WCO reference and the EU use XKX (§1.4). */
const ALPHA3_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Labels where the package's common name is not the one WCO news uses. */
const LABEL_OVERRIDES: Record<string, string> = {
  CIV: "Côte d'Ivoire",
  COG: 'Congo',
  COD: 'Democratic Republic of the Congo',
};

/**
 * Names and short forms the package lacks (or filters out below), by alpha-3. Acronyms are case-sensitive (see
 * match-text.ts), so "US" does not match "us". Demonyms added here are matched capitalised like all demonyms.
 */
const EXTRA_NAMES: Record<string, readonly string[]> = {
  ARE: ['UAE', 'U.A.E.'],
  BIH: ['BiH', 'Bosnia', 'Bosnia-Herzegovina'],
  COD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Republic of Congo', 'Congo-Brazzaville'],
  CPV: ['Cabo Verde'],
  CZE: ['Czech Republic', 'Czechia'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KOR: ['Korea', 'Republic of Korea', 'ROK'],
  LAO: ['Laos', 'Lao PDR', '^Lao'],
  MAC: ['Macau', 'Macao'],
  MKD: ['Macedonia', 'North Macedonia'],
  PRK: ['DPRK'],
  SWZ: ['Swaziland'],
  TUR: ['^Turkey', 'Türkiye', 'Turkiye'],
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'United States of America'],
  VNM: ['Viet Nam', 'Vietnam'],
  XKX: ['Kosovo', 'Republic of Kosovo'],
  // Places named for another country's territory.
  AUS: ['New South Wales'],
  CAN: ['British Columbia'],
  NGA: ['Niger Delta'],
};

const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  ARG: ['Argentinian'],
  AZE: ['Azeri'],
  BLR: ['Belarussian'],
  BWA: ['Batswana'],
  COM: ['Comorian'],
  CPV: ['Cape Verdean'],
  DJI: ['Djiboutian'],
  ECU: ['Ecuadorian'],
  GNB: ['Bissau-Guinean'],
  KAZ: ['Kazakh'],
  KGZ: ['Kyrgyz'],
  KOR: ['Korean'],
  LAO: ['Laotian'],
  LSO: ['Basotho'],
  MDV: ['Maldivian'],
  NPL: ['Nepali'],
  PHL: ['Philippine'],
  SUR: ['Surinamese'],
  SVN: ['Slovenian'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  XKX: ['Kosovan'],
};

/** Demonyms shared by several entries of the package, resolved to the member state they usually mean. */
const DEMONYM_OWNERS: Record<string, string> = {
  French: 'FRA',
  Indian: 'IND',
  Dutch: 'NLD',
  Norwegian: 'NOR',
};

/**
 * Names never read as a country: English words ("Island" is Iceland's alternative spelling), or names whose
 * candidates share a WCO region and so become a region phrase instead (see REGION_PHRASES): "Congo", "Congolese",
 * "Guinean", "Dominican"; or demonyms of several places ("American": the USA, American Samoa…; "Central African":
 * usually the sub-region, not the Republic).
 */
const SKIPPED_NAMES = new Set([
  'Island',
  'Mann',
  'Congo',
  'Congolese',
  'Guinean',
  'Dominican',
  'American',
  'Central African',
  'Channel Islander',
  'Virgin Islander',
]);

/** Country names that are also common words or given names: matched only when capitalised ("chad", "turkey"). */
const CAPITALISED_NAMES = new Set([
  'Chad',
  'China',
  'Chile',
  'Georgia',
  'Guernsey',
  'Guinea',
  'Japan',
  'Jersey',
  'Jordan',
  'Mali',
  'Niger',
  'Togo',
  'Turkey',
  'Wales',
]);

/** Phrases that contain a country name but do not name the country: matched so that they win, then dropped. */
const NOT_COUNTRIES = [
  'Indian Ocean',
  'New Jersey',
  'New Mexico',
  'New England',
  'South China Sea',
  'East China Sea',
  'English Channel',
  'French-speaking',
  'English-speaking',
  'Spanish-speaking',
  'Portuguese-speaking',
  'Arabic-speaking',
  'Russian-speaking',
  'Chinese New Year',
];

const LATIN = /^[\p{Script=Latin}\d\s.,'’()&-]+$/u;

function isUsableSpelling(name: string): boolean {
  // Two-letter codes (IT, IN, NO…) are English words; three-letter codes come only from EXTRA_NAMES.
  if (name.length <= 3) return false;
  if (name.includes(',')) return false; // "Korea, Republic of": catalogue order, never prose
  return LATIN.test(name) && !SKIPPED_NAMES.has(name);
}

function toPhrase(name: string): string {
  return CAPITALISED_NAMES.has(name) ? `^${name}` : name;
}

/** Every country of the package, with Kosovo's code fixed and WCO-style labels. */
export const COUNTRIES: readonly CountryDef[] = countries.map((c) => {
  const id = ALPHA3_FIXES[c.cca3] ?? c.cca3;
  return { id, label: LABEL_OVERRIDES[id] ?? c.name.common };
});

const LABELS = new Map(COUNTRIES.map((c) => [c.id, c.label]));

/**
 * The label of a country id.
 * @example getCountryLabel('XKX') // → 'Kosovo'
 */
export function getCountryLabel(alpha3: string): string {
  return LABELS.get(alpha3) ?? alpha3;
}

interface CountryNames {
  id: string;
  names: string[];
  demonyms: string[];
}

/** All names by country, as plain strings (without matcher syntax): for the matcher and for search aliases. */
export const COUNTRY_NAMES: readonly CountryNames[] = (() => {
  const demonymUse = new Map<string, Set<string>>();
  const entries = countries.map((c) => {
    const id = ALPHA3_FIXES[c.cca3] ?? c.cca3;
    const names = [c.name.common, c.name.official, ...c.altSpellings].filter(isUsableSpelling);
    const extra = (EXTRA_NAMES[id] ?? []).map((n) => n.replace(/^\^/, ''));
    const allNames = [...new Set([...names, ...extra])];
    // "Saint Lucia" is also written "St Lucia" / "St. Lucia".
    for (const n of [...allNames]) if (n.startsWith('Saint ')) allNames.push(`St ${n.slice(6)}`);
    const eng = c.demonyms['eng'];
    const demonyms = [
      ...new Set([
        ...(eng ? [eng.m, eng.f] : []).flatMap((d) => d.split(', ')),
        ...(EXTRA_DEMONYMS[id] ?? []),
      ]),
    ].filter((d) => d.length > 2 && !SKIPPED_NAMES.has(d));
    for (const d of demonyms) {
      const users = demonymUse.get(d) ?? new Set<string>();
      users.add(id);
      demonymUse.set(d, users);
    }
    return { id, names: allNames, demonyms };
  });
  // A demonym shared by several places is kept only for the owner named in DEMONYM_OWNERS.
  return entries.map((e) => ({
    ...e,
    demonyms: e.demonyms.filter((d) => (demonymUse.get(d)?.size ?? 0) === 1 || DEMONYM_OWNERS[d] === e.id),
  }));
})();

/** What a place phrase points at. */
export type Place =
  { kind: 'country'; id: string; city?: true } | { kind: 'region'; regions: readonly RegionId[] };
/** A phrase of the gazetteer: a place, or a phrase that contains a place name but is not one ("Indian Ocean"). */
export type PlaceOrNot = Place | { kind: 'not-a-place' };

/** Every place phrase: country names and demonyms, regional phrases, and the phrases that are not places. */
export const PLACE_PHRASES: PhraseSet<PlaceOrNot> = {
  plural: false,
  entries: (() => {
    const entries: (readonly [string, PlaceOrNot])[] = [];
    for (const c of COUNTRY_NAMES) {
      const place: Place = { kind: 'country', id: c.id };
      const explicit = new Set(EXTRA_NAMES[c.id] ?? []);
      for (const n of c.names) entries.push([explicit.has(`^${n}`) ? `^${n}` : toPhrase(n), place]);
      for (const d of c.demonyms) entries.push([`^${d}`, place]);
    }
    // Capitals and large cities name their country ("held in Ulaanbaatar"); capitals required, so a city that is
    // also a word ("Praia" aside) needs its capital letter. Ambiguous names were left out when the file was built.
    const names = new Set(entries.map(([phrase]) => phrase.replace(/^\^/, '').toLowerCase()));
    for (const [name, id] of cityData.cities as [string, string][])
      if (!names.has(name.toLowerCase())) entries.push([`^${name}`, { kind: 'country', id, city: true }]);
    for (const [phrase, regions] of REGION_PHRASES) entries.push([phrase, { kind: 'region', regions }]);
    for (const phrase of NOT_COUNTRIES) entries.push([phrase, { kind: 'not-a-place' }]);
    return entries;
  })(),
};

let placeMatcher: PhraseMatcher<PlaceOrNot> | undefined;

/** A place found in text, [start, end) in the original string. */
export type PlaceMatch = PhraseMatch<Place>;

/**
 * Resolves raw place-phrase matches: drops those overlapping a masked span (the names of organisations and
 * instruments are not places) and "US$", then keeps the longest ("Papua New Guinea", not "Guinea").
 * @example resolvePlaces(candidates, 'Papua New Guinea', []) // → one match, PNG
 */
export function resolvePlaces(
  candidates: readonly PhraseMatch<PlaceOrNot>[],
  text: string,
  masked: readonly Span[],
): PlaceMatch[] {
  const usable = candidates.filter((m) => !masked.some((s) => overlaps(s, m)) && !isCurrency(text, m));
  return selectLongest(usable).filter((m): m is PlaceMatch => m.value.kind !== 'not-a-place');
}

/**
 * Countries and regional phrases in a prepared text, longest match first, ignoring masked spans.
 * @example findPlaces(prepareText('Albanian and Kosovar Customs')).map((p) => p.value) // → ALB, XKX
 */
export function findPlaces(text: PreparedText, masked: readonly Span[] = []): PlaceMatch[] {
  placeMatcher ??= compilePhraseSets([PLACE_PHRASES]);
  return resolvePlaces(findPhrases(placeMatcher, text), text.text, masked);
}

/** "US$ 5 million" names a currency, not the country. */
function isCurrency(text: string, m: PhraseMatch<PlaceOrNot>): boolean {
  return m.value.kind === 'country' && m.value.id === 'USA' && text[m.end] === '$';
}

/**
 * The countries named in a string, in text order (duplicates kept), as alpha-3 ids with their spans.
 * @example findCountries('Albania Kosovo') // → [{ id: 'ALB', start: 0, end: 7 }, { id: 'XKX', start: 8, end: 14 }]
 */
export function findCountries(text: string): { id: string; start: number; end: number }[] {
  return findPlaces(prepareText(text)).flatMap((m) =>
    m.value.kind === 'country' ? [{ id: m.value.id, start: m.start, end: m.end }] : [],
  );
}
