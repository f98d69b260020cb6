import { describe, expect, it } from 'vitest';
import { corpus, view } from './__fixtures__/five-briefings';
import { dropUnknownIds, labelOf } from './facets';

describe('dropUnknownIds', () => {
  it('keeps known ids and names the rest', () => {
    const r = dropUnknownIds(corpus, view({ regions: ['EUR', 'Mars'] }, { open: 'zzz' }));
    expect(r.state.filters.regions).toEqual(['EUR']);
    expect(r.state.open).toBeNull();
    expect(r.dropped).toEqual(['region “Mars” (not in this corpus)', 'briefing “zzz” (not in this corpus)']);
  });
  it('returns the same object when everything is known', () => {
    const s = view({ regions: ['EUR'] }, { open: 'a' });
    expect(dropUnknownIds(corpus, s).state).toBe(s);
  });
});

describe('labelOf', () => {
  it('gives a value’s label, or the id the corpus does not know', () => {
    expect(labelOf(corpus, 'regions', 'AP')).toBe('Asia/Pacific');
    expect(labelOf(corpus, 'themes', 'origin')).toBe('Origin');
    expect(labelOf(corpus, 'regions', 'Mars')).toBe('Mars');
  });
});
