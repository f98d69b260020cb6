import { describe, expect, it } from 'vitest';
import { corpus } from './__fixtures__/five-briefings';
import { RankedIds, sameRanking } from './ranked-ids';

const ranked = (...at: number[]) => new RankedIds(corpus, null, Uint32Array.from(at));

describe('RankedIds', () => {
  it('is an ordered set of the ids at its positions', () => {
    const r = ranked(4, 0, 2);
    expect([...r]).toEqual(['e', 'a', 'c']);
    expect(r.size).toBe(3);
    expect(r.has('a')).toBe(true);
    expect(r.has('b')).toBe(false);
  });
});

describe('sameRanking', () => {
  it('tells equal rankings from different ones', () => {
    expect(sameRanking(null, null)).toBe(true);
    expect(sameRanking(null, new Set())).toBe(false);
    expect(sameRanking(ranked(1, 3), new Set(['b', 'd']))).toBe(true);
    expect(sameRanking(ranked(1, 3), ranked(3, 1))).toBe(false);
    expect(sameRanking(new Set(['b', 'd']), new Set(['b']))).toBe(false);
    expect(sameRanking(new Set(['b', 'd']), new Set(['b', 'e']))).toBe(false);
  });
});
