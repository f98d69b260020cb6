/**
 * What an analyst can add to a briefing, per kind: the values the tagger knows (the taxonomy's themes, the WCO
 * regions, the gazetteer's countries, the dictionaries' programmes, organisations, instruments and people; a funder
 * is a country or an organisation). The page adds the values its corpus already holds, and for programmes and
 * people the analyst's own words (`tagOfFreeText` in the corpus room).
 */
import { REGIONS, type FilterKind } from '../corpus';
import { DICTIONARIES, type DictionaryEntry } from './data/dictionaries';
import { COUNTRIES } from './gazetteer';
import { THEMES } from './taxonomy';

/** One value to pick: its id, its name, and a word that tells two alike apart (a theme's group, "Country"). */
export interface CorrectionChoice {
  id: string;
  label: string;
  detail?: string;
}

const byLabel = (a: CorrectionChoice, b: CorrectionChoice) => a.label.localeCompare(b.label, 'en');
const fromDictionary = (entries: readonly DictionaryEntry[], detail?: string): CorrectionChoice[] =>
  entries.map((e) => ({ id: e.id, label: e.label, ...(detail ? { detail } : {}) }));

/**
 * The values the tagger knows for a kind, sorted by name (regions in the WCO's order).
 * @example correctionChoices('regions').map((c) => c.label) // → ['Europe', 'Asia/Pacific', …, 'Global']
 */
export function correctionChoices(kind: FilterKind): CorrectionChoice[] {
  switch (kind) {
    case 'themes':
      return THEMES.map((t) => ({ id: t.id, label: t.label, detail: t.group })).sort(byLabel);
    case 'regions':
      return REGIONS.map((r) => ({ id: r.id, label: r.label }));
    case 'countries':
      return COUNTRIES.map((c) => ({ id: c.id, label: c.label })).sort(byLabel);
    case 'funders':
      return [
        ...COUNTRIES.map((c) => ({ id: c.id, label: c.label, detail: 'Country' })),
        ...fromDictionary(DICTIONARIES.organizations, 'Organisation'),
      ].sort(byLabel);
    case 'programmes':
    case 'organizations':
    case 'instruments':
    case 'people':
      return fromDictionary(DICTIONARIES[kind]).sort(byLabel);
  }
}
