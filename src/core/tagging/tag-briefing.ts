/**
 * The tagger: turns a raw briefing into a tagged one. Every tag carries its evidence (field and character span of
 * the words that made it); a derived tag (a region reached through a country, a theme implied by a programme)
 * also lists in `via` what implied it.
 *
 * Order of work per field: dictionary entities first (programmes, organisations, instruments, people); then places,
 * with the spans of organisations, instruments and people masked, because an organisation's name is not a place
 * ("Asian Development Bank Institute" is no evidence of Asia/Pacific). Programme names are not masked: a regional
 * programme works in the region it names ("Asia Pacific Plastic Waste Project"). Themes read all the text.
 */
import {
  findRegionOfCountry,
  getRegionLabel,
  type Briefing,
  type Evidence,
  type RawBriefing,
  type RegionId,
  type Tag,
  type TagKind,
} from '../corpus';

import { PLACE_PHRASES, getCountryLabel, resolvePlaces, type PlaceOrNot } from './gazetteer';
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
} from './match-text';
import { GENERAL_THEME, THEME_RULES, type ThemeRule } from './taxonomy';
import { PARTNER_ORGANIZATION_IDS } from './data/dictionaries';
import { ENTITY_PHRASES, resolveEntities, type EntityMatch, type EntityRef } from './entities';
import { findUnlistedProgrammes } from './programme-finder';

const GLOBAL_ID: RegionId = 'GLOBAL';

type Field = Evidence['field'];

interface TermRef {
  rule: ThemeRule;
  weak: boolean;
}

/** Every theme phrase; a synonym group contributes each of its phrases. */
const THEME_PHRASES: PhraseSet<TermRef> = {
  plural: true,
  entries: THEME_RULES.flatMap((rule) => [
    ...rule.terms
      .flatMap((term) => (typeof term === 'string' ? [term] : term))
      .map((p) => [p, { rule, weak: false }] as const),
    ...(rule.weakTerms ?? []).map((p) => [p, { rule, weak: true }] as const),
  ]),
};

/** What a phrase of the one combined matcher is: an entity alias, a place, or a theme term. */
type Hit = { entity: EntityRef } | { place: PlaceOrNot } | { term: TermRef };

function wrap<T>(set: PhraseSet<T>, toHit: (value: T) => Hit): PhraseSet<Hit> {
  return {
    plural: set.plural,
    entries: [...set.entries].map(([phrase, value]) => [phrase, toHit(value)] as const),
  };
}

/** All phrases in one trie, so that a field is walked once (the throughput target is thousands of briefings a second). */
const MATCHER: PhraseMatcher<Hit> = compilePhraseSets<Hit>([
  wrap(ENTITY_PHRASES, (entity) => ({ entity })),
  wrap(PLACE_PHRASES, (place) => ({ place })),
  wrap(THEME_PHRASES, (term) => ({ term })),
]);

const PARTNERS = new Set(PARTNER_ORGANIZATION_IDS);
const IMPLYING_RULES = new Map<string, ThemeRule[]>();
for (const rule of THEME_RULES) {
  for (const id of rule.impliedBy ?? []) IMPLYING_RULES.set(id, [...(IMPLYING_RULES.get(id) ?? []), rule]);
}

/** A tag being built: evidence and via accumulate; order and de-duplication happen once at the end. */
interface Draft {
  id: string;
  label: string;
  evidence: Evidence[];
  via: string[];
}

class TagSet {
  private readonly drafts = new Map<string, Draft>();

  add(id: string, label: string, evidence: readonly Evidence[], via?: string): void {
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = { id, label, evidence: [], via: [] };
      this.drafts.set(id, draft);
    }
    draft.evidence.push(...evidence);
    if (via !== undefined && !draft.via.includes(via)) draft.via.push(via);
  }

  get size(): number {
    return this.drafts.size;
  }

  toTags(): Tag[] {
    const tags = [...this.drafts.values()].map((d) => {
      const tag: Tag = { id: d.id, label: d.label, evidence: sortEvidence(d.evidence) };
      if (d.via.length > 0) tag.via = d.via;
      return tag;
    });
    // Stable and meaningful: in reading order of the first evidence (title first); tags without evidence last.
    return tags
      .map((tag, index) => ({ tag, index }))
      .sort((a, b) => compareFirstEvidence(a.tag, b.tag) || a.index - b.index)
      .map(({ tag }) => tag);
  }
}

function fieldRank(field: Field): number {
  return field === 'title' ? 0 : 1;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return fieldRank(a.field) - fieldRank(b.field) || a.start - b.start || a.end - b.end;
}

/** Evidence in reading order, without duplicates or spans nested in another ("Plastic Waste" inside "APPW"'s name). */
function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  const sorted = [...evidence].sort(
    (a, b) => fieldRank(a.field) - fieldRank(b.field) || a.start - b.start || b.end - a.end,
  );
  const kept: Evidence[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.field === e.field && last.start <= e.start && e.end <= last.end) continue;
    kept.push(e);
  }
  return kept;
}

function compareFirstEvidence(a: Tag, b: Tag): number {
  const ea = a.evidence[0];
  const eb = b.evidence[0];
  if (!ea || !eb) return (ea ? 0 : 1) - (eb ? 0 : 1);
  return compareEvidence(ea, eb);
}

interface ThemeState {
  strong: Evidence[];
  weak: Evidence[];
  weakCount: number;
  via: string[];
}

/** What one field contributes: entity, place and theme matches with their evidence. */
function scanField(
  field: Field,
  text: string,
  tags: Record<TagKind, TagSet>,
  themes: Map<ThemeRule, ThemeState>,
  confirmedUnlisted: ReadonlyMap<string, string> | null,
): Map<string, string> {
  const prepared: PreparedText = prepareText(text);
  const at = (m: { start: number; end: number }): Evidence => ({ field, start: m.start, end: m.end });

  const entityHits: EntityMatch[] = [];
  const placeHits: PhraseMatch<PlaceOrNot>[] = [];
  const termHits: PhraseMatch<TermRef>[] = [];
  for (const m of findPhrases(MATCHER, prepared)) {
    const hit = m.value;
    if ('entity' in hit) entityHits.push({ start: m.start, end: m.end, value: hit.entity });
    else if ('place' in hit) placeHits.push({ start: m.start, end: m.end, value: hit.place });
    else termHits.push({ start: m.start, end: m.end, value: hit.term });
  }
  const entities = resolveEntities(entityHits, text);
  for (const m of entities) {
    const { kind, entry } = m.value;
    tags[kind].add(entry.id, entry.label, [at(m)]);
    for (const region of entry.regions ?? [])
      tags.regions.add(region, getRegionLabel(region), [at(m)], entry.id);
  }

  // Unlisted programmes are read from the summary. A title capitalises every word ("Customs Operation Seizes
  // Drugs"), so in a title only the names the summary found are looked for.
  const unlisted = new Map<string, string>();
  const programmeHits = confirmedUnlisted
    ? [...confirmedUnlisted].flatMap(([id, label]) =>
        findLabel(text, label).map((span) => ({ ...span, id, label })),
      )
    : findUnlistedProgrammes(text);
  for (const p of programmeHits) {
    if (entities.some((e) => overlaps(e, p))) continue;
    unlisted.set(p.id, p.label);
    tags.programmes.add(p.id, p.label, [at(p)]);
  }

  const masked = entities.filter((e) => e.value.kind !== 'programmes');
  for (const place of resolvePlaces(placeHits, text, masked)) {
    if (place.value.kind === 'country') {
      const id = place.value.id;
      tags.countries.add(id, getCountryLabel(id), [at(place)]);
      const region = findRegionOfCountry(id);
      if (region) tags.regions.add(region, getRegionLabel(region), [at(place)], id);
    } else {
      for (const region of place.value.regions) tags.regions.add(region, getRegionLabel(region), [at(place)]);
    }
  }

  const stateOf = (rule: ThemeRule): ThemeState => {
    let state = themes.get(rule);
    if (!state) {
      state = { strong: [], weak: [], weakCount: 0, via: [] };
      themes.set(rule, state);
    }
    return state;
  };
  for (const m of selectLongest(termHits)) {
    const state = stateOf(m.value.rule);
    if (m.value.weak) {
      state.weak.push(at(m));
      state.weakCount += 1;
    } else state.strong.push(at(m));
  }
  for (const m of entities) {
    const id = m.value.entry.id;
    for (const rule of IMPLYING_RULES.get(id) ?? []) {
      const state = stateOf(rule);
      state.strong.push(at(m));
      if (!state.via.includes(id)) state.via.push(id);
    }
    for (const rule of THEME_RULES) {
      if (rule.weakImpliedBy === undefined) continue;
      const counts =
        rule.weakImpliedBy === 'partner-organizations' ? PARTNERS.has(id) : rule.weakImpliedBy.includes(id);
      if (!counts) continue;
      const state = stateOf(rule);
      state.weak.push(at(m));
      // A partner counts once however often it is named.
      if (!state.via.includes(id)) {
        state.weakCount += 1;
        state.via.push(id);
      }
    }
  }
  return unlisted;
}

/** Where a name occurs in a text, as whole words, ignoring case. */
function findLabel(text: string, label: string): { start: number; end: number }[] {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'giu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function emptyTagSets(): Record<TagKind, TagSet> {
  return {
    themes: new TagSet(),
    regions: new TagSet(),
    countries: new TagSet(),
    programmes: new TagSet(),
    organizations: new TagSet(),
    instruments: new TagSet(),
    people: new TagSet(),
  };
}

/**
 * Tags one briefing: themes, regions, countries, programmes, organisations, instruments and people, each with
 * evidence spans into the briefing's own `title` and `summary`.
 * @example tagBriefing(raw).regions // → [{ id: 'EUR', label: 'Europe', evidence: [...], via: ['ALB', 'XKX'] }]
 */
export function tagBriefing(raw: RawBriefing): Briefing {
  const tags = emptyTagSets();
  const themes = new Map<ThemeRule, ThemeState>();
  const texts: Record<Field, string> = { title: raw.title, summary: raw.summary };
  const confirmed = scanField('summary', texts.summary, tags, themes, null);
  scanField('title', texts.title, tags, themes, confirmed);

  for (const rule of THEME_RULES) {
    const state = themes.get(rule);
    if (!state) continue;
    const fires = state.strong.length > 0 || state.weakCount >= (rule.minWeak ?? 2);
    if (!fires) continue;
    const evidence = state.strong.length > 0 ? state.strong : state.weak;
    tags.themes.add(rule.id, rule.label, evidence);
    for (const via of state.via) tags.themes.add(rule.id, rule.label, [], via);
  }
  if (tags.themes.size === 0) tags.themes.add(GENERAL_THEME.id, GENERAL_THEME.label, []);
  const regions = tags.regions.toTags();
  // No geography: the one region is Global, with no evidence and nothing it was reached through.
  if (regions.length === 0)
    regions.push({ id: GLOBAL_ID, label: getRegionLabel(GLOBAL_ID), evidence: [], via: [] });

  const briefing: Briefing = {
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    themes: tags.themes.toTags(),
    regions,
    countries: tags.countries.toTags(),
    programmes: tags.programmes.toTags(),
    organizations: tags.organizations.toTags(),
    instruments: tags.instruments.toTags(),
    people: tags.people.toTags(),
  };
  if (raw.date !== undefined) briefing.date = raw.date;
  if (raw.url !== undefined) briefing.url = raw.url;
  briefing.source = raw.source;
  return briefing;
}

/**
 * Tags many briefings, in order.
 * @example tagBriefings(parseBriefingText(text, 'seed.txt').briefings).length
 */
export function tagBriefings(raws: readonly RawBriefing[]): Briefing[] {
  return raws.map(tagBriefing);
}
