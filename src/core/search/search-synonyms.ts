/**
 * Acronyms and old names for search, drawn from the tagger's own alias groups (`ALIAS_GROUPS` in tagging/alias-groups.ts)
 * so that what the tagger recognises and what search expands can never drift apart: OIE = WOAH = World Organisation
 * for Animal Health, BiH = Bosnia and Herzegovina, and so on. Keys and alternatives are read with the search
 * normaliser.
 *
 * This module does not import the dictionaries itself: they pull in the gazetteer (world-countries), which the page
 * does not need. The groups travel inside the serialised index instead (search-index.ts), written by the data step
 * and by the index worker, both of which import `ALIAS_GROUPS`.
 */
import { toQueryWords } from './search-query';

/** Groups of names for one thing, as the tagger's `ALIAS_GROUPS`. */
export type AliasGroups = readonly (readonly string[])[];

/** Each alternative is a sequence of folded words (one word for an acronym, several for a name). */
export interface SynonymTable {
  /** Key: folded words joined by one space ("world organisation for animal health"). */
  readonly entries: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The longest key, in words: how far a query is scanned for a multi-word name. */
  readonly maxWords: number;
}

export const EMPTY_SYNONYMS: SynonymTable = { entries: new Map(), maxWords: 0 };

/**
 * Builds the synonym table from alias groups: every member of a group stands for every other.
 * @example buildSynonymTable([['OIE', 'WOAH']]).entries.get('oie') // → [['woah']]
 */
export function buildSynonymTable(groups: AliasGroups): SynonymTable {
  const entries = new Map<string, string[][]>();
  let maxWords = 0;
  for (const group of groups) {
    const members = group.map((m) => toQueryWords(m).map((w) => w.term)).filter((words) => words.length > 0);
    for (const member of members) {
      const key = member.join(' ');
      maxWords = Math.max(maxWords, member.length);
      const alternatives = entries.get(key) ?? [];
      for (const other of members) {
        const otherKey = other.join(' ');
        if (otherKey === key || alternatives.some((a) => a.join(' ') === otherKey)) continue;
        alternatives.push(other);
      }
      entries.set(key, alternatives);
    }
  }
  return { entries, maxWords };
}
