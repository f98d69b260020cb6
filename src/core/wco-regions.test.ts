import { describe, expect, it } from 'vitest';
import { WCO_REGIONS } from './corpus';
import regionData from './data/wco-regions.json';
import { prepareText, selectLongest } from './match-text';
import {
  REGIONS,
  findRegionOfCountry,
  findRegionPhrases,
  getRegionLabel,
  type RegionId,
} from './wco-regions';

describe('findRegionOfCountry', () => {
  it.each<[string, RegionId | undefined]>([
    // WCO membership overrides UN geography (reference §1.5)
    ['ISR', 'EUR'],
    ['TUR', 'EUR'],
    ['CYP', 'EUR'],
    ['KAZ', 'EUR'],
    ['UZB', 'EUR'],
    ['GEO', 'EUR'],
    ['XKX', 'EUR'],
    ['MRT', 'WCA'],
    ['SDN', 'MENA'],
    ['SSD', 'ESA'],
    ['AGO', 'ESA'],
    ['DJI', 'ESA'],
    ['AFG', 'AP'],
    ['IRN', 'AP'],
    ['TLS', 'AP'],
    ['MAR', 'MENA'],
    ['LBY', 'MENA'],
    ['BMU', 'AMS'],
    ['CUW', 'AMS'],
    ['HKG', 'AP'],
    // non-members and territories: the reference's defaults
    ['TWN', 'AP'],
    ['GNQ', 'WCA'],
    ['PRI', 'AMS'],
    ['VAT', 'EUR'],
    ['ATA', undefined],
  ])('%s → %s', (alpha3, region) => {
    expect(findRegionOfCountry(alpha3)).toBe(region);
  });

  it('places every listed member in its listed region', () => {
    for (const [label, members] of Object.entries(regionData.regions)) {
      const id = REGIONS.find((r) => r.label === label)?.id;
      for (const alpha3 of members) expect(findRegionOfCountry(alpha3), alpha3).toBe(id);
    }
  });
});

describe('REGIONS', () => {
  it('labels the six regions exactly as the corpus contract does, then Global', () => {
    expect(REGIONS.map((r) => r.label)).toEqual([...WCO_REGIONS, 'Global']);
    expect(getRegionLabel('MENA')).toBe('North of Africa, Near and Middle East');
  });
});

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
