import { describe, expect, it } from 'vitest';
import { corpus } from './__fixtures__/five-briefings';
import { findBriefing, getCorpusIndex, getMonthIndex } from './corpus-index';

describe('getCorpusIndex', () => {
  it('is built once per corpus object', () => {
    expect(getCorpusIndex(corpus)).toBe(getCorpusIndex(corpus));
  });
  it('lists a briefing’s values once each, and every theme of the taxonomy', () => {
    const { themes } = getCorpusIndex(corpus).kinds;
    expect(themes.ids).toEqual(['env', 'sec', 'ecom', 'origin']);
    expect(Array.from(themes.corpusCounts)).toEqual([3, 1, 2, 0]);
    expect(themes.order.map((v) => themes.ids[v])).toEqual(['env', 'ecom', 'sec', 'origin']);
  });
});

describe('findBriefing', () => {
  it('finds a briefing by id, or nothing', () => {
    expect(findBriefing(corpus, 'c')?.title).toBe('Briefing c');
    expect(findBriefing(corpus, 'zzz')).toBeUndefined();
  });
});

describe('getMonthIndex', () => {
  it('numbers the months once per corpus, undated as 0', () => {
    const dated = {
      ...corpus,
      briefings: corpus.briefings.map((b, i) => (i < 2 ? { ...b, date: '2023-05-02' } : b)),
    };
    const months = getMonthIndex(dated);
    expect(getMonthIndex(dated)).toBe(months);
    expect(months.months).toEqual([null, '2023-05']);
    expect(Array.from(months.codes)).toEqual([1, 1, 0, 0, 0]);
    expect(Array.from(months.corpusCounts)).toEqual([3, 2]);
  });
});
