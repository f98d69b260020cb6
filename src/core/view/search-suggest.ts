/**
 * Suggestions while typing: completions of the word being typed from the index's own vocabulary, and tag values
 * (programmes, countries, organisations, themes, regions…) whose label has a word starting with it.
 */
import type { Corpus, TagKind } from '../corpus';
import { getCorpusIndex } from './corpus-index';
import { foldTerm, scanWords, parseQuery } from '../search';
import { type BriefingIndex, termsWithPrefix } from '../search';

import { tagColumnsOf, FILTER_KINDS } from '../corpus';

export interface SearchSuggestion {
  /** 'term' for a word of the corpus, else the kind of tag. */
  kind: 'term' | TagKind;
  /** What the list shows. */
  label: string;
  /** The whole query to put in the search box when picked. */
  value: string;
  /** Briefings with this term or tag (for terms: largest per field, an estimate). */
  count: number;
  /** For tags: the tag id, so the app may apply it as a filter instead. */
  tagId?: string;
}

/** Completions start from this many letters. */
export const MIN_SUGGEST_LENGTH = 2;

interface TagEntry {
  kind: TagKind;
  id: string;
  label: string;
  count: number;
  /** Normalised words of the label. */
  words: string[];
}

const tagCache = new WeakMap<Corpus, TagEntry[]>();

/**
 * Every tag value of the corpus with its briefing count. The filter kinds come from the facet index, which the
 * page has built already (at 100,000 briefings a fresh pass over every tag was a 0.5 s pause on the first
 * keystroke); only people, which are not a facet, are counted here.
 */
function tagEntries(corpus: Corpus): TagEntry[] {
  let entries = tagCache.get(corpus);
  if (entries) return entries;
  entries = [];
  const index = getCorpusIndex(corpus);
  const entry = (kind: TagKind, id: string, label: string, count: number): TagEntry => ({
    kind,
    id,
    label,
    count,
    words: scanWords(label).map((w) => w.joined),
  });
  for (const kind of FILTER_KINDS) {
    const { ids, labels, corpusCounts } = index.kinds[kind];
    ids.forEach((id, v) => {
      if (corpusCounts[v]! > 0) entries!.push(entry(kind, id, labels[v]!, corpusCounts[v]!));
    });
  }
  // People are not a facet: counted here from the tag columns (no briefing's tags need decoding).
  const people = new Map<string, { label: string; count: number; last: number }>();
  const { dictionary, offsets, values } = tagColumnsOf(corpus, 'people');
  for (let i = 0; i + 1 < offsets.length; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const [id, label] = dictionary[values[k]!]!;
      let p = people.get(id);
      if (!p) people.set(id, (p = { label, count: 0, last: -1 }));
      if (p.last !== i) {
        p.last = i;
        p.count++;
      }
    }
  }
  for (const [id, p] of people) entries.push(entry('people', id, p.label, p.count));
  tagCache.set(corpus, entries);
  return entries;
}

/**
 * Whether the label has `typed` as consecutive words, the last typed word as a prefix; a joined typed word may also
 * stand for two label words ("asiapac" for "Asia Pacific").
 */
function labelMatches(label: readonly string[], typed: readonly string[]): boolean {
  const last = typed.length - 1;
  for (let i = 0; i + typed.length <= label.length; i++) {
    const full = typed.slice(0, last).every((w, j) => label[i + j] === w);
    if (!full) continue;
    const rest = label.slice(i + last).join('');
    if (label[i + last]!.startsWith(typed[last]!) || rest.startsWith(typed[last]!)) return true;
  }
  return false;
}

/** How many of the query's trailing words to hand to tag matching ("trade fac" → "Trade facilitation…"). */
const MAX_TAG_WORDS = 4;

/** Indexed words that start with a prefix, with their document frequencies (from a worker that holds the index). */
export type WordsWithPrefix = (prefix: string) => readonly { term: string; documents: number }[];

/**
 * Suggestions for the word being typed at the end of `q`: tag values first (they are what analysts filter by),
 * then corpus words, most frequent first. The words come from the index, or from `words` where a worker holds it.
 * @example suggest(index, corpus, 'herz')[0] // → { kind: 'countries', label: 'Bosnia and Herzegovina', value: '"Bosnia and Herzegovina"', … }
 */
export function suggest(
  index: BriefingIndex | WordsWithPrefix,
  corpus: Corpus,
  q: string,
  limit = 8,
): SearchSuggestion[] {
  const parsed = parseQuery(q);
  const word = parsed.terms[parsed.terms.length - 1];
  if (!parsed.lastTermIsPrefix || !word || word.surface.length < MIN_SUGGEST_LENGTH) return [];
  const prefix = word.surface;

  // Tags: the longest run of trailing words that a label contains wins, and the picked label replaces them.
  const tokens = q.trimEnd().split(/\s+/);
  // The last n typed words, normalised once per keystroke (not once per tag value), longest first; a run that
  // starts with an exclusion or a quote is not offered.
  const runs: { n: number; typed: string[] }[] = [];
  for (let n = Math.min(MAX_TAG_WORDS, tokens.length); n >= 1; n--) {
    const typed = scanWords(tokens.slice(-n).join(' ')).map((w) => w.joined);
    if (typed.length > 0 && !/^[-"]/.test(tokens[tokens.length - n]!)) runs.push({ n, typed });
  }
  const tagHits: { entry: TagEntry; n: number }[] = [];
  for (const entry of tagEntries(corpus)) {
    const run = runs.find(({ typed }) => labelMatches(entry.words, typed));
    if (run) tagHits.push({ entry, n: run.n });
  }
  const tags = tagHits
    .sort((a, b) => b.n - a.n || b.entry.count - a.entry.count || a.entry.label.localeCompare(b.entry.label))
    .slice(0, Math.ceil(limit / 2))
    .map<SearchSuggestion>(({ entry, n }) => {
      const head = tokens.slice(0, -n).join(' ');
      const label = /\s/.test(entry.label) ? `"${entry.label.replace(/"/g, '')}"` : entry.label;
      return {
        kind: entry.kind,
        label: entry.label,
        value: head ? `${head} ${label}` : label,
        count: entry.count,
        tagId: entry.id,
      };
    });

  const head = q.replace(/[^\s"]+$/u, '');
  // Surface and plural-folded forms are both indexed: show one word per fold, the most frequent spelling.
  const best = new Map<string, { term: string; documents: number }>();
  for (const entry of typeof index === 'function' ? index(prefix) : termsWithPrefix(index, prefix)) {
    const key = foldTerm(entry.term);
    const current = best.get(key);
    if (
      !current ||
      entry.documents > current.documents ||
      (entry.documents === current.documents && entry.term.length > current.term.length)
    ) {
      best.set(key, entry);
    }
  }
  const tagWords = new Set(tags.flatMap((t) => scanWords(t.label).map((w) => w.joined)));
  const terms = [...best.values()]
    .filter((e) => e.term !== prefix && !tagWords.has(e.term))
    .sort((a, b) => b.documents - a.documents || a.term.localeCompare(b.term))
    .slice(0, limit - tags.length)
    .map<SearchSuggestion>((e) => ({
      kind: 'term',
      label: e.term,
      value: head + e.term,
      count: e.documents,
    }));
  return [...tags, ...terms];
}
