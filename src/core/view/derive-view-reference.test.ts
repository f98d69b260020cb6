/**
 * `deriveView` against a plain reference written from the counting rules in derive-view.ts's module comment, on random
 * corpora, filters, date ranges and search results: whichever way it counts (the matching briefings, or the corpus
 * minus those left out), every number must be the one the rules define.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Briefing, Corpus, Tag, FilterKind } from '../corpus';
import { deriveView } from './derive-view';
import { RankedIds } from './ranked-ids';
import { monthOf } from './timeline';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';
import { FILTER_KINDS } from '../corpus';

const POOLS: Record<FilterKind, string[]> = {
  themes: ['env', 'sec', 'ecom', 'origin'],
  regions: ['EUR', 'AP', 'GLOBAL'],
  countries: ['ALB', 'BIH', 'KEN', 'FJI', 'XKX'],
  programmes: ['APPW', 'STCE', 'COPES'],
  organizations: ['WCO', 'UNEP'],
  instruments: ['RKC', 'SAFE'],
  people: ['Kunio Mikuriya', 'Ian Saunders'],
  funders: ['JPN', 'EU'],
};
const REGION_LABEL: Record<string, string> = { EUR: 'Europe', AP: 'Asia/Pacific', GLOBAL: 'Global' };
const MONTHS = ['2023-01', '2023-02', '2023-04'];

const tag = (kind: FilterKind, id: string): Tag => ({
  id,
  label: kind === 'regions' ? (REGION_LABEL[id] ?? id) : id,
  evidence: [],
});

const subsetOf = (pool: string[]) => fc.subarray(pool);
const selectionOf = (pool: string[]) =>
  fc.oneof({ arbitrary: fc.constant([]), weight: 4 }, { arbitrary: fc.subarray(pool), weight: 1 });
const briefingArb = (i: number) =>
  fc
    .record({
      themes: subsetOf(POOLS.themes),
      regions: subsetOf(POOLS.regions),
      countries: subsetOf(POOLS.countries),
      programmes: subsetOf(POOLS.programmes),
      organizations: subsetOf(POOLS.organizations),
      instruments: subsetOf(POOLS.instruments),
      people: subsetOf(POOLS.people),
      funders: subsetOf(POOLS.funders),
      month: fc.option(fc.constantFrom(...MONTHS), { nil: undefined }),
    })
    .map(({ month, ...tags }): Briefing => {
      const b: Briefing = {
        id: `b${i}`,
        title: `Briefing ${i}`,
        summary: '',
        themes: tags.themes.map((id) => tag('themes', id)),
        regions: tags.regions.map((id) => tag('regions', id)),
        countries: tags.countries.map((id) => tag('countries', id)),
        programmes: tags.programmes.map((id) => tag('programmes', id)),
        organizations: tags.organizations.map((id) => tag('organizations', id)),
        instruments: tags.instruments.map((id) => tag('instruments', id)),
        people: tags.people.map((id) => tag('people', id)),
        funders: tags.funders.map((id) => tag('funders', id)),
        mentions: [],
      };
      if (month) b.date = `${month}-15`;
      return b;
    });

const corpusArb = fc
  .integer({ min: 1, max: 24 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => briefingArb(i))))
  .map((briefings): Corpus => ({
    format: 'briefing-atlas/corpus',
    version: 1,
    name: 'random',
    generatedAt: '2026-01-01',
    warnings: [],
    briefings,
  }));

const caseArb = corpusArb.chain((corpus) =>
  fc.record({
    corpus: fc.constant(corpus),
    // Mostly no selection in a facet, so that views matching most of the corpus come up as often as narrow ones.
    filters: fc.record({
      themes: selectionOf(POOLS.themes),
      regions: selectionOf(POOLS.regions),
      countries: selectionOf(POOLS.countries),
      programmes: selectionOf(POOLS.programmes),
      organizations: selectionOf(POOLS.organizations),
      instruments: selectionOf(POOLS.instruments),
      people: selectionOf(POOLS.people),
      funders: selectionOf(POOLS.funders),
    }),
    from: fc.option(fc.constantFrom(...MONTHS), { nil: null, freq: 2 }),
    to: fc.option(fc.constantFrom(...MONTHS), { nil: null, freq: 2 }),
    // A search result: some of the briefings in some rank order, or no search.
    search: fc.option(fc.shuffledSubarray(corpus.briefings.map((_, i) => i)), { nil: null }),
  }),
);

/** Whether `b` passes every constraint but the one named by `except`. */
function passes(
  b: Briefing,
  state: ViewState,
  searched: Set<string> | null,
  except: FilterKind | 'date' | null,
): boolean {
  for (const kind of FILTER_KINDS) {
    const selected = state.filters[kind];
    if (kind === except || selected.length === 0) continue;
    if (!b[kind].some((t) => selected.includes(t.id))) return false;
  }
  if (except !== 'date' && (state.from || state.to)) {
    const month = monthOf(b);
    if (!month || (state.from && month < state.from) || (state.to && month > state.to)) return false;
  }
  return !searched || searched.has(b.id);
}

describe('deriveView matches the counting rules', () => {
  // Hundreds of random corpora: well under a second alone, more than the default 5 s on a machine shared by four suites.
  it('on random corpora, filters, date ranges and search results', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(caseArb, ({ corpus, filters, from, to, search }) => {
        const state: ViewState = { ...DEFAULT_VIEW_STATE, filters, from, to };
        const ranked = search
          ? new RankedIds(
              corpus,
              search.map((i) => corpus.briefings[i]!.id),
              Uint32Array.from(search),
            )
          : null;
        const searched = ranked ? new Set(ranked.ids) : null;
        const view = deriveView(corpus, state, ranked);

        const matching = corpus.briefings.filter((b) => passes(b, state, searched, null));
        const order = ranked
          ? ranked.ids.filter((id) => matching.some((b) => b.id === id))
          : matching.map((b) => b.id);
        expect(view.results.map((b) => b.id)).toEqual(order);
        expect(view.matched).toBe(matching.length);

        for (const kind of FILTER_KINDS) {
          const others = corpus.briefings.filter((b) => passes(b, state, searched, kind));
          for (const value of view.facets[kind]) {
            expect(value.count, `${kind} ${value.id}`).toBe(
              others.filter((b) => b[kind].some((t) => t.id === value.id)).length,
            );
          }
        }
        const withTag = (kind: FilterKind, id: string) =>
          matching.filter((b) => b[kind].some((t) => t.id === id)).length;
        for (const d of view.byTheme) expect(d.count).toBe(withTag('themes', d.id));
        for (const d of view.byRegion) expect(d.count).toBe(d.filterable ? withTag('regions', d.id) : 0);
        view.matrix.themes.forEach((theme, t) =>
          view.matrix.regions.forEach((region, r) =>
            expect(view.matrix.cells[t]![r], `${theme.id} × ${region.id}`).toBe(
              matching.filter(
                (b) => b.themes.some((x) => x.id === theme.id) && b.regions.some((x) => x.id === region.id),
              ).length,
            ),
          ),
        );
        expect(view.matrix.max).toBe(Math.max(0, ...view.matrix.cells.flat()));

        const inTimeline = corpus.briefings.filter((b) => passes(b, state, searched, 'date'));
        expect(view.timeline.undated).toBe(inTimeline.filter((b) => !b.date).length);
        for (const { month, count } of view.timeline.months)
          expect(count).toBe(inTimeline.filter((b) => monthOf(b) === month).length);
        const dated = inTimeline.map(monthOf).filter((m): m is string => m !== null);
        expect(view.timeline.months[0]?.month).toBe(dated.length ? dated.sort()[0] : undefined);
      }),
      { numRuns: 300 },
    );
  });
});
