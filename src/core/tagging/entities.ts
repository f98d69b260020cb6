/**
 * Finding the dictionaries' entities in text (data/dictionaries.ts): every alias compiled into one matcher, and the
 * rules that resolve overlapping names ("STCE Programme" over "STCE").
 */
import {
  compilePhraseSets,
  findPhrases,
  selectLongest,
  type PhraseMatch,
  type PhraseMatcher,
  type PhraseSet,
  type PreparedText,
} from './match-text';
import { DICTIONARIES, type DictionaryEntry, type EntityKind } from './data/dictionaries';
import { sortSmall } from './sort-small';

/** A dictionary entity found in text. */
export interface EntityRef {
  kind: EntityKind;
  entry: DictionaryEntry;
}
export type EntityMatch = PhraseMatch<EntityRef>;

/** Every alias of every dictionary entry, for the matcher. */
export const ENTITY_PHRASES: PhraseSet<EntityRef> = {
  plural: true,
  entries: (Object.entries(DICTIONARIES) as [EntityKind, readonly DictionaryEntry[]][]).flatMap(
    ([kind, entries]) =>
      entries.flatMap((entry) => entry.aliases.map((alias) => [alias, { kind, entry }] as const)),
  ),
};

let entityMatcher: PhraseMatcher<EntityRef> | undefined;

/** "STCE Programme", "INAMA project", "Demeter IX", "Thunder 2021": the words after a programme name that belong to it. */
const PROGRAMME_TAIL =
  /^(?:\s+(?:[Pp]rogrammes?|[Pp]rograms?|[Pp]rojects?|[Ii]nitiatives?)\b)?(?:\s+(?:[IVX]{1,5}|(?:19|20)\d\d)\b)?/u;

/**
 * Resolves raw alias matches: the longest wins across all kinds, and a programme's span takes in a following
 * "Programme"/"Project" and a numeral ("Operation Demeter IX").
 * @example resolveEntities(candidates, 'STCE Programme') // → one STCE match over the whole string
 */
export function resolveEntities(candidates: readonly EntityMatch[], text: string): EntityMatch[] {
  const chosen = selectLongest(candidates);
  // A phrase shared by several entries names them all ("the BRS Conventions": Basel, Rotterdam and Stockholm).
  const shared = candidates.filter(
    (c) =>
      !chosen.includes(c) &&
      chosen.some((m) => m.start === c.start && m.end === c.end && m.value.entry !== c.value.entry),
  );
  return sortSmall([...chosen, ...shared], (a, b) => a.start - b.start).map((m) => {
    if (m.value.kind !== 'programmes') return m;
    const tail = PROGRAMME_TAIL.exec(text.slice(m.end, m.end + 40));
    return tail && tail[0].length > 0 ? { ...m, end: m.end + tail[0].length } : m;
  });
}

/**
 * Dictionary entities in a prepared text (see `resolveEntities`).
 * @example findEntities(prepareText('WCO and OIE Partner')).map((m) => m.value.entry.id) // → ['WCO', 'WOAH']
 */
export function findEntities(text: PreparedText): EntityMatch[] {
  entityMatcher ??= compilePhraseSets([ENTITY_PHRASES]);
  return resolveEntities(findPhrases(entityMatcher, text), text.text);
}
