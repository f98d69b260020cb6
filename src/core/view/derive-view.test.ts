import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus';
import { briefing, corpus, view } from './__fixtures__/five-briefings';
import { deriveView } from './derive-view';
import { RankedIds } from './ranked-ids';
import { DEFAULT_VIEW_STATE, EMPTY_FILTERS, type Filters, type ViewState } from './view-state';

const ids = (v: ReturnType<typeof deriveView>) => v.results.map((b) => b.id);
const countsOf = (values: { id: string; count: number }[]) =>
  Object.fromEntries(values.map((v) => [v.id, v.count]));

describe('deriveView: matching', () => {
  it.each([
    [{}, ['a', 'b', 'c', 'd', 'e']],
    [{ regions: ['EUR'] }, ['c', 'd', 'e']],
    [{ regions: ['EUR', 'AP'] }, ['a', 'c', 'd', 'e']],
    [{ regions: ['EUR'], themes: ['env'] }, ['e']],
    [{ regions: ['EUR'], themes: ['env', 'ecom'] }, ['d', 'e']],
    [{ countries: ['BIH'], organizations: ['UNEP'] }, ['e']],
    [{ themes: ['origin'] }, []],
    [{ regions: ['NOPE'] }, []],
  ] as [Partial<Filters>, string[]][])('%j → %j (OR within a facet, AND across)', (filters, expected) => {
    const v = deriveView(corpus, view(filters));
    expect(ids(v)).toEqual(expected);
    expect(v.matched).toBe(expected.length);
    expect(v.total).toBe(5);
  });

  it('narrows by search results and keeps their rank order', () => {
    const v = deriveView(corpus, view({ regions: ['EUR'] }), new Set(['e', 'a', 'c', 'missing']));
    expect(ids(v)).toEqual(['e', 'c']);
  });

  it('reads a RankedIds result by its corpus positions, in rank order', () => {
    const positions = (...at: number[]) => new RankedIds(corpus, null, Uint32Array.from(at));
    expect(ids(deriveView(corpus, view({}), positions(4, 0, 2)))).toEqual(['e', 'a', 'c']);
    expect(ids(deriveView(corpus, view({}), positions(0, 4, 2)))).toEqual(['a', 'e', 'c']);
    expect(ids(deriveView(corpus, view({ regions: ['EUR'] }), positions(0, 4)))).toEqual(['e']);
  });

  it('is plain data from its arguments: a new view each call, equal for equal arguments', () => {
    const first = deriveView(corpus, view({ regions: ['EUR'] }), new Set(['e', 'c']));
    const again = deriveView(corpus, view({ regions: ['EUR'] }), new Set(['e', 'c']));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('deriveView: facet counts leave out the facet’s own selection', () => {
  it('counts every value of the corpus with no filter, zeros included', () => {
    const v = deriveView(corpus, view({}));
    expect(countsOf(v.facets.themes)).toEqual({ env: 3, ecom: 2, sec: 1, origin: 0 });
    expect(countsOf(v.facets.regions)).toEqual({ EUR: 3, AP: 2, GLOBAL: 1 });
  });

  it.each([
    [{ regions: ['EUR'] }, 'regions', { EUR: 3, AP: 2, GLOBAL: 1 }],
    [{ regions: ['EUR'] }, 'themes', { env: 1, ecom: 1, sec: 1, origin: 0 }],
    [{ regions: ['EUR'] }, 'countries', { BIH: 2, ALB: 1, XKX: 1 }],
    [{ regions: ['EUR'], themes: ['env'] }, 'regions', { EUR: 1, AP: 2, GLOBAL: 1 }],
    [{ regions: ['EUR'], themes: ['env'] }, 'themes', { env: 1, ecom: 1, sec: 1, origin: 0 }],
    [{ regions: ['EUR'], themes: ['env'] }, 'programmes', { APPW: 0, STCE: 0, COPES: 0 }],
  ] as [Partial<Filters>, keyof Filters, Record<string, number>][])(
    '%j: %s counts',
    (filters, kind, expected) => {
      expect(countsOf(deriveView(corpus, view(filters)).facets[kind])).toEqual(expected);
    },
  );

  it('marks selected values; regions keep the WCO order with Global last, others go by corpus frequency', () => {
    const v = deriveView(corpus, view({ regions: ['AP'] }));
    expect(v.facets.regions.map((f) => [f.id, f.selected])).toEqual([
      ['EUR', false],
      ['AP', true],
      ['GLOBAL', false],
    ]);
    expect(v.facets.countries.map((f) => f.id)).toEqual(['BIH', 'ALB', 'XKX']);
  });
});

describe('deriveView: chart aggregates describe the matching briefings', () => {
  it('counts a briefing with two themes once in each', () => {
    const v = deriveView(corpus, view({}));
    expect(v.byTheme.map((d) => [d.id, d.count])).toEqual([
      ['env', 3],
      ['ecom', 2],
      ['sec', 1],
      ['origin', 0],
    ]);
  });

  it('puts the WCO regions in order, absent ones as non-filterable zeros, and Global last', () => {
    const v = deriveView(corpus, view({ themes: ['env'] }));
    expect(v.byRegion.map((d) => [d.label, d.count, d.filterable, d.global ?? false])).toEqual([
      ['Europe', 1, true, false],
      ['Asia/Pacific', 2, true, false],
      ['East and Southern Africa', 0, false, false],
      ['West and Central Africa', 0, false, false],
      ['Americas and Caribbean', 0, false, false],
      ['North of Africa, Near and Middle East', 0, false, false],
      ['Global', 1, true, true],
    ]);
  });

  it('fills the theme × region matrix with explicit zeros', () => {
    const v = deriveView(corpus, view({}));
    const col = (label: string) => v.matrix.regions.findIndex((r) => r.label === label);
    const row = (id: string) => v.matrix.themes.findIndex((t) => t.id === id);
    expect(v.matrix.cells).toHaveLength(4);
    expect(v.matrix.cells.every((r) => r.length === 7)).toBe(true);
    expect(v.matrix.cells[row('env')]![col('Asia/Pacific')]).toBe(2);
    expect(v.matrix.cells[row('env')]![col('Europe')]).toBe(1);
    expect(v.matrix.cells[row('env')]![col('Global')]).toBe(1);
    expect(v.matrix.cells[row('origin')]!.every((c) => c === 0)).toBe(true);
    expect(v.matrix.max).toBe(2);
  });

  it('lists the top programmes and organisations that occur, the publisher (WCO) left out', () => {
    const v = deriveView(corpus, view({ regions: ['EUR'] }));
    expect(v.topProgrammes.map((d) => d.id)).toEqual(['COPES', 'STCE']);
    expect(countsOf(v.topOrganizations)).toEqual({ UNEP: 1 });
    // Still a facet value: the WCO can be filtered on.
    expect(v.facets.organizations.map((f) => f.id)).toContain('WCO');
  });
});

describe('deriveView: a large corpus', () => {
  it('counts 100,000 briefings the same as a plain walk over them', () => {
    const themes = ['env', 'sec', 'ecom', 'origin'];
    const regions = ['EUR', 'AP', 'GLOBAL'];
    const big: Corpus = {
      ...corpus,
      briefings: Array.from({ length: 100_000 }, (_, i) =>
        briefing(`b${i}`, {
          themes: [themes[i % 4]!, themes[(i >> 2) % 4]!],
          regions: [regions[i % 3]!],
          countries: [`C${i % 150}`],
        }),
      ),
    };
    const v = deriveView(big, view({ regions: ['EUR', 'AP'], themes: ['env'], countries: ['C3', 'C9'] }));
    const expected = big.briefings.filter(
      (b) =>
        b.regions.some((t) => t.id === 'EUR' || t.id === 'AP') &&
        b.themes.some((t) => t.id === 'env') &&
        b.countries.some((t) => t.id === 'C3' || t.id === 'C9'),
    );
    expect(v.matched).toBe(expected.length);
    expect(ids(v)).toEqual(expected.map((b) => b.id));
  });
});

describe('deriveView: a date range', () => {
  const dated: Corpus = {
    ...corpus,
    briefings: [
      { ...briefing('j', { themes: ['env'], regions: ['EUR'] }), date: '2023-01-15' },
      { ...briefing('f', { themes: ['env'], regions: ['AP'] }), date: '2023-03-02' },
      { ...briefing('m', { themes: ['sec'], regions: ['EUR'] }), date: '2023-05-30' },
      briefing('u', { themes: ['env'], regions: ['EUR'] }),
    ],
  };
  const view = (patch: Partial<ViewState>, filters: Partial<Filters> = {}) =>
    deriveView(dated, { ...DEFAULT_VIEW_STATE, ...patch, filters: { ...EMPTY_FILTERS, ...filters } });

  it('narrows like one more facet, and an undated briefing is outside every range', () => {
    expect(view({ from: '2023-02' }).results.map((b) => b.id)).toEqual(['f', 'm']);
    expect(view({ to: '2023-03' }).results.map((b) => b.id)).toEqual(['j', 'f']);
    expect(view({ from: '2023-03', to: '2023-03' }).results.map((b) => b.id)).toEqual(['f']);
    expect(view({}).results.map((b) => b.id)).toEqual(['j', 'f', 'm', 'u']);
  });

  it('counts facets within the range', () => {
    const facet = view({ from: '2023-02' }).facets.regions;
    expect(facet.find((f) => f.id === 'EUR')?.count).toBe(1);
    expect(facet.find((f) => f.id === 'AP')?.count).toBe(1);
  });

  it('draws the timeline with the range left out and undated briefings apart', () => {
    const t = view({ from: '2023-05' }, { themes: ['env'] }).timeline;
    expect(t).toEqual({
      months: [
        { month: '2023-01', count: 1 },
        { month: '2023-02', count: 0 },
        { month: '2023-03', count: 1 },
      ],
      undated: 1,
    });
    expect(view({ from: '2023-05' }, { themes: ['env'] }).matched).toBe(0);
  });
});
