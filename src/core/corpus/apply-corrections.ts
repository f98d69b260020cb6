/**
 * Lays analysts' corrections over a corpus: the one function every corpus passes through before it is counted
 * (the build-time data step, `npm run parse -- --corrections`, and the page, which applies the corrections kept in
 * the browser on top of the corpus it loaded). Decisions in docs/decisions/018-analyst-corrections.md:
 *
 * - For each briefing, kind and tag the latest correction decides (by `at`; at the same moment, the later in the
 *   list). Undoing a correction is taking it out of the list: the result is recomputed from the tagger's output,
 *   so nothing an analyst did can stick after it is undone.
 * - Applying is idempotent: a corpus that already carries a list (the bundled one, built with
 *   seeds/corrections.json) is unchanged by the same list again.
 * - Places keep their roles: removing a country takes it out of the regions it supported, and a region left with
 *   neither words of its own nor another country goes with it; adding a country brings its WCO region (unless the
 *   briefing is worldwide, which counts under Global only). A correction of the region itself decides last. A
 *   briefing left with no region is Global, as the tagger would have it.
 */
import type { Briefing, Corpus, Evidence, Tag } from './contract';
import { correctionKey, type Correction } from './correction-schema';
import { plainBriefing } from './corpus-compact';
import { findRegionOfCountry, getRegionLabel, GLOBAL_REGION_ID, type RegionId } from './regions';
import { attachPatchedTagColumns, tagColumnsOf } from './tag-columns';
import type { FilterKind } from './tag-kinds';

const time = (c: Correction) => Date.parse(c.at);

/**
 * The corrections that decide, grouped by briefing: one per briefing, kind and tag — the latest, and at the same
 * moment the later in the list.
 * @example settleCorrections([removeAt9, addAt10]).get(id) // → [addAt10]
 */
export function settleCorrections(corrections: readonly Correction[]): Map<string, Correction[]> {
  const winners = new Map<string, Correction>();
  for (const c of corrections) {
    const key = correctionKey(c);
    const before = winners.get(key);
    if (!before || time(c) >= time(before)) winners.set(key, c);
  }
  const byBriefing = new Map<string, Correction[]>();
  for (const c of winners.values()) {
    const list = byBriefing.get(c.briefingId);
    if (list) list.push(c);
    else byBriefing.set(c.briefingId, [c]);
  }
  return byBriefing;
}

const sameSpan = (a: Evidence, b: Evidence) => a.field === b.field && a.start === b.start && a.end === b.end;
const isGlobal = (t: Tag) => t.id === GLOBAL_REGION_ID;
const placeholderGlobal = (): Tag => ({
  id: GLOBAL_REGION_ID,
  label: getRegionLabel(GLOBAL_REGION_ID),
  evidence: [],
  via: [],
});

/** The regions without what `country` gave them; a region left with no words and no other country goes. */
function loosenRegions(regions: Tag[], country: Tag): Tag[] {
  const out: Tag[] = [];
  for (const r of regions) {
    if (isGlobal(r) || !r.via?.includes(country.id)) {
      out.push(r);
      continue;
    }
    const via = r.via.filter((id) => id !== country.id);
    const evidence = r.evidence.filter((e) => !country.evidence.some((c) => sameSpan(c, e)));
    if (via.length === 0 && evidence.length === 0) continue;
    const next: Tag = { id: r.id, label: r.label, evidence };
    if (via.length > 0) next.via = via;
    out.push(next);
  }
  return out;
}

/** The regions with `countryId`'s WCO region reached through it. */
function reachRegion(regions: Tag[], countryId: string): Tag[] {
  const region = findRegionOfCountry(countryId);
  if (!region) return regions;
  const at = regions.findIndex((r) => r.id === region);
  if (at < 0)
    return [...regions, { id: region, label: getRegionLabel(region), evidence: [], via: [countryId] }];
  const r = regions[at]!;
  if (r.via?.includes(countryId)) return regions;
  const out = [...regions];
  out[at] = { ...r, via: [...(r.via ?? []), countryId] };
  return out;
}

type LabelOf = (kind: FilterKind, id: string) => string;

/** Removals before additions, the region kind last: a correction of the region itself has the last word. */
const order = (c: Correction) => (c.kind === 'regions' ? 2 : 0) + (c.action === 'add' ? 1 : 0);

/**
 * One briefing with its deciding corrections applied; null when they change nothing.
 * @example correctBriefing(b, [{ kind: 'countries', tagId: 'BIH', action: 'remove', … }], labelOf)?.regions // → Global only
 */
export function correctBriefing(
  b: Briefing,
  winners: readonly Correction[],
  labelOf: LabelOf,
): Briefing | null {
  const tags: Partial<Record<FilterKind, Tag[]>> = {};
  const get = (kind: FilterKind) => tags[kind] ?? b[kind];
  const worldwide = b.regions.some((r) => isGlobal(r) && r.evidence.length > 0);
  let regionsTouched = false;
  const explicitGlobal = winners.some(
    (c) => c.kind === 'regions' && isGlobalId(c.tagId) && c.action === 'add',
  );
  for (const c of [...winners].sort((x, y) => order(x) - order(y))) {
    const current = get(c.kind);
    const at = current.findIndex((t) => t.id === c.tagId);
    if (c.action === 'remove') {
      if (at < 0) continue;
      const gone = current[at]!;
      tags[c.kind] = current.filter((_, i) => i !== at);
      if (c.kind === 'countries') {
        tags.regions = loosenRegions(get('regions'), gone);
        regionsTouched = true;
      }
      if (c.kind === 'regions') regionsTouched = true;
    } else {
      if (at >= 0) continue;
      const label =
        c.kind === 'regions' ? getRegionLabel(c.tagId as RegionId) : (c.label ?? labelOf(c.kind, c.tagId));
      tags[c.kind] = [...current, { id: c.tagId, label, evidence: [] }];
      if (c.kind === 'countries' && !worldwide) {
        tags.regions = reachRegion(get('regions'), c.tagId);
        regionsTouched = true;
      }
      if (c.kind === 'regions') regionsTouched = true;
    }
  }
  if (Object.keys(tags).length === 0) return null;
  if (regionsTouched) tags.regions = settleRegions(get('regions'), explicitGlobal);
  const out = plainBriefing(b);
  let changed = false;
  for (const [kind, list] of Object.entries(tags) as [FilterKind, Tag[]][]) {
    if (sameTags(list, b[kind])) continue;
    out[kind] = list;
    changed = true;
  }
  return changed ? out : null;
}

const isGlobalId = (id: string) => id === GLOBAL_REGION_ID;

/** Global with no words of its own stands only where no other region does, and a briefing has a region always. */
function settleRegions(regions: Tag[], explicitGlobal: boolean): Tag[] {
  const placed = regions.some((r) => !isGlobal(r));
  const out =
    placed && !explicitGlobal ? regions.filter((r) => !isGlobal(r) || r.evidence.length > 0) : regions;
  return out.length === 0 ? [placeholderGlobal()] : out;
}

function sameTags(a: readonly Tag[], b: readonly Tag[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i] || JSON.stringify(t) === JSON.stringify(b[i]));
}

/** A name for a tag an analyst added without one: the taxonomy's, another briefing's, else the id itself. */
function labelLookup(corpus: Corpus): LabelOf {
  const known = new Map<FilterKind, Map<string, string>>();
  return (kind, id) => {
    let labels = known.get(kind);
    if (!labels) {
      labels = new Map();
      if (kind === 'themes') for (const t of corpus.taxonomy?.themes ?? []) labels.set(t.id, t.label);
      for (const [tagId, label] of tagColumnsOf(corpus, kind).dictionary)
        if (!labels.has(tagId)) labels.set(tagId, label);
      known.set(kind, labels);
    }
    return labels.get(id) ?? id;
  };
}

const sameList = (a: readonly Correction[], b: readonly Correction[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * The corpus with `corrections` laid over its tags, carrying the list (`corpus.corrections`). The same object when
 * nothing changes; otherwise a new corpus sharing every briefing the corrections do not touch. Corrections for
 * briefings not in the corpus are kept in the list and change nothing.
 * @example applyCorrections(corpus, [{ briefingId, kind: 'regions', tagId: 'AP', action: 'remove', at }]).briefings
 */
export function applyCorrections(corpus: Corpus, corrections: readonly Correction[]): Corpus {
  const settled = settleCorrections(corrections);
  const changed = new Map<number, Briefing>();
  if (settled.size > 0) {
    const labelOf = labelLookup(corpus);
    corpus.briefings.forEach((b, i) => {
      const winners = settled.get(b.id);
      if (!winners) return;
      const corrected = correctBriefing(b, winners, labelOf);
      if (corrected) changed.set(i, corrected);
    });
  }
  if (changed.size === 0 && sameList(corrections, corpus.corrections ?? [])) return corpus;
  const { corrections: _previous, ...rest } = corpus;
  const next: Corpus = { ...rest, briefings: corpus.briefings.slice() };
  for (const [i, b] of changed) next.briefings[i] = b;
  if (corrections.length > 0) next.corrections = [...corrections];
  attachPatchedTagColumns(corpus, next, changed);
  return next;
}

/** A tag the corrections changed on one briefing, for the page to mark. */
export interface CorrectionNote {
  kind: FilterKind;
  /** The tag as it shows now (added) or as it was (removed). */
  tag: Tag;
  change: 'added' | 'removed';
  /** The analyst's deciding correction; null when the change follows from another (a region that went with its country). */
  correction: Correction | null;
}

/**
 * What the corrections changed on a briefing: each deciding correction in effect, and each change that followed
 * from one. `original` is the briefing before this list was applied, when known.
 * @example describeCorrections(corrected, original, corpus.corrections ?? []) // → [{ kind: 'regions', change: 'removed', … }]
 */
export function describeCorrections(
  corrected: Briefing,
  original: Briefing | undefined,
  corrections: readonly Correction[],
): CorrectionNote[] {
  const winners =
    settleCorrections(corrections.filter((c) => c.briefingId === corrected.id)).get(corrected.id) ?? [];
  const notes: CorrectionNote[] = [];
  const decided = new Set(winners.map(correctionKey));
  for (const c of winners) {
    const now = corrected[c.kind].find((t) => t.id === c.tagId);
    // A tag the tagger found itself (words, or a place it came through) is the tagger's, whoever agreed with it.
    const found = (t: Tag) => t.evidence.length > 0 || (t.via?.length ?? 0) > 0;
    const wasThere = original?.[c.kind].find((t) => t.id === c.tagId);
    if (c.action === 'add' && now && !(wasThere && found(wasThere)))
      notes.push({ kind: c.kind, tag: now, change: 'added', correction: c });
    if (c.action === 'remove' && !now) {
      const was = original?.[c.kind].find((t) => t.id === c.tagId) ?? {
        id: c.tagId,
        label: c.label ?? c.tagId,
        evidence: [],
      };
      notes.push({ kind: c.kind, tag: was, change: 'removed', correction: c });
    }
  }
  if (original) {
    for (const kind of ['regions', 'countries'] as const) {
      const before = new Set(original[kind].map((t) => t.id));
      const after = new Set(corrected[kind].map((t) => t.id));
      const undecided = (t: Tag) =>
        !decided.has(correctionKey({ briefingId: corrected.id, kind, tagId: t.id }));
      for (const t of original[kind])
        if (!after.has(t.id) && undecided(t))
          notes.push({ kind, tag: t, change: 'removed', correction: null });
      for (const t of corrected[kind])
        if (!before.has(t.id) && undecided(t))
          notes.push({ kind, tag: t, change: 'added', correction: null });
    }
  }
  return notes;
}

/** What importing a list of corrections did, for the report the analyst reads. */
export interface CorrectionsImport {
  /** The list to keep: what was kept before, with the new corrections and the winners of conflicts. */
  next: Correction[];
  /** New corrections that change a briefing of this corpus. */
  applied: Correction[];
  /** New corrections for briefings not in this corpus: kept, applied if the briefing comes back. */
  noBriefing: Correction[];
  /** New corrections the corpus already agrees with (the tag is already there, or already gone). */
  alreadySo: Correction[];
  /** Corrections already kept, as they were. */
  duplicates: number;
  /** Two decisions about one tag: the later is kept. */
  conflicts: { incoming: Correction; other: Correction; kept: Correction }[];
}

/**
 * Merges imported corrections into the kept ones and says what each did to `corpus` (the corpus as shown now).
 * @example planCorrectionsImport(corpus, kept, fromFile).applied.length // → how many changed something
 */
export function planCorrectionsImport(
  corpus: Corpus,
  kept: readonly Correction[],
  incoming: readonly Correction[],
): CorrectionsImport {
  const report: CorrectionsImport = {
    next: [...kept],
    applied: [],
    noBriefing: [],
    alreadySo: [],
    duplicates: 0,
    conflicts: [],
  };
  const later = (a: Correction, b: Correction) => (time(b) >= time(a) ? b : a);
  // Within the file first: one decision per tag.
  const fromFile = new Map<string, Correction>();
  for (const c of incoming) {
    const key = correctionKey(c);
    const other = fromFile.get(key);
    if (!other) fromFile.set(key, c);
    else if (other.action === c.action) report.duplicates++;
    else {
      const kept = later(other, c);
      report.conflicts.push({ incoming: c, other, kept });
      fromFile.set(key, kept);
    }
  }
  const keptByKey = new Map<string, Correction>();
  for (const c of kept) keptByKey.set(correctionKey(c), later(keptByKey.get(correctionKey(c)) ?? c, c));
  const byId = new Map<string, Briefing>();
  for (const b of corpus.briefings) byId.set(b.id, b);
  for (const [key, c] of fromFile) {
    const other = keptByKey.get(key);
    if (other && other.action === c.action) {
      report.duplicates++;
      continue;
    }
    if (other) {
      const winner = later(other, c);
      report.conflicts.push({ incoming: c, other, kept: winner });
      if (winner === other) continue;
      report.next = report.next.filter((k) => correctionKey(k) !== key);
    }
    report.next.push(c);
    const b = byId.get(c.briefingId);
    if (!b) report.noBriefing.push(c);
    else if (b[c.kind].some((t) => t.id === c.tagId) === (c.action === 'add')) report.alreadySo.push(c);
    else report.applied.push(c);
  }
  return report;
}
