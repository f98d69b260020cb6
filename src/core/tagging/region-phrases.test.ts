import { describe, expect, it } from 'vitest';
import type { RegionId } from '../corpus';
import { prepareText, selectLongest } from './match-text';
import { findRegionPhrases } from './region-phrases';

describe('findRegionPhrases', () => {
  it.each<[string, RegionId[][]]>([
    ['Asiapacific Nations', [['AP']]],
    ['the Asia-Pacific region', [['AP']]],
    ['Asia Pacific', [['AP']]],
    ['the A/P region', [['AP']]],
    ['Pacific Islands', [['AP']]],
    ['Western Balkans', [['EUR']]],
    ['Central Asia', [['EUR']]],
    ['sub-Saharan Africa', [['ESA', 'WCA']]],
    ['MENA', [['MENA']]],
    ['the Middle East', [['MENA']]],
    ['North Africa', [['MENA']]],
    ['the ESA region', [['ESA']]],
    ['West Africa', [['WCA']]],
    ['Latin America and the Caribbean', [['AMS'], ['AMS']]],
    ['South-East Asia and Southeast Asia', [['AP'], ['AP']]],
  ])('%s', (text, expected) => {
    // Overlaps are resolved by the tagger (with countries); here, as there, the longest wins.
    const found = selectLongest(findRegionPhrases(prepareText(text)));
    expect(found.map((m) => [...m.value])).toEqual(expected);
  });
});
