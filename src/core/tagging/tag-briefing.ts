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
  findRegion,
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
  allMatches,
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
import { GENERAL_THEME, THEME_RULES, type ThemeRule } from './taxonomy';
import {
  GLOBAL_SCOPE_CUES,
  GLOBAL_SCOPE_WORDS,
  MANY_ADMINISTRATIONS,
  MIN_ADMINISTRATIONS_WORLDWIDE,
  MIN_REGIONS_WORLDWIDE,
  CURRENCY_TAIL,
  NAME_TAILS,
  REGIONAL_BOUND,
} from './place-role-rules';
import { decidePlaceRole, isOwnRole, readRoleContext } from './place-roles';
import { PARTNER_ORGANIZATION_IDS } from './data/dictionaries';
import { ENTITY_PHRASES, resolveEntities, type EntityMatch, type EntityRef } from './entities';
import { GENERIC_WORDS, findUnlistedProgrammes } from './programme-finder';
import { sortSmall } from './sort-small';

const GLOBAL_ID: RegionId = 'GLOBAL';
/** The worldwide cues in two passes: those that ignore case, and those whose capitals matter ("Council Sessions"). */
const GLOBAL_SCOPE_RES = [true, false].map((ignoreCase) => ({
  re: new RegExp(
    GLOBAL_SCOPE_CUES.filter((re) => re.ignoreCase === ignoreCase)
      .map((re) => `(?:${re.source})`)
      .join('|'),
    // ASCII patterns: no Unicode mode, several times faster on every field.
    ignoreCase ? 'gi' : 'g',
  ),
  words: ignoreCase ? GLOBAL_SCOPE_WORDS.ignoringCase : GLOBAL_SCOPE_WORDS.withCase,
}));

/** The `via` of a region an imported file gave (its `region` column). */
export const FROM_THE_FILE = 'from the file';

/**
 * Where a briefing says its scope is worldwide (place-role-rules.ts): a Council or Policy Commission session, all
 * Members, a global operation or conference, many administrations with no region bounding them, or own places in
 * three regions or more. Empty when the scope is not worldwide.
 */
function findGlobalScope(texts: Record<Field, string>, regions: readonly Tag[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const field of ['title', 'summary'] as const) {
    const text = texts[field];
    for (const { re, words } of GLOBAL_SCOPE_RES) {
      if (!words.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text))
        evidence.push({ field, start: m.index, end: m.index + m[0].length });
    }
    if (regions.length < 2 && /\d\d/.test(text) && !REGIONAL_BOUND.test(text)) {
      MANY_ADMINISTRATIONS.lastIndex = 0;
      for (let m = MANY_ADMINISTRATIONS.exec(text); m !== null; m = MANY_ADMINISTRATIONS.exec(text))
        if (Number(m[1]) >= MIN_ADMINISTRATIONS_WORLDWIDE)
          evidence.push({ field, start: m.index, end: m.index + m[0].length });
    }
  }
  // Own places in three regions or more, each with two countries at least (one stray country is no region's
  // participation): a multi-regional operation or meeting.
  const spanned = regions.filter((r) => r.id !== GLOBAL_ID && (r.via?.length ?? 0) >= 2);
  if (evidence.length === 0 && spanned.length >= MIN_REGIONS_WORLDWIDE)
    for (const r of spanned) evidence.push(...r.evidence);
  return evidence;
}

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
/** The rules an entity weakly implies (`weakImpliedBy`), in the taxonomy's order, looked up once per entity. */
const WEAKLY_IMPLYING_RULES = new Map<string, ThemeRule[]>();
function weaklyImplyingRules(id: string): ThemeRule[] {
  let rules = WEAKLY_IMPLYING_RULES.get(id);
  if (!rules) {
    rules = THEME_RULES.filter(
      (rule) =>
        rule.weakImpliedBy !== undefined &&
        (rule.weakImpliedBy === 'partner-organizations' ? PARTNERS.has(id) : rule.weakImpliedBy.includes(id)),
    );
    WEAKLY_IMPLYING_RULES.set(id, rules);
  }
  return rules;
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

  ids(): string[] {
    return [...this.drafts.keys()];
  }

  toTags(): Tag[] {
    if (this.drafts.size === 0) return [];
    const tags = [...this.drafts.values()].map((d) => {
      const tag: Tag = { id: d.id, label: d.label, evidence: sortEvidence(d.evidence) };
      if (d.via.length > 0) tag.via = d.via;
      return tag;
    });
    // In reading order of the first evidence (title first); tags without evidence last; ties keep the order they
    // were found in (Array.prototype.sort is stable).
    return sortSmall(tags, compareFirstEvidence);
  }
}

function fieldRank(field: Field): number {
  return field === 'title' ? 0 : 1;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return fieldRank(a.field) - fieldRank(b.field) || a.start - b.start || a.end - b.end;
}

/**
 * Evidence in reading order, without duplicates or spans nested in another ("Plastic Waste" inside "APPW"'s name).
 * Sorts and compacts the list it is given, which the caller owns (a draft's list, made for this tag alone).
 */
function sortEvidence(evidence: Evidence[]): Evidence[] {
  if (evidence.length < 2) return evidence;
  sortSmall(
    evidence,
    (a, b) => fieldRank(a.field) - fieldRank(b.field) || a.start - b.start || b.end - a.end,
  );
  let kept = 0;
  for (const e of evidence) {
    const last = kept > 0 ? evidence[kept - 1]! : undefined;
    if (last && last.field === e.field && last.start <= e.start && e.end <= last.end) continue;
    evidence[kept++] = e;
  }
  evidence.length = kept;
  return evidence;
}

function compareFirstEvidence(a: Tag, b: Tag): number {
  const ea = a.evidence[0];
  const eb = b.evidence[0];
  if (!ea || !eb) return (ea ? 0 : 1) - (eb ? 0 : 1);
  return compareEvidence(ea, eb);
}

interface ThemeState {
  /** Named in the title or the lead sentence, or implied by a programme or instrument: what the briefing is about. */
  prominent?: boolean;
  strong: Evidence[];
  weak: Evidence[];
  weakCount: number;
  via: string[];
}

/** What one field contributes: entity, place and theme matches with their evidence. */
/** Agencies named after their country or city: "Uganda Revenue Authority", "Kenya Revenue Authority". */
const AGENCY_NAME_RE =
  /\b(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Revenue|Customs|Tax|Border|Trade)(?:\s+(?:and|&)\s+(?:Customs|Excise|Tax))?\s+(?:Authority|Service|Services|Administration|Agency|Department|Directorate|Office|Commission)\b/gu;

/** The last word of every such name: a text without one has no agency's name to look for. */
const AGENCY_NAME_TAIL_RE =
  /Authority|Service|Administration|Agency|Department|Directorate|Office|Commission/;

const ACRONYM_IN_BRACKETS_RE = /\(([A-Z][A-Za-z]{2,7})\)/g;
const NAME_WORD_RE = /[\p{L}][\p{L}'’-]*/gu;
const LETTERS_OR_DIGITS_RE = /[\p{L}\d]+/gu;
const WORD_RE = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** Where the lead sentence of a summary ends. */
function leadSentenceEnd(text: string): number {
  const m = /[.!?](?=\s+\S)/.exec(text);
  return m ? m.index + 1 : text.length;
}

/** A region named in words ("West Africa", "the Asia-Pacific region") with where it was named. */
interface RegionPhrase {
  regions: readonly RegionId[];
  evidence: Evidence;
}

function evidenceAt(field: Field, m: Span): Evidence {
  return { field, start: m.start, end: m.end };
}

function stateOf(themes: Map<ThemeRule, ThemeState>, rule: ThemeRule): ThemeState {
  let state = themes.get(rule);
  if (!state) {
    state = { strong: [], weak: [], weakCount: 0, via: [] };
    themes.set(rule, state);
  }
  return state;
}

function scanField(
  field: Field,
  text: string,
  tags: Record<TagKind, TagSet>,
  themes: Map<ThemeRule, ThemeState>,
  confirmedUnlisted: ReadonlyMap<string, string> | null,
  regionPhrases: RegionPhrase[],
): Map<string, string> {
  const prepared: PreparedText = prepareText(text, { transient: true });
  const at = (m: Span): Evidence => evidenceAt(field, m);

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
  }

  const masked = entities.filter((e) => e.value.kind !== 'programmes');
  const acronymNames = findAcronymExpansions(text);
  const places = resolvePlaces(placeHits, text, masked).filter(
    (p) =>
      !NAME_TAILS.test(text.slice(p.end, p.end + 40)) &&
      !(p.value.kind === 'country' && CURRENCY_TAIL.test(text.slice(p.end, p.end + 10))) &&
      !isAcronymOfAName(text, p) &&
      // …unless the name spelled out is the place itself ("Bosnia and Herzegovina (BiH)").
      !acronymNames.some(
        (n) => n.start <= p.start && p.end <= n.end && !(n.start === p.start && p.end === n.nameEnd),
      ) &&
      // A city inside any name is part of the name ("the Columbus Programme", "the Nairobi Convention").
      !(p.value.kind === 'country' && p.value.city && entities.some((e) => overlaps(e, p))),
  );
  // Unlisted programmes are read from the summary. A title capitalises every word ("Customs Operation Seizes
  // Drugs"), so in a title only the names the summary found are looked for.
  const unlisted = new Map<string, string>();
  const programmeHits = confirmedUnlisted
    ? [...confirmedUnlisted].flatMap(([id, label]) =>
        findLabel(text, label).map((span) => ({ ...span, id, label })),
      )
    : findUnlistedProgrammes(text);
  for (const p of programmeHits) {
    if ('lowerCaseKeyword' in p && p.lowerCaseKeyword && isOnlyPlaces(text, p, places)) continue;
    // A listed programme or instrument at the start of a pattern's name wins over it ("the Strategic Trade Control
    // Enforcement (STCE) Programme" is STCE, but "the COPES-STCE Project" is a project of its own); an organisation
    // inside the name does not cancel it
    // ("the EU-WCO Rules of Origin Africa Programme", "the INTERPOL Firearms Programme").
    if (
      entities.some((e) =>
        e.value.kind === 'organizations'
          ? e.start <= p.start && p.end <= e.end
          : overlaps(e, p) &&
            (e.start <= p.start || isOnlyOrganisations(text, { start: p.start, end: e.start }, entities)),
      )
    )
      continue;
    unlisted.set(p.id, p.label);
    tags.programmes.add(p.id, p.label, [at(p)]);
  }

  // Each place and organisation gets the role its sentence gives it (place-role-rules.ts): only the briefing's
  // own places (where, who took part, what about) are counted; funders, experts' origins, routes, languages and
  // seats are kept with their role.
  const names: Span[] = [...places, ...entities, ...programmeHits];
  const roles = readRoleContext(text, names);
  const programmeSpans: Span[] = [...entities.filter((e) => e.value.kind === 'programmes'), ...programmeHits];
  for (const place of places) {
    const role = decidePlaceRole(roles, place, names);
    const ids = place.value.kind === 'country' ? [place.value.id] : place.value.regions;
    const isCountry = place.value.kind === 'country';
    if (!isOwnRole(role)) {
      for (const id of ids) {
        // Funders are countries and organisations; a region named as paying is kept as a mention.
        if (role === 'funder' && place.value.kind === 'country')
          tags.funders.add(id, isCountry ? getCountryLabel(id) : getRegionLabel(id as RegionId), [at(place)]);
        else
          tags.mentions.add(
            `${role}:${id}`,
            isCountry ? getCountryLabel(id) : getRegionLabel(id as RegionId),
            [at(place)],
          );
      }
      continue;
    }
    if (place.value.kind === 'country') {
      const id = place.value.id;
      tags.countries.add(id, getCountryLabel(id), [at(place)]);
      const region = findRegionOfCountry(id);
      if (region) tags.regions.add(region, getRegionLabel(region), [at(place)], id);
    } else {
      // A region named in words is checked against the briefing's own countries once both fields are read.
      regionPhrases.push({ regions: place.value.regions, evidence: at(place) });
    }
  }
  for (const m of entities) {
    const { kind, entry } = m.value;
    // An organisation inside a programme's name ("the HMRC-WCO-UNCTAD Programme") is part of the name; the WCO and
    // its bodies fund an activity only where money is said, not where they "support" it with their own work.
    const inProgramme = programmeSpans.some((p) => p !== m && overlaps(p, m));
    const role =
      kind === 'organizations' && !inProgramme
        ? decidePlaceRole(roles, m, names, { fundsOnlyWithMoneyWords: entry.group === 'wco' })
        : 'subject';
    if (role === 'funder') {
      const country = entry.country;
      if (country) tags.funders.add(country, getCountryLabel(country), [at(m)], entry.id);
      else tags.funders.add(entry.id, entry.label, [at(m)]);
    } else if (entry.country && !isOwnRole(role)) {
      // "trainers from the Canada Border Services Agency": the agency's country, in the agency's role.
      tags.mentions.add(`${role}:${entry.country}`, getCountryLabel(entry.country), [at(m)], entry.id);
    } else if ((role === 'venue' || role === 'participant') && entry.country) {
      // "hosted by the Ghana Revenue Authority": an agency named as host or participant brings its country.
      tags.countries.add(entry.country, getCountryLabel(entry.country), [at(m)], entry.id);
      const region = findRegionOfCountry(entry.country);
      if (region) tags.regions.add(region, getRegionLabel(region), [at(m)], entry.country);
    }
    // A regional body stands for its region only where it takes part, not where it pays or advises.
    if (isOwnRole(role))
      for (const region of entry.regions ?? [])
        tags.regions.add(region, getRegionLabel(region), [at(m)], entry.id);
  }

  // A theme's word inside an organisation's name is the name, not the theme ("Uganda Revenue Authority").
  const orgNames: Span[] = [
    ...entities.filter((e) => e.value.kind === 'organizations'),
    ...(AGENCY_NAME_TAIL_RE.test(text)
      ? allMatches(AGENCY_NAME_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length }))
      : []),
  ];
  const lead = field === 'title' ? text.length : leadSentenceEnd(text);
  for (const m of selectLongest(termHits)) {
    if (orgNames.some((o) => o.start <= m.start && m.end <= o.end)) continue;
    const state = stateOf(themes, m.value.rule);
    if (!m.value.weak && m.start < lead) state.prominent = true;
    if (m.value.weak) {
      state.weak.push(at(m));
      state.weakCount += 1;
    } else state.strong.push(at(m));
  }
  for (const m of entities) {
    const id = m.value.entry.id;
    for (const rule of IMPLYING_RULES.get(id) ?? []) {
      const state = stateOf(themes, rule);
      state.strong.push(at(m));
      state.prominent = true;
      if (!state.via.includes(id)) state.via.push(id);
    }
    for (const rule of weaklyImplyingRules(id)) {
      const state = stateOf(themes, rule);
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

/**
 * "the Department of Revenue and Customs (DRC)": an acronym in brackets after an agency's name abbreviates that
 * name, so it is no country here, nor anywhere else in the text.
 */
function isAcronymOfAName(text: string, place: Span): boolean {
  const written = text.slice(place.start, place.end);
  if (!/^[A-Z]{2,4}$/.test(written)) return false;
  const definition = new RegExp(
    `(?:Customs|Revenue|Department|Authority|Service|Agency|Directorate|Commission|Council|Centre|Center|Office|Unit|Committee)\\s*\\(${written}\\)`,
  );
  return definition.test(text);
}

/**
 * The spans of names spelled out before their acronym: "the Islamic State in Iraq and Syria (ISIS)", "the West
 * African Customs Administrations Modernization (WACAM) Project". A place inside such a name is part of the name.
 */
/** How far back (characters) a spelled-out name may start before its acronym in brackets. */
const ACRONYM_NAME_REACH = 400;

function findAcronymExpansions(text: string): (Span & { nameEnd: number })[] {
  const spans: (Span & { nameEnd: number })[] = [];
  for (const m of allMatches(ACRONYM_IN_BRACKETS_RE, text)) {
    const letters = m[1]!.replace(/[a-z]/g, '');
    const before = text.slice(0, m.index).trimEnd();
    // A name spelled out before its acronym is at most a few dozen words: read back no further than that.
    const from = Math.max(0, before.lastIndexOf(' ', before.length - ACRONYM_NAME_REACH));
    const words = allMatches(NAME_WORD_RE, before.slice(from)).map((w) => ({
      0: w[0],
      index: from + w.index,
    }));
    let k = letters.length - 1;
    let start = -1;
    for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
      const word = words[w]![0];
      if (/^(?:of|and|the|in|for|on|to|de|des|du|la|le)$/.test(word)) continue;
      if (word[0] !== letters[k]) break;
      k -= 1;
      start = words[w]!.index;
    }
    if (k < 0 && start >= 0) spans.push({ start, end: m.index + m[0].length, nameEnd: before.length });
  }
  return spans;
}

/** Whether a stretch of text is only organisations' names ("UNODC-WCO " before "Container Control Programme"). */
function isOnlyOrganisations(text: string, span: Span, entities: readonly EntityMatch[]): boolean {
  for (const m of allMatches(LETTERS_OR_DIGITS_RE, text.slice(span.start, span.end))) {
    const at = span.start + m.index;
    const org = entities.some((e) => e.value.kind === 'organizations' && e.start <= at && at < e.end);
    if (!org && !/^(?:the|and)$/i.test(m[0])) return false;
  }
  return true;
}

/** Whether a pattern's name is only places and generic words ("a Georgian study", "the German Government initiative"). */
function isOnlyPlaces(text: string, p: Span, places: readonly Span[]): boolean {
  for (const m of allMatches(WORD_RE, text.slice(p.start, p.end))) {
    const at = p.start + m.index;
    if (/^(?:project|programme|program|initiative|package|study|government|and|of|the|for)$/i.test(m[0]))
      continue;
    if (GENERIC_WORDS.has(m[0])) continue;
    if (!places.some((pl) => pl.start <= at && at < pl.end)) return false;
  }
  return true;
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
    funders: new TagSet(),
    mentions: new TagSet(),
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
  const regionPhrases: RegionPhrase[] = [];
  const confirmed = scanField('summary', texts.summary, tags, themes, null, regionPhrases);
  scanField('title', texts.title, tags, themes, confirmed, regionPhrases);
  // A region named in words counts where the briefing names no country of its own; otherwise only where one of its
  // own countries lies ("Africa" in a briefing on Mozambique is East and Southern Africa, and "the HS-Africa
  // Programme" in a briefing on Tunisia is no African region at all).
  const ownRegions = new Set(tags.regions.ids());
  for (const phrase of regionPhrases) {
    const regions = ownRegions.size === 0 ? phrase.regions : phrase.regions.filter((r) => ownRegions.has(r));
    for (const region of regions) tags.regions.add(region, getRegionLabel(region), [phrase.evidence]);
  }

  for (const rule of THEME_RULES) {
    const state = themes.get(rule);
    if (!state) continue;
    // A theme is what the briefing is about: named in the title or the lead, implied by a programme, or named twice;
    // one passing mention further down ("environmental concerns" in a list) is not enough.
    const fires =
      state.prominent === true ||
      state.strong.length >= 2 ||
      (state.strong.length === 0 && state.weakCount >= (rule.minWeak ?? 2));
    if (!fires) continue;
    const evidence = state.strong.length > 0 ? state.strong : state.weak;
    tags.themes.add(rule.id, rule.label, evidence);
    for (const via of state.via) tags.themes.add(rule.id, rule.label, [], via);
  }
  if (tags.themes.size === 0) tags.themes.add(GENERAL_THEME.id, GENERAL_THEME.label, []);
  if (raw.region !== undefined) {
    // The file's own region (an import's `region` column) is kept as given, marked as coming from the file.
    const region = findRegion(raw.region);
    if (region) tags.regions.add(region.id, region.label, [], FROM_THE_FILE);
  }
  let regions = tags.regions.toTags();
  const worldwide = findGlobalScope(texts, regions);
  if (worldwide.length > 0) {
    // A worldwide briefing counts under Global only, not under the region of the city it met in.
    regions = [{ id: GLOBAL_ID, label: getRegionLabel(GLOBAL_ID), evidence: sortEvidence(worldwide) }];
  }
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
    funders: tags.funders.toTags(),
    mentions: tags.mentions.toTags(),
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
