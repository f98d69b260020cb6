import { describe, expect, it } from 'vitest';
import {
  REGIONS,
  REGION_MEMBERS,
  WCO_REGIONS,
  findRegion,
  findRegionOfCountry,
  getRegionLabel,
  regionOrder,
  type RegionId,
} from './regions';

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
    for (const [label, members] of Object.entries(REGION_MEMBERS)) {
      const id = REGIONS.find((r) => r.label === label)?.id;
      for (const alpha3 of members) expect(findRegionOfCountry(alpha3), alpha3).toBe(id);
    }
  });
});

describe('REGIONS', () => {
  it('lists the six regions in the WCO order, then Global', () => {
    expect(REGIONS.map((r) => r.label)).toEqual([...WCO_REGIONS, 'Global']);
    expect(getRegionLabel('MENA')).toBe('North of Africa, Near and Middle East');
  });

  it('has a region for every label the reference lists', () => {
    for (const label of Object.keys(REGION_MEMBERS)) expect(findRegion(label)?.label, label).toBe(label);
  });
});

describe('regionOrder', () => {
  it('sorts by the table, unknown regions after the six, Global last', () => {
    const sorted = [
      ['GLOBAL', 'Global'],
      ['X', 'Atlantis'],
      ['MENA', 'North of Africa, Near and Middle East'],
      ['EUR', 'Europe'],
    ].sort((a, b) => regionOrder(a[0]!, a[1]!) - regionOrder(b[0]!, b[1]!));
    expect(sorted.map((r) => r[0])).toEqual(['EUR', 'MENA', 'X', 'GLOBAL']);
  });
});
