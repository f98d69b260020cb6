import { describe, expect, it } from 'vitest';
import { deriveView, RankedIds } from '@/core/view';
import { corpus, view } from '@/core/view/__fixtures__/five-briefings';
import { createDerivedViewMemo, shareEqualParts } from './derived-view-memo';

const ids = (v: ReturnType<typeof deriveView>) => v.results.map((b) => b.id);
const positions = (...at: number[]) => new RankedIds(corpus, null, Uint32Array.from(at));

describe('createDerivedViewMemo', () => {
  it('gives back the same view for the same briefings in the same order, and a new one when they differ', () => {
    const derive = createDerivedViewMemo();
    const first = derive(corpus, view({}), positions(4, 0, 2));
    // Another query finding the same ranking ("custom" → "customs"): the very same view, so nothing redraws.
    expect(derive(corpus, view({}), positions(4, 0, 2))).toBe(first);
    expect(derive(corpus, view({}), new Set(['e', 'a', 'c']))).toBe(first);
    // The same briefings ranked otherwise, or other briefings: a new view in the new order.
    expect(ids(derive(corpus, view({}), positions(0, 4, 2)))).toEqual(['a', 'e', 'c']);
    expect(ids(derive(corpus, view({}), positions(0, 4)))).toEqual(['a', 'e']);
    expect(ids(derive(corpus, view({}), new Set(['a', 'e', 'b'])))).toEqual(['a', 'e', 'b']);
  });

  it('gives the view deriveView gives, whatever came before', () => {
    const derive = createDerivedViewMemo();
    derive(corpus, view({ regions: ['AP'] }));
    for (const state of [
      view({}),
      view({ regions: ['EUR'] }),
      view({ themes: ['env'] }, { from: '2023-01' }),
    ])
      expect(derive(corpus, state)).toEqual(deriveView(corpus, state));
  });

  it('starts afresh for another corpus', () => {
    const derive = createDerivedViewMemo();
    const first = derive(corpus, view({}));
    const other = { ...corpus };
    const again = derive(other, view({}));
    expect(again).not.toBe(first);
    expect(again.byTheme).not.toBe(first.byTheme);
    expect(again).toEqual(first);
  });
});

describe('shareEqualParts', () => {
  it('keeps the previous objects of the parts that did not change', () => {
    const prev = deriveView(corpus, view({ regions: ['EUR'] }));
    // The same briefings in another order (a search): a new result list, every count the same.
    const next = deriveView(corpus, view({ regions: ['EUR'] }), new Set(['e', 'd', 'c']));
    const shared = shareEqualParts(prev, next);
    expect(shared).toEqual(next);
    expect(shared.results).toBe(next.results);
    expect(shared.byTheme).toBe(prev.byTheme);
    expect(shared.byRegion).toBe(prev.byRegion);
    expect(shared.matrix).toBe(prev.matrix);
    expect(shared.timeline).toBe(prev.timeline);
    expect(shared.topOrganizations).toBe(prev.topOrganizations);
    expect(shared.facets.themes).toBe(prev.facets.themes);
  });

  it('takes the new objects of the parts that changed', () => {
    const prev = deriveView(corpus, view({ regions: ['EUR'] }));
    const next = deriveView(corpus, view({ regions: ['EUR'] }), new Set(['e']));
    const shared = shareEqualParts(prev, next);
    expect(shared).toEqual(next);
    expect(shared.byTheme).toBe(next.byTheme);
    expect(shared.matrix).toBe(next.matrix);
    // Facet counts of regions leave the region selection out, but not the search: they changed too.
    expect(shared.facets.regions).toBe(next.facets.regions);
    // Not named by any of these briefings either way: the same (empty) instruments facet is kept.
    expect(shared.facets.instruments).toBe(prev.facets.instruments);
  });
});
