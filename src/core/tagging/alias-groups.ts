/**
 * Groups of equivalent names for the search's synonyms, drawn from the tagger's data: dictionary aliases, country
 * names and the taxonomy's synonym groups. The search receives them as an argument (search-synonyms.ts).
 */
import { BRS_CONVENTIONS, DICTIONARIES } from './data/dictionaries';
import { COUNTRY_NAMES, getCountryLabel } from './gazetteer';
import { THEME_RULES } from './taxonomy';

function stripSyntax(alias: string): string | null {
  if (alias.endsWith('*')) return null;
  return alias.replace(/^\^/, '').replace(/^the /, '');
}

function dedupeGroup(names: readonly (string | null)[]): string[] {
  const seen = new Set<string>();
  const group: string[] = [];
  for (const n of names) {
    if (!n) continue;
    const key = n.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    group.push(n);
  }
  return group;
}

/** Aliases of several entries ("BRS Conventions") are no synonym of any one of them. */
const SHARED_ALIASES = new Set(BRS_CONVENTIONS);

/**
 * Groups of equivalent names for search ("OIE" finds "World Organisation for Animal Health"): every dictionary
 * entry's aliases, each country's names and short forms, and the synonym groups of the taxonomy.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ...Object.values(DICTIONARIES).flatMap((entries) =>
    entries.map((e) =>
      dedupeGroup([
        ...e.aliases.filter((a) => !SHARED_ALIASES.has(a)).map(stripSyntax),
        /\(/.test(e.label) ? null : e.label,
      ]),
    ),
  ),
  ...COUNTRY_NAMES.map((c) => dedupeGroup([getCountryLabel(c.id), ...c.names])),
  ...THEME_RULES.flatMap((rule) => rule.terms.filter((t): t is readonly string[] => Array.isArray(t))).map(
    (g) => dedupeGroup(g.map(stripSyntax)),
  ),
].filter((g) => g.length >= 2);
